// How well the suggester finds what editors wrote: candidates against an edited source's claims.
import { normaliseText } from '../../../src/lib/text/normalise.ts';
import type { Candidate, RecommendationCandidate } from './candidates.ts';

/** A claim as an editor wrote it: what the measure compares candidates with. */
export interface EditorClaim {
  id: string;
  topic: string;
  favors: string;
  quote: string;
}

/** The words of a text, lower-cased, for overlap. */
const words = (text: string) =>
  normaliseText(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * How much two quotes are the same passage, 0–1: 1 when one contains the other (editors often
 * quote part of a sentence, or two sentences where the suggester proposes one), otherwise the
 * share of the shorter one's words that the longer one has.
 */
function overlap(a: string, b: string): number {
  const left = normaliseText(a).toLowerCase();
  const right = normaliseText(b).toLowerCase();
  if (left.includes(right) || right.includes(left)) return 1;
  const [short, long] = left.length <= right.length ? [words(a), new Set(words(b))] : [words(b), new Set(words(a))];
  return short.length === 0 ? 0 : short.filter((word) => long.has(word)).length / short.length;
}

/** The share of words above which two quotes count as the same passage. */
const SAME_PASSAGE = 0.6;

/** Whether two quotes are the same passage. */
export function overlaps(a: string, b: string): boolean {
  return overlap(a, b) >= SAME_PASSAGE;
}

/** The measure for one source, or several added up. */
export interface SuggestScore {
  claims: number;
  candidates: number;
  /** Editor claims with at least one overlapping candidate. */
  found: number;
  /** Candidates overlapping at least one editor claim. */
  matching: number;
  /** Of the found claims, how many have an overlapping candidate with the same topic. */
  topicAgrees: number;
  /** Of the found claims whose candidate guesses a side, how many guess the editor's. */
  stanceGuessed: number;
  stanceAgrees: number;
}

/** Scores candidates against the claims an editor wrote for the same body. */
export function scoreSuggestions(claims: readonly EditorClaim[], candidates: readonly Candidate[]): SuggestScore {
  let found = 0;
  let topicAgrees = 0;
  let stanceGuessed = 0;
  let stanceAgrees = 0;
  for (const claim of claims) {
    const matches = candidates.filter((candidate) => overlaps(candidate.quote, claim.quote));
    if (matches.length === 0) continue;
    found += 1;
    // The candidate an editor would take for this claim: the one most like its quote.
    const best = matches.reduce((a, b) => (overlap(b.quote, claim.quote) > overlap(a.quote, claim.quote) ? b : a));
    if (best.topic === claim.topic) topicAgrees += 1;
    if (best.favors) {
      stanceGuessed += 1;
      if (best.favors === claim.favors) stanceAgrees += 1;
    }
  }
  const matching = candidates.filter((candidate) =>
    claims.some((claim) => overlaps(candidate.quote, claim.quote)),
  ).length;
  return {
    claims: claims.length,
    candidates: candidates.length,
    found,
    matching,
    topicAgrees,
    stanceGuessed,
    stanceAgrees,
  };
}

/** Several sources' scores added up. */
export function addScores(scores: readonly SuggestScore[]): SuggestScore {
  const total: SuggestScore = {
    claims: 0,
    candidates: 0,
    found: 0,
    matching: 0,
    topicAgrees: 0,
    stanceGuessed: 0,
    stanceAgrees: 0,
  };
  for (const score of scores)
    for (const key of Object.keys(total) as Array<keyof SuggestScore>) total[key] += score[key];
  return total;
}

/** A recommendation as an editor wrote it. */
export interface EditorRecommendation {
  side: 'go' | 'rust';
  quote?: string | undefined;
  useCase?: string | undefined;
}

/** The measure of recommendation candidates for one source, or several added up. */
export interface AdviceScore {
  recommendations: number;
  candidates: number;
  /** Editor recommendations (with a quote) that a candidate is the same passage as. */
  found: number;
  /** Candidates that are the same passage as an editor recommendation. */
  matching: number;
  /** Of the found, how many have that candidate on the same side, and with the same use case. */
  sideAgrees: number;
  useCaseAgrees: number;
}

/** Scores recommendation candidates against the recommendations an editor wrote. */
export function scoreAdvice(
  written: readonly EditorRecommendation[],
  candidates: readonly RecommendationCandidate[],
): AdviceScore {
  const score: AdviceScore = {
    recommendations: written.length,
    candidates: candidates.length,
    found: 0,
    matching: 0,
    sideAgrees: 0,
    useCaseAgrees: 0,
  };
  for (const recommendation of written) {
    const quote = recommendation.quote;
    if (!quote) continue;
    const matches = candidates.filter((candidate) => overlaps(candidate.quote, quote));
    if (matches.length === 0) continue;
    score.found += 1;
    const best = matches.reduce((a, b) => (overlap(b.quote, quote) > overlap(a.quote, quote) ? b : a));
    if (best.side === recommendation.side) score.sideAgrees += 1;
    if (best.useCase === recommendation.useCase) score.useCaseAgrees += 1;
  }
  score.matching = candidates.filter((candidate) =>
    written.some((recommendation) => recommendation.quote && overlaps(candidate.quote, recommendation.quote)),
  ).length;
  return score;
}

/** Several sources' advice scores added up. */
export function addAdviceScores(scores: readonly AdviceScore[]): AdviceScore {
  const total: AdviceScore = {
    recommendations: 0,
    candidates: 0,
    found: 0,
    matching: 0,
    sideAgrees: 0,
    useCaseAgrees: 0,
  };
  for (const score of scores)
    for (const key of Object.keys(total) as Array<keyof AdviceScore>) total[key] += score[key];
  return total;
}

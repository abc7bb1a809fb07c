// How well the suggester finds what editors wrote: candidates against an edited source's claims.
import { normaliseText } from '../../../src/lib/text/normalise.ts';
import type { Candidate } from './candidates.ts';

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

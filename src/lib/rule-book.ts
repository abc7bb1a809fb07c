// The rule book: every counting rule the site applies, in one module. Pages, exports, the feed,
// the search index, the content check and the loader import these; nothing restates them.
import type { Claim } from '../schemas/claim.ts';
import type { FactCheck } from '../schemas/fact-check.ts';
import type { Faq } from '../schemas/faq.ts';
import type { Stance } from '../schemas/stance.ts';
import type { TableRow } from '../schemas/table.ts';
import type { Recommendation } from '../schemas/verdict.ts';

type Rating = FactCheck['rating'];

/** Whether a source is a draft: work in progress that a production build leaves out. */
export function isDraft(source: { draft?: unknown }): boolean {
  return source.draft === true;
}

/**
 * Whether drafts are shown: in `astro dev`, never in a production build. `mode` is Astro's
 * command ('dev' | 'build' | 'preview' | 'sync') or Vite's mode string.
 */
export function showsDrafts(mode: string): boolean {
  return mode === 'dev' || mode === 'development';
}

/**
 * Ratings that take a claim's vote away: the site does not let evidence it has found wrong or
 * misleading move a stance. The claim is still shown, flagged. `unsupported` keeps its vote: an
 * unproven claim is still what the source says, and the mark beside it tells the reader so.
 */
export const DISCOUNTED_RATINGS: ReadonlySet<Rating> = new Set<Rating>(['inaccurate', 'misleading']);

/** Whether a rating leaves the evidence it rates its vote. */
export function ratingVotes(rating: Rating | undefined): boolean {
  return rating === undefined || !DISCOUNTED_RATINGS.has(rating);
}

/** Whether a claim casts a vote in its source's stance. */
export function castsVote(claim: Pick<Claim, 'check'>): boolean {
  return ratingVotes(claim.check?.rating);
}

/** The fewest sources taking a side for a consensus. */
export const MIN_SOURCES = 3;
/** The share of the side-taking sources that must hold the same stance for a consensus. */
export const AGREEMENT = 3 / 4;

/**
 * The claims a table row or an FAQ answer restates, in the source's order: those its `claims`
 * field lists, and any claim whose quote it contains word for word (a claim quoting a table cell
 * or an FAQ answer states the same thing). Listed ids that name no claim are the content check's
 * to report; here they add nothing.
 */
function restated<C extends Pick<Claim, 'id' | 'quote'>>(listed: readonly string[] | undefined, texts: readonly string[], claims: readonly C[]): C[] {
  return claims.filter((claim) => listed?.includes(claim.id) || texts.some((text) => text.includes(claim.quote)));
}

/** The claims a table row restates: listed in its `claims`, or quoting its Go or Rust cell. */
export function rowRestates<C extends Pick<Claim, 'id' | 'quote'>>(row: Pick<TableRow, 'claims' | 'go' | 'rust'>, claims: readonly C[]): C[] {
  return restated(row.claims, [row.go, row.rust], claims);
}

/** The claims an FAQ answer restates: listed in its `claims`, or quoting its answer. */
export function answerRestates<C extends Pick<Claim, 'id' | 'quote'>>(faq: Pick<Faq, 'claims' | 'answer'>, claims: readonly C[]): C[] {
  return restated(faq.claims, [faq.answer], claims);
}

/**
 * Whether a table row or an FAQ answer is discredited: one of the claims it restates carries a
 * rating that takes votes away. A row's winner rests on all of its cells, so one figure the site
 * finds wrong or misleading is enough; the row is still shown, flagged.
 */
export function isDiscredited(restated: ReadonlyArray<Pick<Claim, 'check'>>): boolean {
  return !restated.every(castsVote);
}

/** The stance a claim contributes to its source's stance on its topic, if it votes. */
export function claimVote(claim: Pick<Claim, 'favors' | 'check'>): Stance | undefined {
  return castsVote(claim) ? claim.favors : undefined;
}

/**
 * The stance a table row contributes: its `winner`, unless it has none or is discredited by a
 * claim it restates.
 */
export function rowVote(row: Pick<TableRow, 'winner'>, restated: ReadonlyArray<Pick<Claim, 'check'>>): Stance | undefined {
  return isDiscredited(restated) ? undefined : row.winner;
}

/**
 * The stance an FAQ answer contributes: its `favors`, unless it has none or is discredited by a
 * claim it restates.
 */
export function faqVote(faq: Pick<Faq, 'favors'>, restated: ReadonlyArray<Pick<Claim, 'check'>>): Stance | undefined {
  return isDiscredited(restated) ? undefined : faq.favors;
}

/** Everything one source says on one topic, each row and FAQ answer with the claims it restates. */
export interface VotingEvidence {
  claims: ReadonlyArray<Pick<Claim, 'favors' | 'check'>>;
  rows: ReadonlyArray<{ row: Pick<TableRow, 'winner'>; restated: ReadonlyArray<Pick<Claim, 'check'>> }>;
  faqs: ReadonlyArray<{ faq: Pick<Faq, 'favors'>; restated: ReadonlyArray<Pick<Claim, 'check'>> }>;
}

/** The votes one source's evidence on a topic casts: claims, then table rows, then FAQ answers. */
export function votesOf(evidence: VotingEvidence): Stance[] {
  return [
    ...evidence.claims.flatMap((claim) => claimVote(claim) ?? []),
    ...evidence.rows.flatMap(({ row, restated }) => rowVote(row, restated) ?? []),
    ...evidence.faqs.flatMap(({ faq, restated }) => faqVote(faq, restated) ?? []),
  ];
}

/** A source's position on a topic: one stance, `mixed` when its votes disagree, `silent` when it casts none. */
export type DerivedStance = Stance | 'mixed' | 'silent';

/** The source's position from its votes: the one stance they all take, else mixed, else silent. */
export function stanceOfVotes(votes: readonly Stance[]): DerivedStance {
  const distinct = [...new Set(votes)];
  return distinct.length === 0 ? 'silent' : distinct.length === 1 ? distinct[0]! : 'mixed';
}

/**
 * What a recommendation contributes to /choose/: one answer for its side on its use case (none
 * without a use case). A source backs a side of a use case once, however often it says so.
 */
export function recommendationAnswer(recommendation: Pick<Recommendation, 'useCase'>): string | undefined {
  return recommendation.useCase;
}

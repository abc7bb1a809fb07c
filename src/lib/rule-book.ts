// The rule book: every counting rule the site applies, in one module. Pages, exports, the feed,
// the search index, the content check and the loader import these; nothing restates them.
import type { Claim } from '../schemas/claim.ts';
import type { FactCheck } from '../schemas/fact-check.ts';

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

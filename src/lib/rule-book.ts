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

/**
 * How strong the evidence behind an answer is, from the fact-checks of the claims it rests on:
 * - `none`: no claim backs it (only tables, FAQ answers or recommendations, which are not rated);
 * - `unchecked`: claims, none of them checked;
 * - `unconfirmed`: some checked, none found accurate;
 * - `partly`: some found accurate, fewer than STRONG_EVIDENCE of the claims;
 * - `strong`: at least STRONG_EVIDENCE of the claims checked and found accurate.
 */
export type EvidenceStrength = 'none' | 'unchecked' | 'unconfirmed' | 'partly' | 'strong';

/** The share of an answer's claims that must be checked and accurate for its evidence to be strong. */
export const STRONG_EVIDENCE = 1 / 2;

/** The strength of the evidence behind an answer, from how many of its claims are checked and accurate. */
export function evidenceStrength(quality: { claims: number; checked: number; ratings: Record<Rating, number> }): EvidenceStrength {
  if (quality.claims === 0) return 'none';
  if (quality.checked === 0) return 'unchecked';
  const accurate = quality.ratings.accurate;
  if (accurate === 0) return 'unconfirmed';
  return accurate / quality.claims >= STRONG_EVIDENCE ? 'strong' : 'partly';
}

/**
 * Whether a source counts among the independent sources: its kind is marked `independent: true`
 * in content/source-kinds.yaml. A source with no kind (a draft) or a kind the file does not list
 * is not counted as independent.
 */
export function isIndependent(source: { kind?: string | undefined }, kinds: ReadonlyArray<{ id: string; independent: boolean }>): boolean {
  return source.kind !== undefined && kinds.some((kind) => kind.id === source.kind && kind.independent);
}

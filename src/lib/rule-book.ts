// The rule book: every counting rule the site applies, in one module. Pages, exports, the feed,
// the search index, the content check and the loader import these; nothing restates them.
import type { Claim } from '../schemas/claim.ts';
import type { FactCheck } from '../schemas/fact-check.ts';
import type { Faq } from '../schemas/faq.ts';
import type { Stance } from '../schemas/stance.ts';
import type { TableRow } from '../schemas/table.ts';
import type { Recommendation } from '../schemas/verdict.ts';

type Rating = FactCheck['rating'];

// What a draft is belongs to the schema (which relaxes a draft's required fields by it); the
// rule book hands it on, so every other reader asks here.
export { isDraft } from '../schemas/source.ts';

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

/** A text as the words it holds, for comparing quotes: case, spacing and punctuation aside. */
export const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a text gives a quote word for word: every word of it, in order, as whole words. */
export function givesQuote(text: string, quote: string): boolean {
  const words = wordsOf(quote);
  return words !== '' && ` ${wordsOf(text)} `.includes(` ${words} `);
}

/**
 * Whether a text is made of a quote: it gives the quote, and the quote is at least half of its
 * words (a short phrase inside a longer answer leaves the answer saying something of its own).
 */
export function isMadeOfQuote(text: string, quote: string): boolean {
  return givesQuote(text, quote) && wordsOf(quote).split(' ').length * 2 >= wordsOf(text).split(' ').length;
}

/**
 * The claims a table row or an FAQ answer restates, in the source's order: those its `claims`
 * field lists, and any claim whose quote it gives word for word (`givesQuote`: a claim quoting a
 * table cell or an FAQ answer states the same thing). Listed ids that name no claim are the
 * content check's to report; here they add nothing.
 */
function restated<C extends Pick<Claim, 'id' | 'quote'>>(
  listed: readonly string[] | undefined,
  texts: readonly string[],
  claims: readonly C[],
): C[] {
  return claims.filter((claim) => listed?.includes(claim.id) || texts.some((text) => givesQuote(text, claim.quote)));
}

/** The claims a table row restates: listed in its `claims`, or quoting its Go or Rust cell. */
export function rowRestates<C extends Pick<Claim, 'id' | 'quote'>>(
  row: Pick<TableRow, 'claims' | 'go' | 'rust'>,
  claims: readonly C[],
): C[] {
  return restated(row.claims, [row.go, row.rust], claims);
}

/** The claims an FAQ answer restates: listed in its `claims`, or quoting its answer. */
export function answerRestates<C extends Pick<Claim, 'id' | 'quote'>>(
  faq: Pick<Faq, 'claims' | 'answer'>,
  claims: readonly C[],
): C[] {
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

/**
 * Whether evidence is discounted: it takes a stance, and the rule book takes its vote (`vote` is
 * what `claimVote`, `rowVote` or `faqVote` gave it).
 */
export function isDiscounted(stance: Stance | undefined, vote: Stance | undefined): boolean {
  return stance !== undefined && vote === undefined;
}

/** The two stances that take a side; the others (tie, depends), like mixed positions, sit between them. */
export type SideStance = Extract<Stance, 'go' | 'rust'>;

/** The side a stance takes, or undefined for a stance between the two (or none). */
export function sideOfStance(stance: string | undefined): SideStance | undefined {
  return stance === 'go' || stance === 'rust' ? stance : undefined;
}

/** The stance a claim contributes to its source's stance on its topic, if it votes. */
export function claimVote(claim: Pick<Claim, 'favors' | 'check'>): Stance | undefined {
  return castsVote(claim) ? claim.favors : undefined;
}

/**
 * The stance a table row contributes: its `winner`, unless it has none or is discredited by a
 * claim it restates.
 */
export function rowVote(
  row: Pick<TableRow, 'winner'>,
  restated: ReadonlyArray<Pick<Claim, 'check'>>,
): Stance | undefined {
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

/** The one rating that confirms what a claim says. */
const CONFIRMING_RATING: Rating = 'accurate';

/** Whether a fact-check confirms its claim. */
export function isConfirmed(rating: Rating | undefined): boolean {
  return rating === CONFIRMING_RATING;
}

/** Whether a figure is confirmed: its claim is, or its fact-check sets it beside numbers a primary source shows. */
export function isFigureConfirmed(rating: Rating | undefined, primaryFigures: number): boolean {
  return isConfirmed(rating) || primaryFigures > 0;
}

/** Counts of claims and of their ratings, as views and the rule book count evidence. */
interface RatedClaims {
  claims: number;
  checked: number;
  ratings: Record<Rating, number>;
}

/** Whether every claim of some evidence is confirmed (and there is one). */
export function isAllConfirmed(quality: RatedClaims): boolean {
  return quality.claims > 0 && quality.ratings[CONFIRMING_RATING] === quality.claims;
}

/** The strength of the evidence behind an answer, from how many of its claims are checked and accurate. */
export function evidenceStrength(quality: RatedClaims): EvidenceStrength {
  if (quality.claims === 0) return 'none';
  if (quality.checked === 0) return 'unchecked';
  const confirmed = quality.ratings[CONFIRMING_RATING];
  if (confirmed === 0) return 'unconfirmed';
  return confirmed / quality.claims >= STRONG_EVIDENCE ? 'strong' : 'partly';
}

/**
 * The ratings in the order a reader reads them, most trustworthy first (a source's quality
 * summary); the ledger of fact-checks lists them the other way round, what is wrong first.
 */
export const RATINGS_BEST_FIRST: readonly Rating[] = ['accurate', 'unsupported', 'misleading', 'inaccurate'];

/** Vocabulary entries in their display order: by `order`, then by id where two share one. */
export function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/** A source's data as the site would publish it: the check and the impact report read a draft as if published. */
export function asPublished<T extends object>(data: T): T & { draft: false } {
  return { ...data, draft: false };
}

/**
 * Whether a source counts among the independent sources: its kind is marked `independent: true`
 * in content/source-kinds.yaml. A source with no kind (a draft) or a kind the file does not list
 * is not counted as independent.
 */
export function isIndependent(
  source: { kind?: string | undefined },
  kinds: ReadonlyArray<{ id: string; independent: boolean }>,
): boolean {
  return source.kind !== undefined && kinds.some((kind) => kind.id === source.kind && kind.independent);
}

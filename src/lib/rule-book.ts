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

/**
 * What a fact-check's cited pages are, as evidence:
 * - `first-hand`: at least one cited page was opened (`opened`) and is not a report of someone
 *   else's figures (`reports`), or the check names in `authority` why such a report can be relied on;
 * - `none-opened`: no cited page is marked opened;
 * - `second-hand`: the only opened pages report someone else's figures and no authority is named.
 */
export type CitedEvidence = 'first-hand' | 'none-opened' | 'second-hand';

/** What a check's cited pages are, as evidence (CitedEvidence). */
function citedEvidence(check: Pick<FactCheck, 'sources' | 'authority'>): CitedEvidence {
  const opened = check.sources.filter((source) => source.opened !== undefined);
  if (opened.length === 0) return 'none-opened';
  if (check.authority !== undefined || opened.some((source) => source.reports === undefined)) return 'first-hand';
  return 'second-hand';
}

/**
 * Why a check's evidence cannot carry its rating, if it cannot. `accurate` affirms the claim as
 * stated, so it needs a primary page that was opened and shows the fact; a figure only read in
 * someone else's report (a news report of a survey) settles nothing either way, so it caps any
 * rating at `unsupported`.
 */
export function ratingBeyondEvidence(
  check: Pick<FactCheck, 'rating' | 'sources' | 'authority'>,
): Exclude<CitedEvidence, 'first-hand'> | undefined {
  if (check.rating === 'unsupported') return undefined;
  const evidence = citedEvidence(check);
  if (evidence === 'second-hand') return evidence;
  return evidence === 'none-opened' && check.rating === 'accurate' ? evidence : undefined;
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
function givesQuote(text: string, quote: string): boolean {
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
 * How a consensus of `agreeing` out of `taking` side-taking sources would fare with one source
 * more or less: whether one more source holding another position, or one fewer of those agreeing,
 * would leave fewer than AGREEMENT of them agreeing, i.e. make the topic a split.
 */
export function consensusMargin(agreeing: number, taking: number): { oneMoreSplits: boolean; oneFewerSplits: boolean } {
  return {
    oneMoreSplits: agreeing / (taking + 1) < AGREEMENT,
    oneFewerSplits: taking - 1 >= MIN_SOURCES && (agreeing - 1) / (taking - 1) < AGREEMENT,
  };
}

/**
 * Whether a consensus is fragile: it holds (at least MIN_SOURCES taking a side, AGREEMENT of them
 * agreeing), but one source more or less would turn it into a split, as at exactly 3 of 4 or at 4
 * of 5. A consensus that one fewer source would leave with too few sources is not called fragile:
 * the sources that remain still agree.
 */
export function isFragileConsensus(agreeing: number, taking: number): boolean {
  if (taking < MIN_SOURCES || agreeing / taking < AGREEMENT) return false;
  const { oneMoreSplits, oneFewerSplits } = consensusMargin(agreeing, taking);
  return oneMoreSplits || oneFewerSplits;
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
 * One vote in a source's stance on a topic: the stance a claim, table row or FAQ answer takes, and
 * the condition it says it holds under ("in the short term", "for a small team"), when it says one.
 */
export interface Vote {
  stance: Stance;
  condition?: string;
}

const voteOf = (stance: Stance | undefined, condition: string | undefined): Vote | undefined =>
  stance === undefined ? undefined : condition === undefined ? { stance } : { stance, condition };

/**
 * Whether evidence is discounted: it takes a stance, and the rule book takes its vote (`vote` is
 * what `claimVote`, `rowVote` or `faqVote` gave it).
 */
export function isDiscounted(stance: Stance | undefined, vote: Vote | undefined): boolean {
  return stance !== undefined && vote === undefined;
}

/** The two stances that take a side; the others (tie, depends), like mixed positions, sit between them. */
export type SideStance = Extract<Stance, 'go' | 'rust'>;

/** The side a stance takes, or undefined for a stance between the two (or none). */
export function sideOfStance(stance: string | undefined): SideStance | undefined {
  return stance === 'go' || stance === 'rust' ? stance : undefined;
}

/** The vote a claim contributes to its source's stance on its topic, if it votes. */
export function claimVote(claim: Pick<Claim, 'favors' | 'check' | 'condition'>): Vote | undefined {
  return castsVote(claim) ? voteOf(claim.favors, claim.condition) : undefined;
}

/**
 * The vote a table row contributes: its `winner`, unless it has none or is discredited by a
 * claim it restates.
 */
export function rowVote(
  row: Pick<TableRow, 'winner' | 'condition'>,
  restated: ReadonlyArray<Pick<Claim, 'check'>>,
): Vote | undefined {
  return isDiscredited(restated) ? undefined : voteOf(row.winner, row.condition);
}

/**
 * The vote an FAQ answer contributes: its `favors`, unless it has none or is discredited by a
 * claim it restates.
 */
export function faqVote(
  faq: Pick<Faq, 'favors' | 'condition'>,
  restated: ReadonlyArray<Pick<Claim, 'check'>>,
): Vote | undefined {
  return isDiscredited(restated) ? undefined : voteOf(faq.favors, faq.condition);
}

/** Everything one source says on one topic, each row and FAQ answer with the claims it restates. */
export interface VotingEvidence {
  claims: ReadonlyArray<Pick<Claim, 'favors' | 'check' | 'condition'>>;
  rows: ReadonlyArray<{ row: Pick<TableRow, 'winner' | 'condition'>; restated: ReadonlyArray<Pick<Claim, 'check'>> }>;
  faqs: ReadonlyArray<{ faq: Pick<Faq, 'favors' | 'condition'>; restated: ReadonlyArray<Pick<Claim, 'check'>> }>;
}

/** The votes one source's evidence on a topic casts: claims, then table rows, then FAQ answers. */
export function votesOf(evidence: VotingEvidence): Vote[] {
  return [
    ...evidence.claims.flatMap((claim) => claimVote(claim) ?? []),
    ...evidence.rows.flatMap(({ row, restated }) => rowVote(row, restated) ?? []),
    ...evidence.faqs.flatMap(({ faq, restated }) => faqVote(faq, restated) ?? []),
  ];
}

/** A source's position on a topic: one stance, `mixed` when its votes disagree, `silent` when it casts none. */
export type DerivedStance = Stance | 'mixed' | 'silent';

/** Conditions are compared as words, not as typing: case and spacing do not make two conditions. */
const conditionKey = (condition: string) => condition.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether votes that take different sides differ only by the conditions they state: every vote
 * either says "it depends" or names the condition it holds under, and no condition is given two
 * different stances. Such a source is saying "it depends" and naming on what, so it is not torn:
 * "Go pays off in the short term, Rust in the long term" is one position, not two.
 */
function differOnlyByCondition(votes: readonly Vote[]): boolean {
  const byCondition = new Map<string, Stance>();
  for (const { stance, condition } of votes) {
    if (condition === undefined) {
      if (stance !== 'depends') return false;
      continue;
    }
    const key = conditionKey(condition);
    const held = byCondition.get(key);
    if (held !== undefined && held !== stance) return false;
    byCondition.set(key, stance);
  }
  return byCondition.size > 0;
}

/**
 * The source's position from its votes: the one stance they all take; else `depends` when they
 * differ only by the conditions they state (differOnlyByCondition); else mixed; silent when none.
 */
export function stanceOfVotes(votes: readonly Vote[]): DerivedStance {
  const distinct = [...new Set(votes.map((vote) => vote.stance))];
  if (distinct.length === 0) return 'silent';
  if (distinct.length === 1) return distinct[0]!;
  return differOnlyByCondition(votes) ? 'depends' : 'mixed';
}

/**
 * The conditions under which one source's votes on a topic take more than one side, as first
 * written: such a source stays mixed, since under that condition it says two things.
 */
export function clashingConditions(votes: readonly Vote[]): string[] {
  const stances = new Map<string, { condition: string; stances: Set<Stance> }>();
  for (const { stance, condition } of votes) {
    if (condition === undefined) continue;
    const key = conditionKey(condition);
    const entry = stances.get(key) ?? { condition: condition.trim(), stances: new Set<Stance>() };
    entry.stances.add(stance);
    stances.set(key, entry);
  }
  return [...stances.values()].filter((entry) => entry.stances.size > 1).map((entry) => entry.condition);
}

/** A condition a source names and the stance it takes under it, e.g. Go "in the short term". */
export interface StatedCondition {
  condition: string;
  stance: Stance;
}

/**
 * The conditions behind a source's stance, in the order first stated, each once: what a `depends`
 * derived from conditions is shown with. Empty when no vote names a condition.
 */
export function conditionsOf(votes: readonly Vote[]): StatedCondition[] {
  const seen = new Map<string, StatedCondition>();
  for (const { stance, condition } of votes) {
    if (condition === undefined) continue;
    const key = `${conditionKey(condition)}\u0000${stance}`;
    if (!seen.has(key)) seen.set(key, { condition: condition.trim(), stance });
  }
  return [...seen.values()];
}

/**
 * Whether a claim answers "which one?" with something other than a language: a tie, "it depends",
 * or a side taken only under a condition it states. Case pages list these as how the sources
 * resolve the choice.
 */
export function isMiddleGround(claim: Pick<Claim, 'favors' | 'condition'>): boolean {
  return claim.favors === 'depends' || claim.favors === 'tie' || claim.condition !== undefined;
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
 * Whether a metric's figures can size a difference between Go and Rust: it measures a property of
 * the language (content/metrics.yaml `languageProperty`, true unless a fact-check found the number
 * depends on something else, such as a system's architecture). Other figures are context: shown,
 * never enough to call a topic's size measured.
 */
export function sizesTheDifference(metric: { languageProperty?: boolean | undefined }): boolean {
  return metric.languageProperty !== false;
}

/**
 * Whether a source counts among the independent sources: its kind is marked `independent: true`
 * in content/source-kinds.yaml, and it discloses nothing it sells. A source speaks for itself only
 * when nothing it promotes rides on its advice, so a `disclosure` (what the article promotes: a
 * course, a product, a service) takes a source of any kind out of the independent ones; /about/
 * says so beside each kind. A source with no kind (a draft) or a kind the file does not list is
 * not counted as independent.
 */
export function isIndependent(
  source: { kind?: string | undefined; disclosure?: string | undefined },
  kinds: ReadonlyArray<{ id: string; independent: boolean }>,
): boolean {
  return (
    source.kind !== undefined &&
    source.disclosure === undefined &&
    kinds.some((kind) => kind.id === source.kind && kind.independent)
  );
}

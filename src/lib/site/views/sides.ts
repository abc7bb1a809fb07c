import type { Claim } from '../../../schemas/claim.ts';
import type { Stance } from '../../../schemas/stance.ts';
import type { FaqEvidence, RowEvidence, TopicEvidence } from './evidence.ts';
import {
  claimVote,
  faqVote,
  isDiscounted,
  isMadeOfQuote,
  rowVote,
  sideOfStance,
  wordsOf,
  type Vote,
} from '../../rule-book.ts';
import type { DerivedStance } from './stance.ts';

/** The three groups a topic page sorts evidence into: Go · it depends / tie · Rust. */
export type Side = 'go' | 'middle' | 'rust';
const SIDES: readonly Side[] = ['go', 'middle', 'rust'];

/** One piece of a source's evidence, placed on the side it takes. */
export type SideItem = {
  slug: string;
  stance: Stance | undefined;
  /** The condition the source says the item holds under, when it names one. */
  condition: string | undefined;
  /** Whether it casts its vote (rule-book.ts). */
  counted: boolean;
  /** It takes a side, but a rating the site gives it or a claim it restates takes its vote away. */
  discounted: boolean;
  /** The checked claims whose fact-checks are this item's marks: the claim itself, or those a row or answer restates. */
  checks: Claim[];
} & (
  | {
      kind: 'claim';
      claim: Claim;
      /** The source's FAQ answers and table rows made of the claim's words, shown once, as the claim. */ also: SideRepeat[];
    }
  | { kind: 'row'; row: RowEvidence }
  | ({ kind: 'faq' } & FaqEvidence)
);

/** An FAQ answer or a table row that gives a claim's words again. */
type SideRepeat = { kind: 'faq'; faq: FaqEvidence } | { kind: 'row'; row: RowEvidence };

/** The side a stance falls on (the rule book's); evidence taking no stance (a row without a winner) goes in the middle. */
const sideOf = (stance: string | undefined): Side => sideOfStance(stance) ?? 'middle';

/**
 * A claim's statement where a page lists it apart from its quote, or undefined when the statement
 * is the quote word for word (the page would show the same words twice).
 */
export const statementBesideQuote = (claim: Pick<Claim, 'statement' | 'quote'>): string | undefined =>
  wordsOf(claim.statement) === wordsOf(claim.quote) ? undefined : claim.statement;

const checked = (claims: readonly Claim[]) => claims.filter((claim) => claim.check);

/** How an item counts: whether it votes, and whether a rating took a vote it would have cast. */
const counting = (stance: Stance | undefined, condition: string | undefined, vote: Vote | undefined) => ({
  stance,
  condition,
  counted: vote !== undefined,
  discounted: isDiscounted(stance, vote),
});

/**
 * Every source's evidence on a topic, grouped by the side each piece takes, in source order and,
 * within a source, claims before table rows before FAQ answers. Evidence the rule book takes the
 * vote from stays on its side, marked as not counted. An FAQ answer or a table row made mostly of
 * the words of one of the source's claims is shown once, as that claim (with its fact-check),
 * which names where else the source says it.
 */
export function evidenceBySide(
  columns: ReadonlyArray<{ slug: string; evidence: TopicEvidence | undefined }>,
): Record<Side, SideItem[]> {
  const sides: Record<Side, SideItem[]> = { go: [], middle: [], rust: [] };
  for (const { slug, evidence } of columns) {
    if (!evidence) continue;
    // The claim (if any) a text is made of (the rule book's `isMadeOfQuote`).
    const claimIn = (text: string) => evidence.claims.find((claim) => isMadeOfQuote(text, claim.quote));
    const also = new Map<Claim, SideRepeat[]>(evidence.claims.map((claim) => [claim, []]));
    const rows = evidence.rows.filter((row) => {
      const claim = claimIn(row.row.go) ?? claimIn(row.row.rust);
      if (claim) also.get(claim)!.push({ kind: 'row', row });
      return !claim;
    });
    const answers = evidence.faqs.filter((faq) => {
      const claim = claimIn(faq.faq.answer);
      if (claim) also.get(claim)!.push({ kind: 'faq', faq });
      return !claim;
    });
    const items: SideItem[] = [
      ...evidence.claims.map((claim) => ({
        slug,
        kind: 'claim' as const,
        claim,
        also: also.get(claim)!,
        checks: checked([claim]),
        ...counting(claim.favors, claim.condition, claimVote(claim)),
      })),
      ...rows.map((row) => ({
        slug,
        kind: 'row' as const,
        row,
        checks: checked(row.restated),
        ...counting(row.row.winner, row.row.condition, rowVote(row.row, row.restated)),
      })),
      ...answers.map((faq) => ({
        slug,
        kind: 'faq' as const,
        ...faq,
        checks: checked(faq.restated),
        ...counting(faq.faq.favors, faq.faq.condition, faqVote(faq.faq, faq.restated)),
      })),
    ];
    for (const item of items) sides[sideOf(item.stance)].push(item);
  }
  return sides;
}

/** Where each source stands on a topic, in four groups: Go, the middle (tie, depends, mixed), Rust, silent. */
export type RosterGroup = Side | 'silent';

export function rosterOf<T extends { stance: DerivedStance }>(columns: readonly T[]): Record<RosterGroup, T[]> {
  const roster: Record<RosterGroup, T[]> = { go: [], middle: [], rust: [], silent: [] };
  for (const column of columns) roster[column.stance === 'silent' ? 'silent' : sideOf(column.stance)].push(column);
  return roster;
}

/** A grid's width in tracks, and the fewest tracks a side with evidence gets. */
export const SIDE_TRACKS = 12;
const FEWEST_TRACKS = 3;

/**
 * How a topic page lays out its three sides on a wide screen: sides with nothing on them fold
 * into one line, and the others share a 12-track grid in proportion to how much evidence each
 * holds (never under 3 tracks), so one long side gets the width instead of a third of it.
 */
export function sideLayout(counts: Record<Side, number>): {
  shown: Array<{ side: Side; tracks: number }>;
  empty: Side[];
} {
  const shown = SIDES.filter((side) => counts[side] > 0);
  const empty = SIDES.filter((side) => counts[side] === 0);
  if (shown.length === 0) return { shown: [], empty };
  const total = shown.reduce((n, side) => n + counts[side], 0);
  const tracks = new Map<Side, number>(shown.map((side) => [side, FEWEST_TRACKS]));
  let spare = SIDE_TRACKS - FEWEST_TRACKS * shown.length;
  // Hand out the spare tracks one at a time to the side furthest below its share.
  while (spare > 0) {
    const next = shown.reduce((a, b) =>
      (counts[b] / total) * SIDE_TRACKS - tracks.get(b)! > (counts[a] / total) * SIDE_TRACKS - tracks.get(a)! ? b : a,
    );
    tracks.set(next, tracks.get(next)! + 1);
    spare--;
  }
  return { shown: shown.map((side) => ({ side, tracks: tracks.get(side)! })), empty };
}

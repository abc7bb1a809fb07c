import type { Claim } from '../../../schemas/claim.ts';
import type { Stance } from '../../../schemas/stance.ts';
import type { FaqEvidence, RowEvidence, TopicEvidence } from './evidence.ts';
import { claimVote, faqVote, rowVote } from '../../rule-book.ts';
import type { DerivedStance } from './stance.ts';

/** The three groups a topic page sorts evidence into: Go · it depends / tie · Rust. */
export type Side = 'go' | 'middle' | 'rust';
export const SIDES: readonly Side[] = ['go', 'middle', 'rust'];

/** One piece of a source's evidence, placed on the side it takes. */
export type SideItem = {
  slug: string;
  stance: Stance | undefined;
  /** Whether it casts its vote (rule-book.ts). */
  counted: boolean;
  /** It takes a side, but a rating the site gives it or a claim it restates takes its vote away. */
  discounted: boolean;
  /** The checked claims whose fact-checks are this item's marks: the claim itself, or those a row or answer restates. */
  checks: Claim[];
} & ({ kind: 'claim'; claim: Claim } | { kind: 'row'; row: RowEvidence } | ({ kind: 'faq' } & FaqEvidence));

/** The side a stance falls on; evidence taking no stance (a row without a winner) goes in the middle. */
const sideOf = (stance: Stance | undefined): Side => (stance === 'go' || stance === 'rust' ? stance : 'middle');

const checked = (claims: readonly Claim[]) => claims.filter((claim) => claim.check);

/** How an item counts: whether it votes, and whether a rating took a vote it would have cast. */
const counting = (stance: Stance | undefined, vote: Stance | undefined) => ({ stance, counted: vote !== undefined, discounted: stance !== undefined && vote === undefined });

/**
 * Every source's evidence on a topic, grouped by the side each piece takes, in source order and,
 * within a source, claims before table rows before FAQ answers. Evidence the rule book takes the
 * vote from stays on its side, marked as not counted.
 */
export function evidenceBySide(columns: ReadonlyArray<{ slug: string; evidence: TopicEvidence | undefined }>): Record<Side, SideItem[]> {
  const sides: Record<Side, SideItem[]> = { go: [], middle: [], rust: [] };
  for (const { slug, evidence } of columns) {
    if (!evidence) continue;
    const items: SideItem[] = [
      ...evidence.claims.map((claim) => ({ slug, kind: 'claim' as const, claim, checks: checked([claim]), ...counting(claim.favors, claimVote(claim)) })),
      ...evidence.rows.map((row) => ({ slug, kind: 'row' as const, row, checks: checked(row.restated), ...counting(row.row.winner, rowVote(row.row, row.restated)) })),
      ...evidence.faqs.map((faq) => ({ slug, kind: 'faq' as const, ...faq, checks: checked(faq.restated), ...counting(faq.faq.favors, faqVote(faq.faq, faq.restated)) })),
    ];
    for (const item of items) sides[sideOf(item.stance)].push(item);
  }
  return sides;
}

/** Where each source stands on a topic, in four groups: Go, the middle (tie, depends, mixed), Rust, silent. */
export type RosterGroup = Side | 'silent';

export function rosterOf<T extends { stance: DerivedStance }>(columns: readonly T[]): Record<RosterGroup, T[]> {
  const roster: Record<RosterGroup, T[]> = { go: [], middle: [], rust: [], silent: [] };
  for (const column of columns) roster[column.stance === 'silent' ? 'silent' : column.stance === 'mixed' ? 'middle' : sideOf(column.stance)].push(column);
  return roster;
}

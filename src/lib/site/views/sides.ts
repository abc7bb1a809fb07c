import type { Claim } from '../../../schemas/claim.ts';
import type { Faq } from '../../../schemas/faq.ts';
import type { Stance } from '../../../schemas/stance.ts';
import type { RowEvidence, TopicEvidence } from './evidence.ts';
import { castsVote } from '../../rule-book.ts';
import type { DerivedStance } from './stance.ts';

/** The three groups a topic page sorts evidence into: Go · it depends / tie · Rust. */
export type Side = 'go' | 'middle' | 'rust';
export const SIDES: readonly Side[] = ['go', 'middle', 'rust'];

/** One piece of a source's evidence, placed on the side it takes. */
export type SideItem = { slug: string; stance: Stance | undefined; counted: boolean } & (
  | { kind: 'claim'; claim: Claim }
  | { kind: 'row'; row: RowEvidence }
  | { kind: 'faq'; faq: Faq; /** Its position in the source's `faqs`, for its anchor on the FAQ page. */ index: number }
);

/** The side a stance falls on; evidence taking no stance (a row without a winner) goes in the middle. */
const sideOf = (stance: Stance | undefined): Side => (stance === 'go' || stance === 'rust' ? stance : 'middle');

/**
 * Every source's evidence on a topic, grouped by the side each piece takes, in source order and,
 * within a source, claims before table rows before FAQ answers. A claim rated inaccurate or
 * misleading stays on its side, marked as not counted.
 */
export function evidenceBySide(
  columns: ReadonlyArray<{ slug: string; evidence: TopicEvidence | undefined }>,
  faqsOf: (slug: string) => readonly Faq[] = () => [],
): Record<Side, SideItem[]> {
  const sides: Record<Side, SideItem[]> = { go: [], middle: [], rust: [] };
  for (const { slug, evidence } of columns) {
    if (!evidence) continue;
    const faqs = faqsOf(slug);
    const items: SideItem[] = [
      ...evidence.claims.map((claim) => ({ slug, kind: 'claim' as const, claim, stance: claim.favors, counted: castsVote(claim) })),
      ...evidence.rows.map((row) => ({ slug, kind: 'row' as const, row, stance: row.row.winner, counted: row.row.winner !== undefined })),
      ...evidence.faqs.map((faq) => ({ slug, kind: 'faq' as const, faq, index: faqs.indexOf(faq), stance: faq.favors, counted: faq.favors !== undefined })),
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

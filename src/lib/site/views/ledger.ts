import type { FactCheck } from '../../../schemas/fact-check.ts';
import type { SourceRecord } from './evidence.ts';
import { RATINGS_BEST_FIRST } from '../../rule-book.ts';

type Rating = FactCheck['rating'];

/** One fact-check, with the claim it rates and where that claim comes from. */
export interface LedgerRow {
  slug: string;
  claimId: string;
  topic: string;
  statement: string;
  quote: string;
  check: FactCheck;
}

/** The ledger's order of ratings: what a reader most needs to know is wrong comes first. */
const LEDGER_RATING_ORDER: readonly Rating[] = [...RATINGS_BEST_FIRST].reverse();

/** Every fact-check of the given sources, in the sources' order, then the claims'. */
export function ledgerRows(sources: readonly SourceRecord[]): LedgerRow[] {
  return sources.flatMap(({ slug, data }) =>
    data.claims.flatMap((claim) =>
      claim.check
        ? [
            {
              slug,
              claimId: claim.id,
              topic: claim.topic,
              statement: claim.statement,
              quote: claim.quote,
              check: claim.check,
            },
          ]
        : [],
    ),
  );
}

/** The checks of one rating, by source: how the ledger reads without JavaScript. */
export interface LedgerGroup {
  rating: Rating;
  count: number;
  sources: Array<{ slug: string; rows: LedgerRow[] }>;
}

/**
 * The ledger grouped by rating (most serious first), then by source in the order of their short
 * names; ratings no check has are left out. Rows keep their order within a source.
 */
export function groupLedger(rows: readonly LedgerRow[], shortNames: ReadonlyMap<string, string>): LedgerGroup[] {
  const name = (slug: string) => shortNames.get(slug) ?? slug;
  return LEDGER_RATING_ORDER.flatMap((rating) => {
    const matching = rows.filter((row) => row.check.rating === rating);
    if (matching.length === 0) return [];
    const slugs = [...new Set(matching.map((row) => row.slug))].sort((a, b) => name(a).localeCompare(name(b), 'en'));
    return [
      {
        rating,
        count: matching.length,
        sources: slugs.map((slug) => ({ slug, rows: matching.filter((row) => row.slug === slug) })),
      },
    ];
  });
}

/** The values the ledger's filters offer, each with how many checks it matches. */
export interface LedgerFacets {
  ratings: Array<{ value: Rating; count: number }>;
  sources: Array<{ value: string; count: number }>;
  topics: Array<{ value: string; count: number }>;
}

/** What the ledger can be filtered by: only values some check has, in rating, name and topic order. */
export function ledgerFacets(
  rows: readonly LedgerRow[],
  shortNames: ReadonlyMap<string, string>,
  topicOrder: readonly string[],
): LedgerFacets {
  const count = <T extends string>(values: readonly T[]) => {
    const counts = new Map<T, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const ratings = count(rows.map((row) => row.check.rating));
  const sources = count(rows.map((row) => row.slug));
  const topics = count(rows.map((row) => row.topic));
  const name = (slug: string) => shortNames.get(slug) ?? slug;
  const rank = (topic: string) => (topicOrder.includes(topic) ? topicOrder.indexOf(topic) : topicOrder.length);
  return {
    ratings: LEDGER_RATING_ORDER.filter((rating) => ratings.has(rating)).map((value) => ({
      value,
      count: ratings.get(value)!,
    })),
    sources: [...sources.keys()]
      .sort((a, b) => name(a).localeCompare(name(b), 'en'))
      .map((value) => ({ value, count: sources.get(value)! })),
    topics: [...topics.keys()]
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((value) => ({ value, count: topics.get(value)! })),
  };
}

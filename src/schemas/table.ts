import { z } from 'astro/zod';
import { idSchema, textSchema, topicRefSchema } from './ids.ts';
import { stanceSchema } from './stance.ts';

/** One row of a comparison table: a feature and what the source says of each language. */
export const tableRowSchema = z.strictObject({
  /** The topic the row compares: an id from `content/topics.yaml`. */
  topic: topicRefSchema,
  /** The row's first cell, verbatim, e.g. "Learning Curve". */
  label: textSchema,
  /** The Go cell, verbatim. */
  go: z.string(),
  /** The Rust cell, verbatim. */
  rust: z.string(),
  /** The table's Winner cell; where the table has none, only when its cells plainly rank the two. */
  winner: stanceSchema.optional(),
  /**
   * The condition the source says the winner holds under, in our words, when it says one: a time
   * horizon ("in the short term"), a team ("for a small team"), a workload. When a source's votes
   * on a topic take different sides only under different conditions, its stance is `depends`,
   * shown with the conditions (see /about/). Use the same words for the same condition.
   */
  condition: textSchema.optional(),
  /**
   * The ids of this source's claims that state the row's figures or judgement again, e.g.
   * `[go-library-count, rust-library-count]` for "1000+ vs 100+ libraries". A claim whose quote
   * is one of the row's cells word for word counts as listed. The row carries their fact-checks:
   * when one is rated inaccurate or misleading, the row's winner does not vote and the row is
   * flagged wherever it appears.
   */
  claims: z.array(idSchema).optional(),
});

/** A comparison table of the article; must match a GFM table in the body row for row. */
export const comparisonTableSchema = z.strictObject({
  /** Unique within the source, kebab-case, e.g. `feature-comparison`. */
  id: idSchema,
  /** The heading or caption the article gives the table. */
  caption: textSchema,
  /** Every row of the table, in the article's order. */
  rows: z.array(tableRowSchema).min(1, { error: 'a table needs at least one row' }),
});

export type ComparisonTable = z.infer<typeof comparisonTableSchema>;
export type TableRow = z.infer<typeof tableRowSchema>;

import { z } from 'astro/zod';
import { daySchema } from './day.ts';
import { httpUrlSchema, metricRefSchema, textSchema } from './ids.ts';

/** How a fact-check rates a claim. */
export const RATINGS = ['accurate', 'misleading', 'unsupported', 'inaccurate'] as const;

/** A primary source a fact-check relies on: release notes, a company's own engineering blog, a survey. */
export const checkSourceSchema = z.strictObject({
  /** The source's own title. */
  title: textSchema,
  /** Where it is published. */
  url: httpUrlSchema,
  /**
   * The day we opened this page and found on it what the note says, YYYY-MM-DD. Leave it out for
   * a page we cite but could not open. A check rated accurate needs at least one first-hand page
   * with this date.
   */
  opened: daySchema.optional(),
  /**
   * Set when the page reports someone else's figures or findings, e.g. a news report of a survey:
   * whose, e.g. "SlashData, Developer Nation 26th edition". Such a page is second-hand: on its own
   * it cannot make a check accurate unless `authority` says why the report can be relied on.
   */
  reports: textSchema.optional(),
});

/**
 * A number a primary source shows, set beside the number the article claims: "100+ crates" in the
 * article against "over 100,000 crates" on crates.io.
 */
export const foundFigureSchema = z.strictObject({
  /** What the number measures: an id from `content/metrics.yaml`, as on the claim's figure. */
  metric: metricRefSchema,
  /** The language the number is about: `go` or `rust`. */
  subject: z.enum(['go', 'rust']),
  /** The number the primary source shows, or the low end of its range, in the metric's unit. */
  min: z.number(),
  /** The high end of the range the primary source shows; leave out for a single number. */
  max: z.number().optional(),
  /** The unit as the metric defines it. Must equal the metric's unit. */
  unit: textSchema,
  /** The day the primary source's number describes (its "as of"), YYYY-MM-DD. */
  asOf: daySchema,
  /** The primary source that shows the number: one of the check's `sources`, by its address. */
  url: httpUrlSchema,
});

/** Our editorial fact-check of a claim. */
export const factCheckSchema = z.strictObject({
  /** accurate | misleading | unsupported (a number or fact with no evidence) | inaccurate. */
  rating: z.enum(RATINGS),
  /** What we found, in our words: what is right, what is wrong, what is missing. */
  note: textSchema,
  /** The primary sources the note relies on. `unsupported` may have none. */
  sources: z.array(checkSourceSchema).default([]),
  /**
   * Why a second-hand report (a source with `reports`) is authoritative for this fact, e.g. the
   * survey's publisher released its results through it. Without it, a check whose only opened
   * sources are second-hand is rated at most unsupported.
   */
  authority: textSchema.optional(),
  /** The day the check was made or last re-verified, YYYY-MM-DD: shown with the check and in the fact-check ledger (/checks/). Required. */
  checked: daySchema,
  /** The numbers the primary sources show, for the claim's figures: charted beside them on /numbers/. */
  found: z.array(foundFigureSchema).default([]),
});

export type FactCheck = z.infer<typeof factCheckSchema>;

import { z } from 'astro/zod';
import { metricRefSchema, textSchema } from './ids.ts';

/** A number a claim states, in a form that can be charted against other sources' numbers. */
export const figureSchema = z
  .strictObject({
    /** What the number measures: an id from `content/metrics.yaml`. */
    metric: metricRefSchema,
    /** The language the number is about: `go` or `rust`. */
    subject: z.enum(['go', 'rust']),
    /** The number as stated, or the low end of a stated range ("20–40%" → 20), converted to the metric's unit when the source uses another: "productive in a week" against a metric in months → 0.25, and say "about a week (0.25 months)" in the claim's statement. */
    min: z.number(),
    /** The high end of a stated range ("20–40%" → 40); leave out for a single number. */
    max: z.number().optional(),
    /** The unit as the metric defines it, e.g. "%", "months", "USD/month". Must equal the metric's unit. */
    unit: textSchema,
    /** How the source hedges the number: "about 1000" → about, "1000+" → at-least, "up to 10×" → up-to. */
    qualifier: z.enum(['about', 'at-least', 'up-to']).optional(),
    /**
     * The horizon or setting the article gives for this number, in a few words, shown beside it on
     * the charts, e.g. "12-month projection", "100 users", "CPU-bound tasks". Leave out when the
     * article gives none: numbers with different contexts are drawn on one axis, and this is how a
     * reader tells them apart.
     */
    context: textSchema.optional(),
  })
  .refine((figure) => figure.max === undefined || figure.max >= figure.min, {
    error: 'max is smaller than min: put the low end of the range in min and the high end in max',
    path: ['max'],
  });

export type Figure = z.infer<typeof figureSchema>;

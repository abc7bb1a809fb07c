import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids.ts';

/** One entry of `content/metrics.yaml`: what a figure measures. */
export const metricSchema = z.strictObject({
  /** Kebab-case id that figures refer to, e.g. `rust-speed-advantage`. */
  id: idSchema,
  /** What is measured, as a chart title, e.g. "How much faster Rust is than Go". */
  title: textSchema,
  /** The unit every figure of this metric uses, e.g. "%", "months", "USD/month". */
  unit: textSchema,
  /**
   * Whether the number is a property of the language. Set `false` when it depends on something
   * else, as a fact-check found (how many nodes a system spans depends on its architecture): its
   * figures are shown as context and never make a topic's size "measured". True unless given.
   */
  languageProperty: z.boolean().optional(),
});

export type Metric = z.infer<typeof metricSchema>;

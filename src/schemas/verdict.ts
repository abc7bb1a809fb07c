import { z } from 'astro/zod';
import { textSchema, topicRefSchema, useCaseRefSchema } from './ids.ts';
import { stanceSchema } from './stance.ts';

/** The source's bottom line. */
export const verdictSchema = z.strictObject({
  /** Which way the bottom line leans; `depends` when the source says it depends. */
  leans: stanceSchema,
  /** The bottom line in our words, one sentence. */
  text: textSchema,
  /** The sentence(s) where the source states it, verbatim. */
  quote: textSchema.optional(),
});

/** One "choose this language when…" the source gives. */
export const recommendationSchema = z.strictObject({
  /** The situation, in our words, e.g. "Small team that must ship fast." */
  text: textSchema,
  /** The source's own words, verbatim. */
  quote: textSchema.optional(),
  /** The topic the situation turns on, so recommendations can be grouped by topic. */
  topic: topicRefSchema.optional(),
  /**
   * The situation as one of the shared use cases: an id from `content/use-cases.yaml`. It puts the
   * recommendation on /choose/. Optional while a source is a draft; `npm run check` fails a
   * published source whose recommendation has none.
   */
  useCase: useCaseRefSchema.optional(),
});

/** When the source says to choose each language. */
export const recommendationsSchema = z.strictObject({
  /** Situations where the source says to choose Go. */
  go: z.array(recommendationSchema).default([]),
  /** Situations where the source says to choose Rust. */
  rust: z.array(recommendationSchema).default([]),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;

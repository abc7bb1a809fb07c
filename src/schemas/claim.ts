import { z } from 'astro/zod';
import { factCheckSchema } from './fact-check.ts';
import { figureSchema } from './figure.ts';
import { idSchema, questionRefSchema, textSchema, topicRefSchema } from './ids.ts';
import { stanceSchema } from './stance.ts';

/** One position a source takes on one topic, with the passage that states it. */
export const claimSchema = z.strictObject({
  /** Unique within the source; becomes the anchor `#claim-<id>` on the source page. */
  id: idSchema,
  /** The topic the claim is about: an id from `content/topics.yaml`. */
  topic: topicRefSchema,
  /**
   * The precise question the claim answers: an id from `content/questions.yaml`, on the claim's
   * topic. Set it when another source answers the same question; two claims are shown as a
   * contradiction only when they share a question and favour opposite languages.
   */
  question: questionRefSchema.optional(),
  /** Which language the claim favours, as the source says it. */
  favors: stanceSchema,
  /**
   * The condition the source says this holds under, in our words, when it says one: a time
   * horizon ("in the short term"), a team ("for a small team"), a workload. When a source's votes
   * on a topic take different sides only under different conditions, its stance is `depends`,
   * shown with the conditions (see /about/). Use the same words for the same condition.
   */
  condition: textSchema.optional(),
  /** The claim in our own neutral words, faithful to the quote. */
  statement: textSchema,
  /** The source's own words, verbatim: must appear in the body (and the capture). Copy it as the reader sees it: `Result<T, E>`, not the body's escaped `Result\\<T, E>`. */
  quote: textSchema,
  /** Numbers the quote states, so they can be compared across sources. */
  figures: z.array(figureSchema).optional(),
  /** Our fact-check, where the claim states a checkable fact or an unsupported number. */
  check: factCheckSchema.optional(),
});

export type Claim = z.infer<typeof claimSchema>;

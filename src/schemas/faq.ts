import { z } from 'astro/zod';
import { idSchema, textSchema, topicRefSchema } from './ids.ts';
import { stanceSchema } from './stance.ts';

/** A question the article answers in its FAQ. */
export const faqSchema = z.strictObject({
  /** The question, verbatim, without a "Q:" prefix. */
  question: textSchema,
  /** The answer, verbatim, without an "A:" prefix. */
  answer: textSchema,
  /** The topic the question is about: an id from `content/topics.yaml`. */
  topic: topicRefSchema,
  /** Which language the answer favours; leave out when it favours neither. */
  favors: stanceSchema.optional(),
  /**
   * The condition the source says the answer holds under, in our words, when it says one: a time
   * horizon ("in the short term"), a team ("for a small team"), a workload. When a source's votes
   * on a topic take different sides only under different conditions, its stance is `depends`,
   * shown with the conditions (see /about/). Use the same words for the same condition.
   */
  condition: textSchema.optional(),
  /**
   * The ids of this source's claims that the answer states again. A claim whose quote is part of
   * the answer word for word counts as listed. The answer carries their fact-checks: when one is
   * rated inaccurate or misleading, its `favors` does not vote and the answer is flagged wherever
   * it appears.
   */
  claims: z.array(idSchema).optional(),
});

export type Faq = z.infer<typeof faqSchema>;

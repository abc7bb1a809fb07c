import { z } from 'astro/zod';
import { textSchema, topicRefSchema } from './ids.ts';
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
});

export type Faq = z.infer<typeof faqSchema>;

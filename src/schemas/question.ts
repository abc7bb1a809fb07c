import { z } from 'astro/zod';
import { idSchema, textSchema, topicRefSchema } from './ids.ts';

/**
 * One entry of `content/questions.yaml`: a precise question within a topic that claims can
 * answer. Two claims contradict each other only when they answer the same question on opposite
 * sides; sharing a topic is not enough ("goroutines are built in" and "goroutines have gotchas"
 * are both about concurrency, and both can be true).
 */
export const questionSchema = z.strictObject({
  /** Kebab-case id that claims refer to in `question`, e.g. `edge-deployments`. */
  id: idSchema,
  /** The topic the question belongs to: an id from `content/topics.yaml`; a claim's `question` must be on the claim's own topic. */
  topic: topicRefSchema,
  /** The question as a reader asks it, e.g. "Which suits edge deployments better?". */
  text: textSchema,
});

export type Question = z.infer<typeof questionSchema>;

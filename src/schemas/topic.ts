import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids.ts';

/** One entry of `content/topics.yaml`: a question the sources take sides on. */
export const topicSchema = z.strictObject({
  /** Kebab-case id that claims, rows and FAQs refer to, e.g. `learning-curve`. */
  id: idSchema,
  /** Short name shown in the matrix, e.g. "Learning curve". */
  title: textSchema,
  /** The reader's question, e.g. "Which is easier to learn?". */
  question: textSchema,
  /** One sentence on what the topic covers. */
  description: textSchema,
  /** Position in the matrix and in every by-topic list, lowest first. */
  order: z.number().int(),
  /**
   * Words and phrases that signal the topic in an article, for the importer's candidate claims:
   * whole words, case-insensitive; a trailing `*` matches any ending ("concurren*" finds
   * concurrency and concurrent). A sentence is filed under the topic whose words it uses most.
   */
  keywords: z.array(textSchema).optional(),
});

export type Topic = z.infer<typeof topicSchema>;

import { z } from 'astro/zod';
import { httpUrlSchema, textSchema } from './ids.ts';

/** How a fact-check rates a claim. */
export const RATINGS = ['accurate', 'misleading', 'unsupported', 'inaccurate'] as const;

/** A primary source a fact-check relies on: release notes, a company's own engineering blog, a survey. */
export const checkSourceSchema = z.strictObject({
  /** The source's own title. */
  title: textSchema,
  /** Where it is published. */
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
});

export type FactCheck = z.infer<typeof factCheckSchema>;

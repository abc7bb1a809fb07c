import { z } from 'astro/zod';
import { textSchema } from './ids.ts';
import { SOURCE_KINDS } from './source.ts';

/**
 * One entry of `content/source-kinds.yaml`: whether sources of a kind are counted among the
 * independent sources, whose consensus the site shows beside every source's.
 */
export const sourceKindSchema = z.strictObject({
  /** The kind, as a source's `kind` names it. Every kind must have one entry. */
  id: z.enum(SOURCE_KINDS),
  /** Whether a source of this kind speaks for itself rather than for something it sells: practitioners and community posts do; vendors and consultancies do not. */
  independent: z.boolean(),
  /** Why, in one sentence, shown on /about/. */
  why: textSchema,
});

export type SourceKindEntry = z.infer<typeof sourceKindSchema>;

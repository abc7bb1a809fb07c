import { z } from 'astro/zod';
import { daySchema } from './day.ts';
import { idSchema, textSchema } from './ids.ts';

/** What a correction changed in a published source. */
export const CORRECTION_CHANGES = [
  'rating',
  'stance',
  'topic',
  'use-case',
  'quote',
  'statement',
  'claim-added',
  'claim-split',
  'claim-removed',
  'check-added',
  'note',
] as const;

/** One entry of `content/corrections.yaml`: a change to a published source, made openly. */
export const correctionSchema = z.strictObject({
  /** Kebab-case id, unique in the file, e.g. `2026-12-02-froodl-data-races`. */
  id: idSchema,
  /** The day the change was made, YYYY-MM-DD. */
  date: daySchema,
  /** The source changed: its slug, the file name under `content/sources/` without `.mdx`. */
  source: idSchema,
  /** What was changed, as a field path in the source, e.g. `claims.data-races.check.rating` or `recommendations.go[2]`. */
  item: textSchema,
  /** What kind of change: rating | stance | topic | use-case | quote | statement | claim-added | claim-split | claim-removed | check-added | note. */
  change: z.enum(CORRECTION_CHANGES),
  /** The value before the change, as it was shown; leave out for an addition. */
  from: textSchema.optional(),
  /** The value after the change; leave out for a removal. */
  to: textSchema.optional(),
  /** Why, in one or two sentences: what the article or a primary source shows. */
  why: textSchema,
});

export type Correction = z.infer<typeof correctionSchema>;

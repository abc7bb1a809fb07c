import { z } from 'astro/zod';

/** The stances a statement can take, in the order pages list them. */
export const STANCES = ['go', 'rust', 'tie', 'depends'] as const;

/**
 * Which language a statement favours: `go`, `rust`, `tie` (the source says both are equal)
 * or `depends` (the source says it depends on context).
 */
export const stanceSchema = z.enum(STANCES);

export type Stance = z.infer<typeof stanceSchema>;

import { z } from 'astro/zod';
import { parseDay, toDay, whyNotADay } from '../lib/text/dates.ts';

/**
 * A calendar day, written unquoted as YYYY-MM-DD. Astro's YAML parser hands us a Date, the
 * checker's parser a string; both become a Date at midnight UTC. An impossible day such as
 * 2026-02-30 is refused rather than silently rolled over into March.
 */
export const daySchema = z
  .union([z.date(), z.string()], { error: 'must be a date written YYYY-MM-DD, e.g. 2026-01-26' })
  .transform((value, ctx) => {
    const text = typeof value === 'string' ? value : toDay(value);
    const problem = whyNotADay(text);
    if (problem) {
      ctx.issues.push({ code: 'custom', message: problem, input: value });
      return z.NEVER;
    }
    return parseDay(text);
  });

// Dates in the content are calendar days written YYYY-MM-DD: what one is, and its schema. The
// helpers never depend on the local time zone.
import { z } from 'astro/zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a real calendar day, or `undefined` when it is one. */
export function whyNotADay(text: string): string | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-01-26`;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12) return `"${text}" has no month ${m}: months run from 01 to 12`;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) {
    const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `"${text}" is not a real date: ${month} ${y} has ${daysInMonth} days`;
  }
  return undefined;
}

/** The UTC calendar day of a date, as YYYY-MM-DD. */
export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a YYYY-MM-DD day already known to be valid into a Date at midnight UTC. */
export function parseDay(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

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

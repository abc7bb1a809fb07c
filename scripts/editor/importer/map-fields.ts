import { whyNotADay } from '../../../src/schemas/day.ts';
import type { DraftSource } from '../scaffold.ts';

/** The article's own front matter, mapped onto our fields. */
export interface MappedFields {
  /** Our fields with the values found. */
  fields: Omit<Partial<DraftSource>, 'tables' | 'faqs'>;
  /** What was taken, as "lastmod → updated". */
  used: string[];
  /** Keys we have no field for, or a second key for a field already filled, in the file's order. */
  dropped: string[];
  /** Values of known keys that could not be used, for fields left out as a result, and why. */
  unreadable: string[];
  /** Values of known keys that could not be used, for fields another key filled instead. */
  replaced: string[];
}

type Target = 'title' | 'publisher' | 'url' | 'published' | 'updated' | 'summary' | 'author';

/**
 * Which of the article's keys fill which of our fields, most specific first: Hugo writes `date`
 * and `publishDate`, Jekyll `date`, Astro and many feeds `pubDate`; `lastmod` is Hugo's update.
 */
const ALIASES: ReadonlyArray<[Target, readonly string[]]> = [
  ['title', ['title']],
  ['publisher', ['publisher']],
  ['author', ['author']],
  ['url', ['url']],
  ['published', ['published', 'pubdate', 'publishdate', 'date']],
  ['updated', ['updated', 'lastmod', 'modified']],
  ['summary', ['summary', 'description']],
];

/** A calendar day as YYYY-MM-DD from a front-matter date: "2026-01-26", "2026-01-26T18:53:20+00:00", a TOML date. */
export function dayOf(value: unknown): string | undefined {
  // TOML dates arrive as Date objects whose toISOString keeps the day as written (with its offset).
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString()
      : typeof value === 'string'
        ? value.trim()
        : '';
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text)?.[1];
  if (iso) return whyNotADay(iso) ? undefined : iso;
  // "January 26, 2026": read as written, in local time, so the day never shifts across a time zone.
  const parsed = text && /[a-z]/i.test(text) ? new Date(text) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

function textOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  return text || undefined;
}

function urlOf(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text || !/^https?:\/\//i.test(text)) return undefined;
  return URL.canParse(text) ? text : undefined;
}

function authorOf(value: unknown): { name: string } | undefined {
  const name =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? textOf((value as Record<string, unknown>).name)
      : textOf(value);
  return name ? { name } : undefined;
}

const READERS: Readonly<Record<Target, (value: unknown) => unknown>> = {
  title: textOf,
  publisher: textOf,
  author: authorOf,
  url: urlOf,
  published: dayOf,
  updated: dayOf,
  summary: textOf,
};

const EXPECTED: Readonly<Record<Target, string>> = {
  title: 'text',
  publisher: 'text',
  author: 'a name, or { name: … }',
  url: 'a full http:// or https:// address',
  published: 'a date, YYYY-MM-DD',
  updated: 'a date, YYYY-MM-DD',
  summary: 'text',
};

function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Maps an article's front matter onto our fields: title; date/published/pubDate → published and
 * lastmod/updated/modified → updated (as YYYY-MM-DD); description → summary; author → author.name;
 * url and publisher as they are. Key case is ignored (Hugo writes `publishDate`, others `publishdate`).
 */
export function mapFrontMatter(data: Readonly<Record<string, unknown>>): MappedFields {
  const keys = Object.keys(data);
  const byLowerCase = new Map(keys.map((key) => [key.toLowerCase(), key]));
  const fields: Record<string, unknown> = {};
  const used: string[] = [];
  const unreadable: string[] = [];
  const replaced: string[] = [];
  const taken = new Set<string>();
  for (const [target, aliases] of ALIASES) {
    // Keys whose value is unusable: the field was left out only when no later key filled it.
    const unusable: string[] = [];
    for (const alias of aliases) {
      const key = byLowerCase.get(alias);
      if (key === undefined || fields[target] !== undefined) continue;
      taken.add(key);
      const value = READERS[target](data[key]);
      if (value === undefined) {
        unusable.push(key);
        continue;
      }
      fields[target] = value;
      used.push(
        key === target && target !== 'author' ? target : `${key} → ${target === 'author' ? 'author.name' : target}`,
      );
    }
    const filledFrom = used.at(-1)?.split(' → ')[0];
    for (const key of unusable) {
      if (fields[target] === undefined)
        unreadable.push(`${key}: ${shown(data[key])} is not ${EXPECTED[target]}, so ${target} was left out`);
      else
        replaced.push(
          `${key}: ${shown(data[key])} is not ${EXPECTED[target]}, so ${target} was taken from ${filledFrom}`,
        );
    }
  }
  return {
    fields: fields as MappedFields['fields'],
    used,
    dropped: keys.filter((key) => !taken.has(key)),
    unreadable,
    replaced,
  };
}

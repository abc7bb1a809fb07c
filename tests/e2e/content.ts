// What the e2e tests expect to see, read from the same content files the site is built from.
// Tests derive everything from here (counts, slugs, texts, search words), so the content can grow
// or change with no test change.
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { readDataFile } from '../../src/lib/check/load-content.ts';
import { byOrderThenId, isDraft } from '../../src/lib/rule-book.ts';
import { shortNames } from '../../src/lib/site/labels.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const result = checkContent(ROOT);
const published = result.sources.filter((source) => !isDraft(source.data));

/** Every published source, as its front matter says (published sources always have a verdict and summary). */
export const SOURCES = published.map((source) => ({
  slug: source.parsed.slug,
  body: source.parsed.body,
  ...source.data,
  verdict: source.data.verdict!,
  summary: source.data.summary!,
}));

/** Every correction of the log that is about a published source (the site shows only those). */
const log = readDataFile(join(ROOT, 'content', 'corrections.yaml'), ROOT).data;
export const CORRECTIONS = (
  Array.isArray(log) ? (log as Array<{ id: string; source: string; why: string }>) : []
).filter((c) => published.some((s) => s.parsed.slug === c.source));

/** Every topic, in matrix order. */
export const TOPICS = [...result.topics].sort(byOrderThenId);

/** The short name each source goes by in filters and search results. */
export const SOURCE_LABELS = shortNames(published.map((source) => ({ slug: source.parsed.slug, data: source.data })));

/** The published sources as the views take them (slug and front matter). */
export const SOURCE_RECORDS = published.map((source) => ({ slug: source.parsed.slug, data: source.data }));

/** All the text the content holds (bodies and every front-matter text), lower-cased, for search tests. */
const EVERYTHING = SOURCES.map((source) =>
  [source.title, source.summary, source.body, JSON.stringify(source)].join(' ').toLowerCase(),
);

/** How many sources' text contains the word. */
export function sourcesWith(word: string): number {
  const pattern = new RegExp(`\\b${word.toLowerCase()}`);
  return EVERYTHING.filter((text) => pattern.test(text)).length;
}

/** The word of `text` (six letters or more) that the fewest sources mention: a search that finds `text`'s record near the top. */
export function rarestWord(text: string): string | undefined {
  const words = [...new Set(text.match(/\b[A-Za-z]{6,}\b/g) ?? [])];
  return words.sort((a, b) => sourcesWith(a) - sourcesWith(b) || b.length - a.length)[0];
}

/** The questions /choose/ asks, in order, with their answers. */
export const CASE_QUESTIONS = [...result.caseQuestions].sort(byOrderThenId);

/** Which source kinds count as independent. */
export const SOURCE_KINDS = result.sourceKinds;

/** What each figure measures (content/metrics.yaml). */
export const METRICS = result.metrics;

// What the e2e tests expect to see, read from the same content files the site is built from.
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/check-content.ts';

const result = checkContent(join(import.meta.dirname, '..', '..'));

/** Every published source, as its front matter says (published sources always have a verdict and summary). */
export const SOURCES = result.sources
  .filter((source) => !source.data.draft)
  .map((source) => ({ slug: source.raw.slug, ...source.data, verdict: source.data.verdict!, summary: source.data.summary! }));

/** Every topic, in matrix order. */
export const TOPICS = [...result.topics].sort((a, b) => a.order - b.order);

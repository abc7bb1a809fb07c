// Builders of the content model for unit tests: each makes a valid value with only what a test
// cares about, sources through the real schema, so a test never restates the content's rules.
import type { ParsedSource } from '../../src/lib/check/load-content.ts';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import type { FactCheck } from '../../src/schemas/fact-check.ts';
import { sourceSchema, type SourceInput } from '../../src/schemas/source.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import type { UseCase } from '../../src/schemas/use-case.ts';

export type ClaimInput = NonNullable<SourceInput['claims']>[number];
export type Rating = FactCheck['rating'];

/** A topic titled by its id unless `extra` says otherwise. */
export const topic = (id: string, order: number, extra: Partial<Topic> = {}): Topic => ({
  id,
  title: id,
  question: `${id}?`,
  description: id,
  order,
  ...extra,
});

export const useCase = (id: string, order: number, extra: Partial<UseCase> = {}): UseCase => ({
  id,
  title: `Title ${id}`,
  description: id,
  order,
  ...extra,
});

let counter = 0;

interface ClaimOptions extends Partial<ClaimInput> {
  /** Adds a fact-check with this rating, a note and the day it was checked. */
  rating?: Rating;
  /** The check's day (2026-11-20 unless given). */
  checked?: string;
  /** The check's primary sources (none unless given). */
  checkSources?: FactCheck['sources'];
}

/**
 * A claim with a fresh id (or the one given) whose statement and quote name it ("quote c7"); a
 * rating adds a fact-check with a note. Any other field of the claim may be given as it is.
 */
export function claim(topicId: string, favors: ClaimInput['favors'], options: ClaimOptions = {}): ClaimInput {
  const { rating, checked = '2026-11-20', checkSources, ...given } = options;
  // A field given as undefined keeps its default.
  const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const id = given.id ?? `c${++counter}`;
  return {
    id,
    topic: topicId,
    favors,
    statement: `statement ${id}`,
    quote: `quote ${id}`,
    ...(rating
      ? { check: { rating, note: `${rating} note`, checked, ...(checkSources ? { sources: checkSources } : {}) } }
      : {}),
    ...fields,
  };
}

/** A valid published source record, parsed by the real schema: one claim on `cost` unless `extra` gives claims. */
export function source(slug: string, extra: Partial<SourceInput> = {}): SourceRecord {
  const data = sourceSchema.parse({
    title: slug,
    kind: 'practitioner',
    summary: 's',
    verdict: { leans: 'depends', text: 't' },
    claims: [claim('cost', 'depends')],
    ...extra,
  });
  return { slug, data };
}

/** A source file as `npm run check` reads it (ParsedSource), from its slug and text; a capture text adds its capture. */
export function parsedSource(slug: string, text: string, capture?: string): ParsedSource {
  const split = splitFrontMatter(text);
  return {
    slug,
    file: `content/sources/${slug}.mdx`,
    data: split.data,
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf: split.lineOf,
    ...(capture === undefined ? {} : { capture: { file: `content/captures/${slug}.txt`, text: capture } }),
  };
}

/** A source file whose front matter is a YAML alias bomb: nine-fold nested aliases that expand to 9⁸ values. */
export const aliasBomb = (): string =>
  [
    '---',
    'title: "Bomb"',
    'lol0: &lol0 "lol"',
    ...Array.from({ length: 8 }, (_, i) => `lol${i + 1}: &lol${i + 1} [${Array(9).fill(`*lol${i}`).join(',')}]`),
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

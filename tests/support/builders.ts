// Builders of the content model for unit tests: each makes a valid value with only what a test
// cares about, sources through the real schema, so a test never restates the content's rules.
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
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

/** A claim with a fresh id, statement and quote; a rating adds a fact-check with a note. */
export function claim(
  topicId: string,
  favors: ClaimInput['favors'],
  options: { quote?: string; rating?: Rating } = {},
): ClaimInput {
  const n = ++counter;
  return {
    id: `c${n}`,
    topic: topicId,
    favors,
    statement: `statement ${n}`,
    quote: options.quote ?? `quote ${n}`,
    ...(options.rating
      ? { check: { rating: options.rating, note: `${options.rating} note`, checked: '2026-11-20' } }
      : {}),
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

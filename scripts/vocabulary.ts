// The site's vocabulary as the editor commands read it: topics and metrics from content/, with
// anything unreadable left out (npm run check reports it; an import should still work).
import { join } from 'node:path';
import { readDataFile } from '../src/lib/check/load-content.ts';
import type { MetricWords, TopicWords } from './editor/suggest/candidates.ts';
import type { UseCaseWords } from './editor/suggest/advice.ts';

/** The entries of a vocabulary file; none when it is unreadable. */
function readEntries(root: string, name: string): Array<Record<string, unknown>> {
  const file = readDataFile(join(root, 'content', name), root);
  return Array.isArray(file.data)
    ? file.data.filter(
        (entry: unknown): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
      )
    : [];
}

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The topics: to recognise table rows that name one, and to guess candidate claims' topics. */
export function readTopics(root: string): TopicWords[] {
  return readEntries(root, 'topics.yaml').flatMap(({ id, title, keywords }) =>
    typeof id === 'string' && typeof title === 'string' ? [{ id, title, keywords: strings(keywords) }] : [],
  );
}

/** The metrics, to read candidate claims' figures. */
export function readMetrics(root: string): MetricWords[] {
  return readEntries(root, 'metrics.yaml').flatMap(({ id, title, unit }) =>
    typeof id === 'string' && typeof title === 'string' && typeof unit === 'string' ? [{ id, title, unit }] : [],
  );
}

/** The ids of a vocabulary file (`topics.yaml`, `use-cases.yaml`…), in its order; none when it is unreadable. */
export function readIds(root: string, name: string): string[] {
  return readEntries(root, name).flatMap(({ id }) => (typeof id === 'string' ? [id] : []));
}

/** The use cases, to guess candidate recommendations' useCase. */
export function readUseCases(root: string): UseCaseWords[] {
  return readEntries(root, 'use-cases.yaml').flatMap(({ id, title, description }) =>
    typeof id === 'string' && typeof title === 'string' && typeof description === 'string'
      ? [{ id, title, description }]
      : [],
  );
}

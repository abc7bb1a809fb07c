// Runs the integrity checks on one fixture source, against a vocabulary of its own
// (tests/fixtures/vocabulary/: topics, metrics, use cases, questions), never the real content's:
// adding a topic to content/ never changes what a rule test sees.
import { join } from 'node:path';
import { checkRawContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { readDataFile, readSource, type RawContent } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-23';

const vocabularyFile = (name: string) => readDataFile(join(FIXTURES, 'vocabulary', name), ROOT);

/** The fixtures' content with no sources: their own topics, metrics, use cases and questions. */
export function fixtureContent(): RawContent {
  return {
    sources: [],
    topics: vocabularyFile('topics.yaml'),
    metrics: vocabularyFile('metrics.yaml'),
    useCases: vocabularyFile('use-cases.yaml'),
    questions: vocabularyFile('questions.yaml'),
  };
}

/** A fixture source, `tests/fixtures/sources/<name>.mdx`, read with its capture when there is one. */
export function fixtureSource(name: string) {
  return readSource(join(FIXTURES, 'sources', `${name}.mdx`), ROOT, join(FIXTURES, 'captures'));
}

/** Checks a fixture source alone; `topics` or `questions` swap in a file from tests/fixtures/data/. */
export function checkFixture(name: string, options: { topics?: string; questions?: string } = {}): CheckResult {
  const content = fixtureContent();
  const topics = options.topics ? readDataFile(join(FIXTURES, 'data', options.topics), ROOT) : content.topics;
  const questions = options.questions ? readDataFile(join(FIXTURES, 'data', options.questions), ROOT) : content.questions;
  return checkRawContent({ ...content, topics, questions, sources: [fixtureSource(name)] }, TODAY);
}

/** The problems of a fixture, as the one-line strings an editor reads (path: message). */
export function messages(result: CheckResult): string[] {
  return result.problems.map((problem: Problem) => `${problem.path}: ${problem.message}`);
}

// Runs the integrity checks on one fixture source, against the real topics and metrics.
import { join } from 'node:path';
import { checkRawContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { loadContent, readDataFile, readSource } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-23';

/** Checks `tests/fixtures/sources/<name>.mdx` alone, with its capture when there is one. */
export function checkFixture(name: string, options: { topics?: string; questions?: string; cases?: string; sourceKinds?: string } = {}): CheckResult {
  const real = loadContent(ROOT);
  const source = readSource(join(FIXTURES, 'sources', `${name}.mdx`), ROOT, join(FIXTURES, 'captures'));
  const topics = options.topics ? readDataFile(join(FIXTURES, 'data', options.topics), ROOT) : real.topics;
  const questions = options.questions ? readDataFile(join(FIXTURES, 'data', options.questions), ROOT) : real.questions;
  const cases = options.cases ? readDataFile(join(FIXTURES, 'data', options.cases), ROOT) : real.cases;
  const sourceKinds = options.sourceKinds ? readDataFile(join(FIXTURES, 'data', options.sourceKinds), ROOT) : real.sourceKinds;
  return checkRawContent({ ...real, topics, questions, cases, sourceKinds, sources: [source] }, TODAY);
}

/** The problems of a fixture, as the one-line strings an editor reads (path: message). */
export function messages(result: CheckResult): string[] {
  return result.problems.map((problem: Problem) => `${problem.path}: ${problem.message}`);
}

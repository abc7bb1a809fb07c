// Runs the integrity checks on one fixture source, against the real topics and metrics.
import { join } from 'node:path';
import { checkParsedContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { loadContent, readDataFile, readSource, type ParsedContent } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-23';

/**
 * The real content without its corrections log, for checking one source on its own against the
 * real vocabularies: the log names the real sources, which such a check leaves out.
 */
export function realVocabularies(): ParsedContent {
  const { corrections: _log, ...rest } = loadContent(ROOT);
  return rest;
}

/**
 * Checks `tests/fixtures/sources/<name>.mdx` alone, with its capture when there is one; `others`
 * are checked beside it. The real corrections log names real sources, so it is left out unless
 * a fixture log (`corrections`, in tests/fixtures/data/) is given. `cases` and `sourceKinds` name
 * fixture files (tests/fixtures/data/) to use instead of the real ones.
 */
export function checkFixture(name: string, options: { topics?: string; questions?: string; corrections?: string; others?: string[]; cases?: string; sourceKinds?: string } = {}): CheckResult {
  const real = realVocabularies();
  const read = (fixture: string) => readSource(join(FIXTURES, 'sources', `${fixture}.mdx`), ROOT, join(FIXTURES, 'captures'));
  const sources = [read(name), ...(options.others ?? []).map(read)];
  const topics = options.topics ? readDataFile(join(FIXTURES, 'data', options.topics), ROOT) : real.topics;
  const questions = options.questions ? readDataFile(join(FIXTURES, 'data', options.questions), ROOT) : real.questions;
  const cases = options.cases ? readDataFile(join(FIXTURES, 'data', options.cases), ROOT) : real.cases;
  const sourceKinds = options.sourceKinds ? readDataFile(join(FIXTURES, 'data', options.sourceKinds), ROOT) : real.sourceKinds;
  const corrections = options.corrections ? { corrections: readDataFile(join(FIXTURES, 'data', options.corrections), ROOT) } : {};
  return checkParsedContent({ ...real, ...corrections, topics, questions, cases, sourceKinds, sources }, TODAY);
}

/** The problems of a fixture, as the one-line strings an editor reads (path: message). */
export function messages(result: CheckResult): string[] {
  return result.problems.map((problem: Problem) => `${problem.path}: ${problem.message}`);
}

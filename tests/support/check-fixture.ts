// Runs the integrity checks on fixture sources against a vocabulary of their own
// (tests/fixtures/vocabulary/: topics, metrics, use cases, questions), never the real content's:
// adding a topic to content/ never changes what a rule test sees.
import { join } from 'node:path';
import { checkParsedContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { loadContent, readDataFile, readSource, type ParsedContent } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-23';

const vocabularyFile = (name: string) => readDataFile(join(FIXTURES, 'vocabulary', name), ROOT);

/** The fixtures' content with no sources and no corrections log: their own topics, metrics, use cases and questions. */
export function fixtureContent(): ParsedContent {
  return {
    sources: [],
    topics: vocabularyFile('topics.yaml'),
    metrics: vocabularyFile('metrics.yaml'),
    useCases: vocabularyFile('use-cases.yaml'),
    questions: vocabularyFile('questions.yaml'),
    cases: vocabularyFile('cases.yaml'),
    sourceKinds: vocabularyFile('source-kinds.yaml'),
  };
}

/**
 * The real content without its corrections log, for tests about the real vocabularies (what the
 * importer and the scaffold write for an editor): the log names the real sources, which such a
 * check leaves out.
 */
export function realVocabularies(): ParsedContent {
  const content = loadContent(ROOT);
  delete content.corrections;
  return content;
}

/** A fixture source, `tests/fixtures/sources/<name>.mdx`, read with its capture when there is one. */
export function fixtureSource(name: string) {
  return readSource(join(FIXTURES, 'sources', `${name}.mdx`), ROOT, join(FIXTURES, 'captures'));
}

/**
 * Checks a fixture source alone, or with `others` beside it. `topics`, `questions`, `cases`,
 * `sourceKinds` or `corrections` swap in a file from tests/fixtures/data/.
 */
export function checkFixture(
  name: string,
  options: {
    topics?: string;
    questions?: string;
    cases?: string;
    sourceKinds?: string;
    corrections?: string;
    others?: string[];
  } = {},
): CheckResult {
  const content = fixtureContent();
  const data = (file: string | undefined) => (file ? readDataFile(join(FIXTURES, 'data', file), ROOT) : undefined);
  const sources = [fixtureSource(name), ...(options.others ?? []).map(fixtureSource)];
  const corrections = data(options.corrections);
  return checkParsedContent(
    {
      ...content,
      topics: data(options.topics) ?? content.topics,
      questions: data(options.questions) ?? content.questions,
      cases: data(options.cases) ?? content.cases,
      sourceKinds: data(options.sourceKinds) ?? content.sourceKinds,
      ...(corrections ? { corrections } : {}),
      sources,
    },
    TODAY,
  );
}

/** The problems of a fixture, as the one-line strings an editor reads (path: message). */
export function messages(result: CheckResult): string[] {
  return result.problems.map((problem: Problem) => `${problem.path}: ${problem.message}`);
}

// Runs the integrity checks on fixture sources against a vocabulary of their own
// (tests/fixtures/vocabulary/: one file for each of src/lib/check/vocabularies.ts but the corrections log), never the real content's:
// adding a topic to content/ never changes what a rule test sees.
import { join } from 'node:path';
import { checkParsedContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { loadContent, readDataFile, readSource, type ParsedContent } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';
import { VOCABULARIES, VOCABULARY_KEYS, type VocabularyKey } from '../../src/lib/check/vocabularies.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-23';

const vocabularyFile = (name: string) => readDataFile(join(FIXTURES, 'vocabulary', name), ROOT);

/** The fixtures' content with no sources and no corrections log: their own vocabularies (every one of `VOCABULARIES` but the log). */
export function fixtureContent(): ParsedContent {
  const vocabularies = VOCABULARY_KEYS.filter((key) => key !== 'corrections').map((key) => [
    key,
    vocabularyFile(VOCABULARIES[key].file),
  ]);
  return { sources: [], ...(Object.fromEntries(vocabularies) as Omit<ParsedContent, 'sources'>) };
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
 * Checks a fixture source alone, or with `others` beside it. A vocabulary's key (`topics`,
 * `useCases`, `corrections`…) swaps in a file from tests/fixtures/data/.
 */
export function checkFixture(
  name: string,
  options: Partial<Record<VocabularyKey, string>> & { others?: string[] } = {},
): CheckResult {
  const swapped = VOCABULARY_KEYS.flatMap((key) => {
    const file = options[key];
    return file ? [[key, readDataFile(join(FIXTURES, 'data', file), ROOT)]] : [];
  });
  const sources = [fixtureSource(name), ...(options.others ?? []).map(fixtureSource)];
  return checkParsedContent({ ...fixtureContent(), ...Object.fromEntries(swapped), sources }, TODAY);
}

/** The problems of a fixture, as the one-line strings an editor reads (path: message). */
export function messages(result: CheckResult): string[] {
  return result.problems.map((problem: Problem) => `${problem.path}: ${problem.message}`);
}

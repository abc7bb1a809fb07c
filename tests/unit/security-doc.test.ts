// SECURITY.md's table of promises names, per promise, the test file and the test title that hold
// it: a renamed or deleted test must fail here, so the table cannot go on citing a test that is gone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/project-copy.ts';

const HEADING = '## Each promise and the test that holds it';

interface Row {
  promise: string;
  file: string;
  title: string;
}

/** The rows of the first table under `heading` in `markdown`, as promise, file and title. */
function promiseTable(markdown: string, heading: string): Row[] {
  const section = markdown.split(heading)[1]?.split(/^## /m)[0] ?? '';
  const cells = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const code = (cell = '') => /^`(.+)`$/.exec(cell)?.[1] ?? cell;
  return cells.slice(2).map(([promise = '', file, title]) => ({ promise, file: code(file), title: code(title) }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `source` declares a test titled `title`: the title is the first argument of it(), test() or it.each(…)(). */
function declaresTest(source: string, title: string): boolean {
  return new RegExp(`(?:\\b(?:it|test)|\\))\\(\\s*(['"\`])${escapeRegExp(title)}\\1`).test(source);
}

describe('SECURITY.md', () => {
  const rows = promiseTable(readFileSync(join(ROOT, 'SECURITY.md'), 'utf8'), HEADING);

  it('lists its promises in a table of promise, test file and test', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.promise || !row.file || !row.title)).toEqual([]);
  });

  it('names only test files that exist and tests that each file declares', () => {
    const stale = rows.flatMap(({ file, title }) => {
      const path = join(ROOT, file);
      if (!/^tests\/.+\.(test|spec)\.ts$/.test(file) || !existsSync(path)) return [`${file}: no such test file`];
      return declaresTest(readFileSync(path, 'utf8'), title) ? [] : [`${file}: no test titled "${title}"`];
    });
    expect(stale).toEqual([]);
  });

  it('finds a title only where a test is declared with it', () => {
    const source =
      "it('holds', () => {});\nit.each([1, 2])('holds for %s', () => {});\nexpect(x).toBe('only a value');";
    expect(declaresTest(source, 'holds')).toBe(true);
    expect(declaresTest(source, 'holds for %s')).toBe(true);
    expect(declaresTest(source, 'only a value')).toBe(false);
    expect(declaresTest(source, 'hold')).toBe(false);
  });
});

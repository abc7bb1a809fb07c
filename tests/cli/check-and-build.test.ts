// The two commands an editor runs, on a temporary copy of the content with six classic mistakes:
// both must fail, and both must name every file, field path and hint.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, ROOT, runScript, tempProject } from '../support/project-copy.ts';

const MISTAKES = [
  'unknown-topic',
  'quote-not-verbatim',
  'table-cell-differs',
  'duplicate-claim-id',
  'misspelt-field',
  'impossible-date',
];
const EXPECTED = [
  'content/sources/unknown-topic.mdx:18 claims[0].topic: unknown topic "performanc"',
  'hint: Did you mean "performance"?',
  'content/sources/quote-not-verbatim.mdx:21 claims[0].quote: this text is not in the article body word for word',
  'hint: Copy the quote from the body instead of retyping it. The closest passage in the body is: "Benchmarks show Rust often outperforms Go',
  'content/sources/table-cell-differs.mdx:39 tables[0].rows[1].go: go is "Garbage collector" but row 2 of the body table says "Garbage collection"',
  'hint: Expected row: { label: "Memory Safety", go: "Garbage collection"',
  'content/sources/duplicate-claim-id.mdx:24 claims[1].id: duplicate id "cpu-bound-speed"',
  'content/sources/misspelt-field.mdx:7 sumary: unknown field "sumary"',
  'hint: Did you mean "summary"?',
  'content/sources/impossible-date.mdx:4 published: "2026-02-30" is not a real date: February 2026 has 28 days',
];
// The real sources may carry warnings of their own as the content grows: only the errors are pinned.
const SUMMARY = /7 errors and \d+ warnings? in \d+ files/;

let project: string;

beforeAll(() => {
  project = tempProject('gvr-check-');
  for (const name of MISTAKES)
    cpSync(join(ROOT, 'tests/fixtures/sources', `${name}.mdx`), join(project, 'content/sources', `${name}.mdx`));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run check on content with six mistakes', () => {
  it('fails and lists every problem in every file at once', () => {
    const { status, output } = runScript(project, 'check');
    expect(status).toBe(1);
    for (const line of EXPECTED) expect(output).toContain(line);
    expect(output).toMatch(SUMMARY);
    expect(output).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
  });

  it('passes on the real content', () => {
    const result = runScript(ROOT, 'check');
    // However many sources content/ holds: the count comes from the folder, never from this test.
    const count = readdirSync(join(ROOT, 'content/sources')).filter((name) => name.endsWith('.mdx')).length;
    expect(result.stdout).toMatch(new RegExp(`✓ checked ${count} sources?\\b`));
    expect(result.status).toBe(0);
  });
});

describe('astro build on the same content', () => {
  it('fails before rendering, with the same problems', () => {
    const { status, output } = build(project);
    expect(status).toBe(1);
    for (const line of EXPECTED) expect(output).toContain(line);
    expect(output).toMatch(SUMMARY);
    expect(output).not.toContain('generating static routes');
  }, 120_000);
});

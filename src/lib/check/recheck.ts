import type { Problem } from './problems.ts';

/** What to tell an editor after a change: the files to report again, and the files that are clean now. */
export interface Recheck {
  /** Every problem of the files that changed, or whose problems changed (a topic renamed in topics.yaml). */
  problems: Problem[];
  /** Files that had problems before and have none now. */
  cleared: string[];
}

const key = (problem: Problem) =>
  JSON.stringify([problem.rule, problem.severity, problem.line, problem.path, problem.message, problem.hint]);

/**
 * Compares two runs of the check after `changed` files were edited. A file is reported again when it
 * is one that changed or when its problems differ from last time, so a change to topics.yaml reports
 * the sources it breaks or mends, and an untouched file's old problems are not repeated.
 */
export function recheck(before: readonly Problem[], after: readonly Problem[], changed: readonly string[]): Recheck {
  const byFile = (problems: readonly Problem[]) => {
    const files = new Map<string, string[]>();
    for (const problem of problems) files.set(problem.file, [...(files.get(problem.file) ?? []), key(problem)]);
    return files;
  };
  const old = byFile(before);
  const now = byFile(after);
  const differs = (file: string) => (old.get(file) ?? []).sort().join('\n') !== (now.get(file) ?? []).sort().join('\n');
  const report = new Set([...now.keys()].filter((file) => changed.includes(file) || differs(file)));
  return {
    problems: after.filter((problem) => report.has(problem.file)),
    cleared: [...old.keys()].filter((file) => !now.has(file)).sort(),
  };
}

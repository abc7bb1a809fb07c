import { printable } from '../text/printable.ts';
import type { Problem } from './problems.ts';

/** Terminal styling; identity functions when colour is off. */
export interface Style {
  bold: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  dim: (text: string) => string;
}

const plain: Style = { bold: (t) => t, red: (t) => t, yellow: (t) => t, dim: (t) => t };
const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const coloured: Style = { bold: ansi(1, 22), red: ansi(31, 39), yellow: ansi(33, 39), dim: ansi(2, 22) };

/** Colour only when writing to a terminal, and never when NO_COLOR is set. */
export function styleFor(isTTY: boolean | undefined, env: Record<string, string | undefined> = {}): Style {
  return isTTY && !env.NO_COLOR ? coloured : plain;
}

/** Every problem, grouped per file, each with its line, field path, message and hint, then a count. */
export function formatProblems(problems: readonly Problem[], style: Style = plain): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  // File names, paths, messages and hints quote content: its control characters are printed as escapes.
  for (const [rawFile, fileProblems] of byFile) {
    const file = printable(rawFile);
    lines.push(style.bold(file));
    for (const problem of fileProblems) {
      const where = `${problem.line === undefined ? '' : `${file}:${problem.line} `}${printable(problem.path) || '(file)'}`;
      const label = problem.severity === 'error' ? style.red('error') : style.yellow('warning');
      lines.push(`  ${label} ${where}: ${printable(problem.message)} ${style.dim(`[${problem.rule}]`)}`);
      if (problem.hint) lines.push(`    ${style.dim('hint:')} ${printable(problem.hint)}`);
    }
    lines.push('');
  }
  lines.push(summary(problems));
  return lines.join('\n');
}

/** "2 errors and 1 warning in 2 files", or "no problems". */
export function summary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'no problems';
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** The last line of `npm run check`: what was read, claims counted in every source, valid or not. */
export function checkSummary(
  result: { sourceFiles: number; claims: number; topics: readonly unknown[]; metrics: readonly unknown[] },
  ms: number,
): string {
  return `checked ${result.sourceFiles} sources (${result.claims} claims), ${result.topics.length} topics, ${result.metrics.length} metrics in ${ms} ms`;
}

/** `npm run check -- --rules`: every rule with what it checks. */
export function formatRules(rules: ReadonlyArray<{ name: string; description: string }>): string {
  return rules.map((rule) => `${rule.name}\n  ${rule.description}`).join('\n\n');
}

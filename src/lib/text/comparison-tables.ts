import type { Stance } from '../../schemas/stance.ts';
import type { BodyTable } from './markdown.ts';
import { normaliseText } from './normalise.ts';

/** A body table read as a Go-vs-Rust comparison: which column holds what. */
export interface ComparisonColumns {
  label: number;
  go: number;
  rust: number;
  winner?: number;
}

/** A row of a body table, read through its columns. */
export interface ReadRow {
  label: string;
  go: string;
  rust: string;
  winner?: string;
}

/** Finds the Go, Rust and Winner columns of a table from its header; undefined when it compares something else. */
export function comparisonColumns(table: BodyTable): ComparisonColumns | undefined {
  const header = table.header.map((cell) => normaliseText(cell).toLowerCase());
  const go = header.findIndex((cell, i) => i > 0 && /^(go|golang)\b/.test(cell));
  const rust = header.findIndex((cell, i) => i > 0 && /^rust\b/.test(cell));
  if (go < 0 || rust < 0) return undefined;
  const winner = header.findIndex((cell, i) => i > 0 && /\b(winner|verdict|better|best)\b/.test(cell));
  return { label: 0, go, rust, ...(winner >= 0 ? { winner } : {}) };
}

/** Reads a body table row through its columns. */
export function readRow(row: readonly string[], columns: ComparisonColumns): ReadRow {
  const cell = (index: number) => row[index] ?? '';
  return {
    label: cell(columns.label),
    go: cell(columns.go),
    rust: cell(columns.rust),
    ...(columns.winner === undefined ? {} : { winner: cell(columns.winner) }),
  };
}

/** The stance a Winner cell names ("Go" → go, "Tie" → tie), or undefined for anything else. */
export function winnerStance(cell: string): Stance | undefined {
  const text = normaliseText(cell).toLowerCase();
  if (/^(go|golang)\b/.test(text)) return 'go';
  if (/^rust\b/.test(text)) return 'rust';
  if (/^(tie|draw|both|equal)\b/.test(text)) return 'tie';
  if (/^(depends|it depends)\b/.test(text)) return 'depends';
  return undefined;
}

/** True when two cell texts are the same after normalising. */
export function sameCell(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

import type { Heading, Root } from 'mdast';
import type { ComparisonTable, TableRow } from '../../../src/schemas/table.ts';
import { comparisonColumns, readRow, winnerStance } from '../../../src/lib/text/comparison-tables.ts';
import { extractTables } from '../../../src/lib/text/markdown.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import { headingText, walk } from './mdast-text.ts';
import { guessTopic, type TopicName } from './topics.ts';

/** The comparison tables lifted from a body, and what was left behind. */
export interface LiftedTables {
  tables: ComparisonTable[];
  /** GFM tables without a Go and a Rust column, left in the body only. */
  others: number;
  /** Winner cells that name no stance ("N/A", "Both, for different reasons"), by field path. */
  unreadWinners: Array<{ path: string; cell: string }>;
}

/** Headings in document order with their lines, to caption each table by the heading above it. */
function headingLines(
  tree: Root,
  source: string,
  skip?: { start: number; end: number },
): Array<{ line: number; text: string }> {
  const headings: Array<{ line: number; text: string }> = [];
  for (const { node } of walk(tree)) {
    const line = node.position?.start.line ?? 0;
    if (node.type !== 'heading' || (skip && line >= skip.start && line <= skip.end)) continue;
    const text = headingText(node as Heading, source);
    if (text) headings.push({ line, text });
  }
  return headings;
}

/** A unique kebab-case id from a caption: feature-comparison-table, then feature-comparison-table-2. */
function uniqueId(caption: string, index: number, taken: Map<string, number>): string {
  const base = slugify(caption) || `table-${index + 1}`;
  const seen = taken.get(base) ?? 0;
  taken.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

/**
 * Lifts every GFM table with a Go and a Rust column into `tables`: id and caption from the nearest
 * heading above it (not the title's), each row's label, Go and Rust cells verbatim, its `winner`
 * only when the table has a Winner column that names a stance, and its topic only when the label
 * clearly names one (else `todo`). A ragged row's missing cells are "".
 */
export function liftTables(
  tree: Root,
  source: string,
  topics: readonly TopicName[],
  skip?: { start: number; end: number },
): LiftedTables {
  const headings = headingLines(tree, source, skip);
  const taken = new Map<string, number>();
  const lifted: LiftedTables = { tables: [], others: 0, unreadWinners: [] };
  let h = -1;
  for (const table of extractTables(tree)) {
    const columns = comparisonColumns(table);
    if (!columns || table.rows.length === 0) {
      lifted.others++;
      continue;
    }
    // Tables and headings are both in document order, so one pass finds each table's heading.
    while (h + 1 < headings.length && headings[h + 1]!.line < table.line) h++;
    const caption = headings[h]?.text ?? 'Comparison table';
    const t = lifted.tables.length;
    const rows = table.rows.map((cells, r): TableRow => {
      const { label, go, rust, winner: cell } = readRow(cells, columns);
      const winner = cell === undefined ? undefined : winnerStance(cell);
      if (cell !== undefined && cell.trim() && !winner)
        lifted.unreadWinners.push({ path: `tables[${t}].rows[${r}].winner`, cell });
      return { topic: guessTopic(label, topics), label, go, rust, ...(winner ? { winner } : {}) };
    });
    lifted.tables.push({ id: uniqueId(caption, t, taken), caption, rows });
  }
  return lifted;
}

import type { ComparisonTable } from '../../../schemas/table.ts';
import {
  comparisonColumns,
  readRow,
  sameCell,
  winnerStance,
  type ComparisonColumns,
} from '../../text/comparison-tables.ts';
import { extractTables, parseMarkdown, type BodyTable } from '../../text/markdown.ts';
import { oversizedParagraph } from '../../text/prose-only.ts';
import { defineRule } from './define-rule.ts';

interface Candidate {
  table: BodyTable;
  columns: ComparisonColumns;
  index: number;
}

/** How many of the front-matter rows' labels the body table has: picks the body table meant. */
function overlap(table: ComparisonTable, candidate: Candidate): number {
  const labels = candidate.table.rows.map((row) => readRow(row, candidate.columns).label);
  return table.rows.filter((row) => labels.some((label) => sameCell(label, row.label))).length;
}

function rowText(row: { label: string; go: string; rust: string; winner?: string | undefined }): string {
  return `{ label: "${row.label}", go: "${row.go}", rust: "${row.rust}"${row.winner ? `, winner: ${row.winner}` : ''} }`;
}

/**
 * A line that can be a GFM table's delimiter row (`| --- |`, `:-- | --`). Only spaces and tabs
 * (never `\s`, which spans lines) and one way to split them: linear on runs of blank lines or spaces.
 */
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*\|/m;

/** The GFM tables of a body. A GFM table needs a delimiter row of pipes and dashes; without one there is nothing to parse. */
function bodyTablesOf(raw: { body: string }): BodyTable[] {
  return DELIMITER_ROW.test(raw.body) ? extractTables(parseMarkdown(raw.body)) : [];
}

/** Every front-matter table matches a GFM table of the body, row for row. */
export const tablesMatchRule = defineRule(
  {
    name: 'tables-match',
    scope: 'source',
    description:
      'Every table in `tables` matches a Go-vs-Rust GFM table in the body row for row (label, Go cell, Rust cell and, when the table has one, its Winner column), and every such body table is listed in `tables`.',
  },
  ({ parsed: raw, data }, _context, report) => {
    // A body with a paragraph over the limit is not read: the prose-only rule refuses it.
    if (oversizedParagraph(raw.body) !== undefined) return;
    const candidates: Candidate[] = [];
    bodyTablesOf(raw).forEach((table, index) => {
      const columns = comparisonColumns(table);
      if (columns) candidates.push({ table, columns, index });
    });
    const used = new Set<Candidate>();
    data.tables.forEach((table, t) => {
      const ranked = candidates
        .filter((candidate) => !used.has(candidate))
        .map((candidate) => ({ candidate, score: overlap(table, candidate) }))
        .sort((a, b) => b.score - a.score);
      const best = ranked[0];
      if (!best || best.score === 0) {
        report({
          at: raw,
          path: ['tables', t],
          message: `table "${table.id}" has no matching table in the body`,
          hint: candidates.length
            ? `None of the body's comparison tables has a row labelled like "${table.rows[0]?.label}". Copy the labels from the body table.`
            : 'The body has no GFM table with Go and Rust columns: paste the article’s table into the body as a Markdown table (| Feature | Go | Rust |).',
        });
        return;
      }
      const { candidate } = best;
      used.add(candidate);
      const bodyRows = candidate.table.rows.map((row) => readRow(row, candidate.columns));
      const count = Math.max(bodyRows.length, table.rows.length);
      for (let r = 0; r < count; r++) {
        const mine = table.rows[r];
        const theirs = bodyRows[r];
        if (!mine && theirs) {
          report({
            at: raw,
            path: ['tables', t, 'rows'],
            message: `the body table has a row ${r + 1} that tables[${t}] lacks: "${theirs.label}"`,
            hint: `Add it: ${rowText({ ...theirs, winner: theirs.winner && winnerStance(theirs.winner) })} with its topic.`,
          });
          continue;
        }
        if (mine && !theirs) {
          report({
            at: raw,
            path: ['tables', t, 'rows', r],
            message: `row "${mine.label}" is not in the body table, which has ${bodyRows.length} rows`,
            hint: 'Remove the row, or add it to the body table.',
          });
          continue;
        }
        if (!mine || !theirs) continue;
        for (const field of ['label', 'go', 'rust'] as const) {
          if (!sameCell(mine[field], theirs[field])) {
            report({
              at: raw,
              path: ['tables', t, 'rows', r, field],
              message: `${field} is "${mine[field]}" but row ${r + 1} of the body table says "${theirs[field]}"`,
              hint: `Expected row: ${rowText({ ...theirs, winner: theirs.winner && winnerStance(theirs.winner) })}.`,
            });
          }
        }
        if (theirs.winner !== undefined) {
          const expected = winnerStance(theirs.winner);
          if (expected && mine.winner !== expected) {
            report({
              at: raw,
              path: ['tables', t, 'rows', r, mine.winner ? 'winner' : 'label'],
              message: `winner is ${mine.winner ?? 'missing'} but the body table's Winner column says "${theirs.winner}"`,
              hint: `Set winner: ${expected}.`,
            });
          }
        }
      }
    });
    for (const candidate of candidates) {
      if (used.has(candidate)) continue;
      report({
        at: raw.file,
        line: raw.bodyLine + candidate.table.line - 1,
        path: ['tables'],
        message: `the body's comparison table ${candidate.index + 1} (${candidate.table.header.join(' | ')}) is not listed in tables`,
        hint: `Add it to tables with an id, its caption and its ${candidate.table.rows.length} rows, so it appears on the side-by-side pages.`,
      });
    }
  },
);

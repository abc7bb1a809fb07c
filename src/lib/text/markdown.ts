import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** A GFM table found in an article body, as plain-text cells. */
export interface BodyTable {
  /** 1-based line of the table in the body. */
  line: number;
  /** Header cells. */
  header: string[];
  /** Data rows, as cells. */
  rows: string[][];
}

/**
 * Parses Markdown (an article body or a capture) into an mdast tree with GFM tables, positions in
 * UTF-16 offsets as JavaScript counts them. Sätteri is the parser the site renders with, so the
 * check reads the text the way the page will; it is also some forty times faster than micromark.
 * Curly quotes and dashes are left as written (the quote matcher folds them itself), and a leading
 * `---` is a thematic break, not front matter (bodies reach here without theirs).
 */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, { features: { frontmatter: false, smartPunctuation: false } }) as Root;
}

const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * The text a reader sees, one block (paragraph, heading, table cell, code block) per line, with
 * Markdown markup (emphasis, links, escapes) gone. Quotes are matched against this.
 */
export function toPlainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (BLOCK_CONTAINERS.has(node.type)) return CONTINUE;
    if (node.type !== 'html' && node.type !== 'thematicBreak' && node.type !== 'definition') {
      const text = toString(node);
      if (text.trim()) blocks.push(text);
    }
    return SKIP;
  });
  return blocks.join('\n');
}

/** Every GFM table in the tree, in document order. */
export function extractTables(tree: Root): BodyTable[] {
  const tables: BodyTable[] = [];
  visit(tree, 'table', (node) => {
    const [head, ...rows] = node.children.map((row) => row.children.map((cell) => toString(cell).trim()));
    const header = head ?? [];
    // GFM lets a row have fewer cells than the header; pad them so every row has every column.
    const padded = rows.map((cells) => header.map((_, i) => cells[i] ?? ''));
    tables.push({ line: node.position?.start.line ?? 1, header, rows: padded });
    return SKIP;
  });
  return tables;
}

import type { Heading, Root } from 'mdast';
import { walk } from './mdast-text.ts';
import { trimTrailingBlanks } from '../../../src/lib/text/normalise.ts';

/** The body as clean Markdown, and what changed. */
export interface NormalisedBody {
  text: string;
  /** How many levels every heading moved down (0 or 1). */
  headingShift: number;
  /** How many `*` or `+` bullets became `-`. */
  bullets: number;
}

interface Edit {
  /** 0-based column where the replaced text starts. */
  column: number;
  length: number;
  text: string;
}

/** Line edits: in-line replacements, whole-line replacements and removed lines, by 1-based line. */
class Edits {
  readonly inline = new Map<number, Edit[]>();
  readonly replaced = new Map<number, string>();
  readonly removed = new Set<number>();

  add(line: number, edit: Edit): void {
    this.inline.set(line, [...(this.inline.get(line) ?? []), edit]);
  }

  remove(start: number, end: number): void {
    for (let line = start; line <= end; line++) this.removed.add(line);
  }

  apply(line: number, text: string): string {
    const whole = this.replaced.get(line);
    if (whole !== undefined) return whole;
    // Right to left, so each column still points where the tree said.
    const edits = [...(this.inline.get(line) ?? [])].sort((a, b) => b.column - a.column);
    return edits.reduce(
      (out, edit) => out.slice(0, edit.column) + edit.text + out.slice(edit.column + edit.length),
      text,
    );
  }
}

/**
 * Heading edits: every heading moves down one level when the body (its title removed) has a `#`
 * heading, so the body starts at `##` under the page's own title. A top-level setext heading
 * (text underlined with === or ---) becomes an ATX one (`## Text`), which editors can read as a heading.
 */
function editHeadings(
  tree: Root,
  body: string,
  lines: readonly string[],
  edits: Edits,
  drop?: { start: number; end: number },
): { shift: number; topLevel: Set<number> } {
  const headings: Array<{ heading: Heading; topLevel: boolean }> = [];
  for (const { node, parent } of walk(tree)) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading' && !(drop && line >= drop.start && line <= drop.end))
      headings.push({ heading: node, topLevel: parent?.type === 'root' });
  }
  const shift = headings.some(({ heading }) => heading.depth === 1) ? 1 : 0;
  const topLevelLines = new Set<number>();
  for (const { heading, topLevel } of headings) {
    if (topLevel) topLevelLines.add(heading.position!.start.line);
    const { start, end } = heading.position!;
    const depth = Math.min(6, heading.depth + shift);
    const atx = lines[start.line - 1]!.startsWith('#', start.column - 1);
    if (atx) {
      if (depth !== heading.depth)
        edits.add(start.line, { column: start.column - 1, length: heading.depth, text: '#'.repeat(depth) });
      continue;
    }
    const first = heading.children[0]?.position?.start.offset;
    const last = heading.children.at(-1)?.position?.end.offset;
    if (!topLevel || first === undefined || last === undefined) continue;
    const content = body
      .slice(first, last)
      .split('\n')
      .map((part) => part.trim())
      .join(' ');
    edits.replaced.set(start.line, `${'#'.repeat(depth)} ${content}`);
    edits.remove(start.line + 1, end.line);
  }
  return { shift, topLevel: topLevelLines };
}

/** `*` and `+` bullets become `-`, the one marker the other sources use. */
function editBullets(tree: Root, lines: readonly string[], edits: Edits): number {
  let count = 0;
  for (const { node } of walk(tree)) {
    if (node.type !== 'list' || node.ordered) continue;
    for (const item of node.children) {
      const start = item.position?.start;
      if (!start) continue;
      const marker = lines[start.line - 1]?.[start.column - 1];
      if (marker !== '*' && marker !== '+') continue;
      edits.add(start.line, { column: start.column - 1, length: 1, text: '-' });
      count++;
    }
  }
  return count;
}

/** 1-based lines inside code blocks, whose spacing is content and stays exactly as it is. */
function codeLines(tree: Root, count: number): Uint8Array {
  const code = new Uint8Array(count + 2);
  for (const { node } of walk(tree)) {
    if (node.type !== 'code' || !node.position) continue;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) code[line] = 1;
  }
  return code;
}

/**
 * Normalises an article body (already LF-only) to clean Markdown: removes the lines in `drop` (the
 * title), moves headings down so the body starts at `##`, turns `*`/`+` bullets into `-`, trims
 * trailing spaces, collapses runs of blank lines and sets top-level headings between blank lines,
 * leaving code blocks and every other character as they are. Works line by line from one parse,
 * so it stays linear on a long text.
 */
export function normaliseBody(body: string, tree: Root, drop?: { start: number; end: number }): NormalisedBody {
  const lines = body.split('\n');
  const edits = new Edits();
  if (drop) edits.remove(drop.start, drop.end);
  const headings = editHeadings(tree, body, lines, edits, drop);
  const bullets = editBullets(tree, lines, edits);
  const code = codeLines(tree, lines.length);
  const out: string[] = [];
  let afterHeading = false;
  lines.forEach((original, index) => {
    const line = index + 1;
    if (edits.removed.has(line)) return;
    const text = code[line] ? edits.apply(line, original) : trimTrailingBlanks(edits.apply(line, original));
    const blank = text === '' && !code[line];
    // No blank line at the start, and never two in a row.
    if (blank && (out.length === 0 || out[out.length - 1] === '')) return;
    // A top-level heading stands between blank lines, as in the other sources. (Only top-level:
    // a blank line would end a blockquote the heading is in.)
    const heading = headings.topLevel.has(line);
    if (!blank && (heading || afterHeading) && out.length > 0 && out[out.length - 1] !== '') out.push('');
    afterHeading = heading;
    out.push(text);
  });
  while (out.length && out[out.length - 1] === '') out.pop();
  return { text: `${out.join('\n')}\n`, headingShift: headings.shift, bullets };
}

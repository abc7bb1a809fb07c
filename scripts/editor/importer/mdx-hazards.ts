import type { Root } from 'mdast';
import { parseMarkdown } from '../../../src/lib/text/markdown.ts';
import { walk } from './mdast-text.ts';

// `{`/`}` open and close a JavaScript expression in MDX; `<` before a letter, `/`, `!` or `>` opens
// a JSX tag — so `Vec<T>`, `<br>`, `<!-- -->` and `<https://…>` all stop the page from compiling.
const HAZARD = /[{}]|<(?=[A-Za-z/!>])/;

/** Offset ranges of code spans and blocks, where MDX reads `{` and `<` as text. Ascending. */
function codeRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { node } of walk(tree)) {
    if (
      (node.type === 'code' || node.type === 'inlineCode') &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      ranges.push([node.position.start.offset, node.position.end.offset]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

// A line MDX reads as JavaScript: `import`/`export` at the start of a line, then a space, `{` or `*`.
const ESM_LINE = /^(?:import|export)(?=[\s{*])/gm;

/** Character references for the first letter of an ESM keyword: rendered as the letter, never run. */
const ESM_FIRST_LETTER: Record<string, string> = { i: '&#105;', e: '&#101;' };

/**
 * Bare addresses (https://… or www.…, GFM autolink literals) with a `<`, `{` or `}` in them or right
 * after them, written out as [text](address). GFM takes a backslash after or inside such an address
 * into the address, so `https://x/a\<b>` would leave `<b>` live; after an explicit link the
 * escapes hold, and the page shows the same text linking to the same address.
 */
function relinkBareAddresses(body: string, tree: Root): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { node } of walk(tree)) {
    if (node.type !== 'link') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || body[start] === '[' || body[start] === '<') continue;
    const shown = body.slice(start, end);
    if (!/[{}<]/.test(shown + (body[end] ?? ''))) continue;
    const address = node.url.replace(
      /[()\s<>{}\\]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
    edits.push({ start, end, text: `[${shown.replace(/[[\]\\{}<]/g, '\\$&')}](${address})` });
  }
  // One pass over the body in order, not a copy of the whole body per edit: linear in edits.
  edits.sort((x, y) => x.start - y.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(body.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/** The part of a long line around `column`, cut at word boundaries so it never starts or ends mid-word. */
function excerptAround(text: string, column: number, radius = 25): string {
  if (text.length <= 2 * radius + 10) return text.trim();
  let start = Math.max(0, column - radius);
  let end = Math.min(text.length, column + radius);
  // Move the cut outwards to the nearest space, so the excerpt starts and ends with whole words.
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** One line where the importer escaped characters MDX would have read as code. */
export interface MdxEscape {
  /** 1-based line in the body. */
  line: number;
  /** The line as the reader sees it (unescaped), or its part around the first escape. */
  excerpt: string;
  /** What was escaped on that line, in order of first appearance, e.g. ['<', '{'] or ['import']. */
  characters: string[];
}

/**
 * Escapes text MDX would read as code or markup: braces and tag-like `<` outside code get a
 * backslash (`\{`, `\<`), which renders as the character itself, and an `import`/`export` at the
 * start of a line gets its first letter as a character reference (`&#105;mport`), so the page shows
 * the article's text verbatim and the quote check still finds it. Code spans and blocks are left
 * alone. Linear in the text.
 */
export function escapeMdxHazards(input: string, inputTree: Root): { text: string; escapes: MdxEscape[] } {
  const body = relinkBareAddresses(input, inputTree);
  const tree = body === input ? inputTree : parseMarkdown(body);
  const ranges = codeRanges(tree);
  const escapes: MdxEscape[] = [];
  const parts: string[] = [];
  let range = 0;
  let line = 1;
  let counted = 0;
  let copied = 0;
  const hazards = new RegExp(`${HAZARD.source}|${ESM_LINE.source}`, 'gm');
  for (let match = hazards.exec(body); match; match = hazards.exec(body)) {
    const at = match.index;
    while (range < ranges.length && ranges[range]![1] <= at) range++;
    if (range < ranges.length && ranges[range]![0] <= at) continue;
    if (body[at - 1] === '\\') continue;
    for (let i = counted; i < at; i++) if (body.charCodeAt(i) === 10) line++;
    counted = at;
    parts.push(body.slice(copied, at));
    const keyword = match[0].length > 1;
    if (keyword) {
      parts.push(ESM_FIRST_LETTER[match[0][0]!]!);
      copied = at + 1;
    } else {
      parts.push('\\');
      copied = at;
    }
    const last = escapes.at(-1);
    if (last?.line === line) {
      if (!last.characters.includes(match[0])) last.characters.push(match[0]);
      continue;
    }
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = body.indexOf('\n', at);
    escapes.push({
      line,
      excerpt: excerptAround(body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd), at - lineStart),
      characters: [match[0]],
    });
  }
  parts.push(body.slice(copied));
  return { text: parts.join(''), escapes };
}

import type { Root } from 'mdast';
import { walk } from './mdast-text.ts';

/** A line of the body that MDX would read as code or as a tag, not as text. */
export interface MdxHazard {
  /** 1-based line in the body. */
  line: number;
  /** The characters at fault and a little context, e.g. "Vec<T>" or "{ id: 1 }". */
  excerpt: string;
  /** What the editor can do about it. */
  fix: string;
}

// `{`/`}` open and close a JavaScript expression in MDX; `<` before a letter, `/`, `!` or `>` opens
// a JSX tag — so `Vec<T>`, `<br>`, `<!-- -->` and `<https://…>` all stop the page from compiling.
const HAZARD = /[{}]|<(?=[A-Za-z/!>])/;

/** Offset ranges of code spans and blocks, where MDX reads `{` and `<` as text. Ascending. */
function codeRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { node } of walk(tree)) {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * Finds text MDX would not compile as text: braces and tag-like `<` outside code. These are
 * reported, not escaped, so the body stays the article's text character for character; the fix is
 * a backslash (`\{`, `\<`) or backticks around code. One entry per line. Linear in the text.
 */
export function findMdxHazards(body: string, tree: Root): MdxHazard[] {
  const ranges = codeRanges(tree);
  const found: MdxHazard[] = [];
  let range = 0;
  let line = 1;
  let counted = 0;
  let lastLine = 0;
  const hazards = new RegExp(HAZARD, 'g');
  for (let match = hazards.exec(body); match; match = hazards.exec(body)) {
    const at = match.index;
    while (range < ranges.length && ranges[range]![1] <= at) range++;
    if (range < ranges.length && ranges[range]![0] <= at) continue;
    if (body[at - 1] === '\\') continue;
    for (let i = counted; i < at; i++) if (body.charCodeAt(i) === 10) line++;
    counted = at;
    if (line === lastLine) continue;
    lastLine = line;
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = body.indexOf('\n', at);
    const text = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
    // A short line is shown whole, a long one around the first character at fault.
    const column = at - lineStart;
    const excerpt = (text.length <= 60 ? text : text.slice(Math.max(0, column - 25), column + 25)).trim();
    const fix = match[0] === '<' ? 'write \\< instead of <, or put code in `backticks`' : 'write \\{ and \\} instead of { and }, or put code in `backticks`';
    found.push({ line, excerpt, fix });
  }
  return found;
}

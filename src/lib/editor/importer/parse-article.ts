import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../../text/markdown.ts';

/** Articles up to twice this size are parsed whole; longer ones in pieces of about this size. */
const CHUNK_SIZE = 48_000;

/** Where a piece of a long text starts: its offset and its 1-based line. */
export interface ChunkStart {
  offset: number;
  line: number;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const RAW_HTML = /^ {0,3}<(script|pre|style|textarea)[\s>]/i;

/**
 * Where a long text can be cut into pieces that parse alone as they parse together: at a line that
 * starts flush left after a blank line (so it starts a new top-level block), outside fenced code,
 * HTML comments and <pre>/<script>/<style>/<textarea> blocks, which may contain blank lines. Each
 * piece is at least `size` characters, except the last.
 */
export function chunkStarts(text: string, size = CHUNK_SIZE): ChunkStart[] {
  const starts: ChunkStart[] = [{ offset: 0, line: 1 }];
  let fence: string | undefined;
  let closing: string | undefined; // what ends the HTML block we are in
  let previousBlank = false;
  let offset = 0;
  for (let line = 1; offset <= text.length; line++) {
    const end = text.indexOf('\n', offset);
    const next = end < 0 ? text.length + 1 : end + 1;
    const content = text.slice(offset, end < 0 ? text.length : end);
    const blank = content.trim() === '';
    const last = starts[starts.length - 1]!;
    if (!fence && !closing && previousBlank && !blank && !/^\s/.test(content) && offset - last.offset >= size) starts.push({ offset, line });
    if (fence) {
      const marker = FENCE.exec(content)?.[1];
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && content.trim() === marker) fence = undefined;
    } else if (closing) {
      if (content.toLowerCase().includes(closing)) closing = undefined;
    } else {
      fence = FENCE.exec(content)?.[1];
      const tag = RAW_HTML.exec(content)?.[1];
      if (/^ {0,3}<!--/.test(content)) closing = content.includes('-->') ? undefined : '-->';
      else if (tag) closing = content.toLowerCase().includes(`</${tag.toLowerCase()}>`) ? undefined : `</${tag.toLowerCase()}>`;
    }
    previousBlank = blank;
    offset = next;
  }
  return starts;
}

function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

/**
 * Parses an article into mdast (remark-parse + remark-gfm), with positions in `text`. micromark's
 * time grows faster than the text does, so a long text is parsed in pieces cut at block
 * boundaries and the pieces' trees joined: a 5 MB file takes seconds instead of minutes.
 * (A link reference defined in one piece and used in another is then left unresolved, as text.)
 */
export function parseArticle(text: string, size = CHUNK_SIZE): Root {
  if (text.length <= size * 2) return parseMarkdown(text);
  const starts = chunkStarts(text, size);
  const root: Root = { type: 'root', children: [] };
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.offset ?? text.length;
    const piece = parseMarkdown(text.slice(start.offset, end));
    for (const child of piece.children) {
      shift(child, start.line - 1, start.offset);
      root.children.push(child);
    }
  });
  return root;
}

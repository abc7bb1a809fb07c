import type { Heading, Root } from 'mdast';
import { headingText, linesOf, plainText } from './mdast-text.ts';

/** A first line longer than this is a paragraph, not a headline. */
const MAX_TITLE_LINE = 150;

/** Where the title came from, for the report. */
export type TitleSource = 'option' | 'front matter' | 'heading' | 'first line';

/** The article's title, and the body lines that state it (which the importer removes). */
interface FoundTitle {
  title: string;
  from: TitleSource;
  /** 1-based lines of the body to remove, first and last, when the body states the title. */
  drop?: { start: number; end: number };
}

/** The title found, or why none was. */
export type TitleResult = { ok: true; found: FoundTitle } | { ok: false; message: string };

function titleHeading(tree: Root): Heading | undefined {
  const [first] = tree.children;
  if (first?.type === 'heading' && first.depth === 1) return first;
  // One `#` heading after some page furniture is still the title; several are the sections.
  const tops = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return tops.length === 1 ? tops[0] : undefined;
}

/**
 * The title of an article: the one given (by --title or the front matter), else its `#` heading,
 * else its first line when that is short enough to be a headline. A `#` heading opening the body
 * states the title and is marked for removal even when the title came from elsewhere, because the
 * site prints the title above the body.
 */
export function findTitle(
  tree: Root,
  body: string,
  given?: { title: string; from: 'option' | 'front matter' },
): TitleResult {
  const heading = titleHeading(tree);
  if (given) {
    const opening = tree.children[0] === heading && heading ? { drop: linesOf(heading) } : {};
    return { ok: true, found: { title: given.title, from: given.from, ...opening } };
  }
  const fromHeading = heading && headingText(heading, body);
  if (heading && fromHeading)
    return { ok: true, found: { title: fromHeading, from: 'heading', drop: linesOf(heading) } };
  const [first] = tree.children;
  const line = first?.type === 'paragraph' ? plainText(first, body).split('\n')[0]!.trim() : '';
  if (line && line.length <= MAX_TITLE_LINE) {
    const at = linesOf(first!).start;
    return { ok: true, found: { title: line, from: 'first line', drop: { start: at, end: at } } };
  }
  // A `##` heading opening the text is more likely its first section than its headline: ask.
  const why = !first
    ? 'empty'
    : first.type === 'heading'
      ? `a level-${first.depth} heading ("${headingText(first, body)}"), which may be a section rather than the headline`
      : line
        ? `a ${line.length}-character paragraph, not a headline`
        : `a ${first.type}, not a headline`;
  return {
    ok: false,
    message: `cannot tell the article’s title: it has no front matter title and no # heading, and its first line is ${why}. Add --title "<the article’s headline>"`,
  };
}

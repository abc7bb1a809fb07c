// Sentences of an article's prose, as the verbatim rule reads them: one paragraph or list item
// at a time, in the plain text a reader sees, so a sentence copied from here is a valid quote.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** One sentence of the body, with the body line its block starts on. */
export interface BodySentence {
  text: string;
  line: number;
  /** The headings the sentence sits under, outermost first: they often name the language or topic. */
  headings: string[];
  /** Whether the sentence is (in) a list item, where fragments such as "Prevents data races" are positions. */
  listItem: boolean;
}

// Intl.Segmenter (ICU's sentence rules) splits after these too; a sentence does not end there.
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|vs|etc|approx|Dr|Mr|Mrs|Ms|Inc|Ltd|No|Fig|cf)\.\s*$/i;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a block's text into sentences, keeping their punctuation and words exactly as written. */
export function splitIntoSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (ABBREVIATION.test(pending)) continue;
    if (pending.trim()) sentences.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}

/**
 * The sentences of the body's paragraphs (list items and block quotes included), in order.
 * Headings, tables and code are left out: headings are not positions, tables are lifted into
 * `tables:` by the importer, and code is not prose.
 */
export function bodySentences(tree: Root): BodySentence[] {
  const sentences: BodySentence[] = [];
  const headings: string[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      headings.length = Math.max(0, node.depth - 1);
      headings[node.depth - 1] = toString(node);
      return SKIP;
    }
    if (node.type === 'table' || node.type === 'code' || node.type === 'html') return SKIP;
    if (node.type !== 'paragraph') return undefined;
    const line = node.position?.start.line ?? 1;
    const context = { headings: headings.filter(Boolean), listItem: parent?.type === 'listItem' };
    // A line break inside a paragraph usually separates items the page laid out as lines.
    toString(node)
      .split(/[ \t]*\n\s*/)
      .forEach((part, offset) => {
        for (const text of splitIntoSentences(part)) sentences.push({ text, line: line + offset, ...context });
      });
    return SKIP;
  });
  return sentences;
}

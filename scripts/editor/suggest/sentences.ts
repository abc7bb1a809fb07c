// Sentences of an article's prose, as the verbatim rule reads them: one paragraph or list item
// at a time, in the plain text a reader sees, so a sentence copied from here is a valid quote.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { trimTrailingBlanks } from '../../../src/lib/text/normalise.ts';

/** One sentence of the body, with the body line its block starts on. */
export interface BodySentence {
  text: string;
  line: number;
  /** The headings the sentence sits under, outermost first: they often name the language or topic. */
  headings: string[];
  /** Whether the sentence is (in) a list item, where fragments such as "Prevents data races" are positions. */
  listItem: boolean;
  /**
   * For a list item, what introduces its list: the short paragraph just before it ("**Go excels
   * at:**", "Use Rust when:") or, when the list follows a heading directly, that heading.
   */
  lead?: string;
}

// Intl.Segmenter (ICU's sentence rules) splits after these too; a sentence does not end there.
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|vs|etc|approx|Dr|Mr|Mrs|Ms|Inc|Ltd|No|Fig|cf)\.\s*$/i;

/** Longer than the longest abbreviation with its dot and the space before it ("approx." is 7). */
const ABBREVIATION_TAIL = 9;

/** A lead-in is a line, not a paragraph of argument. */
const MAX_LEAD_CHARS = 120;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a block's text into sentences, keeping their punctuation and words exactly as written. */
export function splitIntoSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    // Only the end of `pending` can end in an abbreviation: testing the whole of a text that
    // grows by one segment at a time would be quadratic ("Go vs. Go vs. …").
    const end = pending.trimEnd();
    if (ABBREVIATION.test(end.length > ABBREVIATION_TAIL ? end.slice(-ABBREVIATION_TAIL) : end)) continue;
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
  const leads = new WeakMap<object, string>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'list' && parent && index !== undefined) {
      const before = parent.children[index - 1];
      const text = before && (before.type === 'paragraph' || before.type === 'heading') ? toString(before).trim() : '';
      const isLead =
        before?.type === 'heading' ||
        (text.length > 0 &&
          text.length <= MAX_LEAD_CHARS &&
          (text.endsWith(':') ||
            (before?.type === 'paragraph' && before.children.every((child) => child.type === 'strong'))));
      if (isLead) for (const item of node.children) leads.set(item, text);
      return undefined;
    }
    if (node.type === 'heading') {
      headings.length = Math.max(0, node.depth - 1);
      headings[node.depth - 1] = toString(node);
      return SKIP;
    }
    if (node.type === 'table' || node.type === 'code' || node.type === 'html') return SKIP;
    if (node.type !== 'paragraph') return undefined;
    const line = node.position?.start.line ?? 1;
    const lead = parent?.type === 'listItem' ? leads.get(parent) : undefined;
    const context = {
      headings: headings.filter(Boolean),
      listItem: parent?.type === 'listItem',
      ...(lead ? { lead } : {}),
    };
    // A line break inside a paragraph usually separates items the page laid out as lines.
    // Split at each newline with the whitespace after it, then trim the spaces before it: one
    // regex doing both (/[ \t]*\n\s*/) retries every space of a long run, quadratic.
    const parts = toString(node).split(/\n\s*/);
    parts
      .map((part, i) => (i < parts.length - 1 ? trimTrailingBlanks(part) : part))
      .forEach((part, offset) => {
        for (const text of splitIntoSentences(part)) sentences.push({ text, line: line + offset, ...context });
      });
    return SKIP;
  });
  return sentences;
}

import { distance } from 'fastest-levenshtein';
import { CLOSEST_PASSAGE_BUDGET } from './limits.ts';
import { parseMarkdown, toPlainText } from './markdown.ts';
import { normaliseText, splitSentences } from './normalise.ts';
import { oversizedParagraph } from './prose-only.ts';

/** An article's text prepared for verbatim matching: normalised, and split into sentences. */
export interface SearchableText {
  normalised: string;
  sentences: string[];
}

/**
 * Prepares Markdown (a body or a capture) for quote matching. Text with a paragraph over the
 * paragraph limit is matched as it stands, unparsed: the Markdown parser's time grows with the
 * square of a paragraph's length, and such a body is refused by the prose-only rule anyway.
 */
export function searchable(markdown: string): SearchableText {
  const plain = oversizedParagraph(markdown) === undefined ? toPlainText(parseMarkdown(markdown)) : markdown;
  return { normalised: normaliseText(plain), sentences: splitSentences(plain).map(normaliseText) };
}

/** True when `quote` appears verbatim in the text, after normalising both. */
export function containsVerbatim(text: SearchableText, quote: string): boolean {
  const needle = normaliseText(quote);
  return needle.length > 0 && text.normalised.includes(needle);
}

/** How many characters of the quote and of each passage the closest-passage search compares. */
const COMPARED_CHARS = 600;

/**
 * What each candidate passage costs beyond its Levenshtein cells (taking, joining and cutting its
 * sentences), in cells: so a text of two-character sentences cannot make a million candidates.
 */
const CANDIDATE_COST = 100;

/** Levenshtein cells left to spend on closest-passage hints: one per file, shared by its quotes. */
export interface PassageBudget {
  cells: number;
}

/**
 * The run of sentences in the text most like `quote`: what the editor probably meant to copy.
 * Bounded: only the first COMPARED_CHARS characters of each are compared, and the search stops
 * with the best so far once `perQuote` cells are spent, or the file's `budget` is, so a long quote
 * that is not in a long article, or a thousand quotes that are not, cost a fixed time, not a minute.
 */
export function closestPassage(
  text: SearchableText,
  quote: string,
  perQuote = CLOSEST_PASSAGE_BUDGET,
  budget: PassageBudget = { cells: perQuote },
): string | undefined {
  const needle = normaliseText(quote).slice(0, COMPARED_CHARS);
  const size = Math.max(1, splitSentences(quote).length);
  const limit = Math.min(perQuote, budget.cells);
  let best: string | undefined;
  let bestDistance = Infinity;
  let spent = 0;
  for (let start = 0; start < text.sentences.length && spent < limit; start++) {
    for (let length = Math.max(1, size - 1); length <= size + 1 && start + length <= text.sentences.length; length++) {
      const candidate = text.sentences
        .slice(start, start + length)
        .join(' ')
        .slice(0, COMPARED_CHARS);
      spent += needle.length * candidate.length + CANDIDATE_COST;
      const d = distance(needle, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  budget.cells -= spent;
  return best;
}

/**
 * Whole-word matching of quotes. A quote found verbatim can still be cut inside a word: "lower
 * compilation" is in "Slower compilation", and "guarantee" is in "guarantees", and either cut
 * changes what the article says. A quote must begin and end where the passage's words do. Both
 * texts are compared as `normaliseText` leaves them.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether the character at `at` belongs to a word: a letter, digit or combining mark, or an
 * apostrophe inside a word ("don't", "Go's"), so a quote cannot start at "t" of "don't" either.
 */
function inWord(text: string, at: number): boolean {
  const char = text[at];
  if (char === undefined) return false;
  if (WORD_CHAR.test(char)) return true;
  return char === "'" && WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '');
}

/** The whole word of `text` around index `at`. */
function wordAround(text: string, at: number): string {
  let start = at;
  let end = at + 1;
  while (start > 0 && inWord(text, start - 1)) start--;
  while (end < text.length && inWord(text, end)) end++;
  return text.slice(start, end);
}

/** Where a quote is cut inside a word of the passage: which end, the quote's word and the passage's. */
export interface WordCut {
  edge: 'start' | 'end';
  /** The quote's first or last word, as the quote has it. */
  quoted: string;
  /** The whole word of the passage it was cut from. */
  word: string;
}

/**
 * Markdown's inline markers are not boundaries: in a raw body, "S**lower compilation**" reads
 * "Slower compilation", so the neighbour of a quote is looked for past them.
 */
const MARKUP = new Set(['*', '_', '~', '`', '\\']);

/** How many markup characters a neighbour is looked for past: a run of them is not a word. */
const MARKUP_RUN = 8;

/**
 * The index of the nearest character before `at` (step -1) or from `at` on (step 1) that is not
 * markup, looking past at most MARKUP_RUN of them, so a text of asterisks costs linear time.
 */
function neighbour(text: string, at: number, step: -1 | 1): number {
  for (let skipped = 0; skipped < MARKUP_RUN && at >= 0 && at < text.length && MARKUP.has(text[at]!); skipped++)
    at += step;
  return at;
}

/**
 * How many occurrences of a quote are tried for one on whole words: a quote repeated thousands of
 * times in a hostile body is judged by its first ones, in bounded time.
 */
const MAX_OCCURRENCES = 1000;

/** Where an occurrence of a quote at `start` cuts a word of `text`, if it does. */
function cutAt(text: string, quote: string, start: number): WordCut | undefined {
  const end = start + quote.length;
  const before = neighbour(text, start - 1, -1);
  if (inWord(text, before) && inWord(text, start))
    return { edge: 'start', quoted: wordAround(quote, 0), word: wordAround(text, start) };
  const after = neighbour(text, end, 1);
  if (inWord(text, after) && inWord(text, end - 1))
    return { edge: 'end', quoted: wordAround(quote, quote.length - 1), word: wordAround(text, end - 1) };
  return undefined;
}

/**
 * Finds `quote` in `text` on word boundaries. `found: false` when it is not in the text at all;
 * otherwise `cut` is undefined when some occurrence begins and ends on whole words, and else names
 * the word the first occurrence cuts. Punctuation at either end of a quote (a full stop, a
 * quotation mark, an ellipsis the article has) is a boundary of its own.
 */
export function findWholeWords(text: string, quote: string): { found: false } | { found: true; cut?: WordCut } {
  if (!quote) return { found: false };
  let first: WordCut | undefined;
  let found = false;
  let tried = 0;
  for (let at = text.indexOf(quote); at >= 0 && tried < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1), tried++) {
    found = true;
    const cut = cutAt(text, quote, at);
    if (!cut) return { found: true };
    first ??= cut;
  }
  return found ? { found: true, ...(first ? { cut: first } : {}) } : { found: false };
}

/** The problem with a cut, in an editor's words, e.g. `begins mid-word: "lower" is cut from the article's "Slower"`. */
export function describeCut(cut: WordCut): string {
  return cut.edge === 'start'
    ? `this quote begins mid-word: its first word "${cut.quoted}" is cut from the article's "${cut.word}"`
    : `this quote ends mid-word: its last word "${cut.quoted}" is cut from the article's "${cut.word}"`;
}

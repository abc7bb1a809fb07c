/**
 * Normalising text for comparison: a quote counts as verbatim when it matches the article after
 * whitespace is collapsed and typographic punctuation is folded to ASCII, so an editor's straight
 * quotes or a capture's non-breaking spaces never cause a false alarm — but a changed word does.
 */
const FOLDS: ReadonlyArray<[chars: string, replacement: string]> = [
  ['\u2018\u2019\u201A\u201B\u2032\u0060\u00B4', "'"],
  ['\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB', '"'],
  ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-'],
  ['\u2026', '...'],
  ['\u00A0\u2007\u202F\u2009\u200A', ' '],
  ['\u200B\u200C\u200D\uFEFF', ''],
];

/** Each typographic character and what it folds to; built once, looked up per character. */
const FOLD = new Map(FOLDS.flatMap(([chars, replacement]) => [...chars].map((char) => [char, replacement] as const)));
const FOLD_PATTERN = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/** Folds typographic quotes, dashes, ellipses and odd spaces, then collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(FOLD_PATTERN, (char) => FOLD.get(char) ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

const WHITESPACE = /\s/;

/**
 * `normaliseText` that also records, for each character of the result, the index of the
 * character of `text` it came from, so a match in normalised text can be found in the original.
 */
function normaliseWithMap(text: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = true; // no leading space
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const folded = FOLD.get(char) ?? char;
    for (const piece of folded) {
      if (WHITESPACE.test(piece)) {
        if (lastWasSpace) continue;
        out.push(' ');
        lastWasSpace = true;
      } else {
        out.push(piece);
        lastWasSpace = false;
      }
      map.push(i);
    }
  }
  if (out.at(-1) === ' ') {
    out.pop();
    map.pop();
  }
  return { text: out.join(''), map };
}

/**
 * A finder of quotes in `text`: normalises `text` once, so locating every quote of an article
 * costs one pass over it, not one per quote (the build profile showed the per-quote pass dominating).
 */
export function quoteLocator(text: string): (quote: string) => { start: number; end: number } | undefined {
  let haystack: { text: string; map: number[] } | undefined;
  return (quote) => {
    const needle = normaliseText(quote);
    if (!needle) return undefined;
    haystack ??= normaliseWithMap(text);
    const at = haystack.text.indexOf(needle);
    if (at < 0) return undefined;
    return { start: haystack.map[at]!, end: haystack.map[at + needle.length - 1]! + 1 };
  };
}

/** Where `quote` occurs in `text`, as [start, end) indexes into `text`, comparing normalised forms. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | undefined {
  return quoteLocator(text)(quote);
}

/** Splits plain text into sentences, keeping their punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Normalising text for comparison: a quote counts as verbatim when it matches the article after
 * whitespace is collapsed and typographic punctuation is folded to ASCII, so an editor's straight
 * quotes or a capture's non-breaking spaces never cause a false alarm — but a changed word does.
 */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2007\u202F\u2009\u200A]/g, ' '],
  [/[\u200B\u200C\u200D\uFEFF]/g, ''],
];

/** Folds typographic quotes, dashes, ellipses and odd spaces, then collapses whitespace. */
export function normaliseText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/** Splits plain text into sentences, keeping their punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

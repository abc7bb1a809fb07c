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
/** The same, keyed by UTF-16 code unit (every typographic character above is one unit). */
const FOLD_CODES = new Map([...FOLD].map(([char, replacement]) => [char.charCodeAt(0), replacement]));
const FOLD_PATTERN = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/** Folds typographic quotes, dashes, ellipses and odd spaces, then collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(FOLD_PATTERN, (char) => FOLD.get(char) ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a UTF-16 code unit is whitespace as the RegExp `\s` class counts it. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `normaliseText` that also records, for each character of the result, the index of the
 * character of `text` it came from, so a match in normalised text can be found in the original.
 * Written over typed arrays: it runs on every article in the build, and a JavaScript array of
 * characters and one of indexes per article was a large share of the build's garbage.
 */
function normaliseWithMap(text: string): { text: string; map: Int32Array } {
  // A fold adds at most two characters ('…' → '...').
  let capacity = text.length;
  for (let at = text.indexOf('\u2026'); at >= 0; at = text.indexOf('\u2026', at + 1)) capacity += 2;
  const out = new Uint16Array(capacity);
  const map = new Int32Array(capacity);
  let length = 0;
  let lastWasSpace = true; // no leading space
  const put = (code: number, from: number) => {
    if (isSpace(code)) {
      if (lastWasSpace) return;
      code = 0x20;
      lastWasSpace = true;
    } else lastWasSpace = false;
    out[length] = code;
    map[length++] = from;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLD_CODES.get(code);
    if (folded === undefined) put(code, i);
    else for (let p = 0; p < folded.length; p++) put(folded.charCodeAt(p), i);
  }
  if (length > 0 && out[length - 1] === 0x20) length--;
  return { text: fromCodes(out, length, text.isWellFormed()), map: map.subarray(0, length) };
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The string of the first `length` code units. The decoder is exact only for well-formed text (it
 * would replace a lone surrogate), so `wellFormed` says whether the text they came from was:
 * folding and collapsing spaces never split a surrogate pair.
 */
function fromCodes(codes: Uint16Array, length: number, wellFormed: boolean): string {
  if (wellFormed) return UTF16.decode(codes.subarray(0, length));
  let text = '';
  for (let at = 0; at < length; at += 8192)
    text += String.fromCharCode(...codes.subarray(at, Math.min(at + 8192, length)));
  return text;
}

/**
 * A finder of quotes in `text`: normalises `text` once, so locating every quote of an article
 * costs one pass over it, not one per quote (the build profile showed the per-quote pass dominating).
 */
export function quoteLocator(text: string): (quote: string) => { start: number; end: number } | undefined {
  let haystack: ReturnType<typeof normaliseWithMap> | undefined;
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

/**
 * The text without its trailing spaces and tabs. A loop from the end, not /[ \t]+$/, which tries
 * every space of a long run and fails at the text after it: quadratic on a line of spaces.
 */
export function trimTrailingBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

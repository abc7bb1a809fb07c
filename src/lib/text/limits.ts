// The sizes content may reach. Each is far above what a real article needs and far below what
// would make the check or the build slow, run out of memory, or fail on a file name. SECURITY.md
// lists them; each refusal names the limit it broke.

/** A source file (front matter and body), in bytes. */
export const MAX_SOURCE_BYTES = 1_000_000;
/** A capture (the article as saved), in bytes. */
export const MAX_CAPTURE_BYTES = 2_000_000;
/** A vocabulary (content/topics.yaml and the other YAML lists), in bytes. */
export const MAX_VOCABULARY_BYTES = 1_000_000;
/** The front matter of a source, in characters. */
export const MAX_FRONT_MATTER_CHARS = 200_000;
/** The values (strings, numbers, list and mapping entries) in a front matter or a vocabulary, YAML aliases expanded. */
export const MAX_FRONT_MATTER_VALUES = 100_000;
/** One quote, FAQ question or FAQ answer, in characters. */
export const MAX_QUOTE_CHARS = 2_000;
/**
 * A slug (the file name without .mdx), in characters. Build chunks are named after it with a
 * prefix and a hash, and a file name cannot pass 255 bytes.
 */
export const MAX_SLUG_CHARS = 80;
/** How many Levenshtein cells the "closest passage" hint may compute for one quote. */
export const CLOSEST_PASSAGE_BUDGET = 20_000_000;
/** How many the hints may compute for all the quotes of one file together: five quotes' worth. */
export const CLOSEST_PASSAGE_FILE_BUDGET = 100_000_000;

/** 1000000 → "1,000,000 bytes": exact, so a file just over a limit reads as over it. */
export function sizeWords(bytes: number): string {
  return `${bytes.toLocaleString('en')} bytes`;
}

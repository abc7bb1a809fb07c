// The site's tunables: how much each page shows by default, and when layouts switch. Counting
// rules and the consensus thresholds are not here: they are the rule book's (src/lib/rule-book.ts).
// Imported by the browser's search script too, so this module imports nothing.

/** Sources whose columns a topic page shows before the reader picks others: every independent one with evidence, then others with evidence, in order, up to this many. */
export const SOURCES_SHOWN_BY_DEFAULT = 3;

/**
 * Sources a case page of /choose/ shows in full (each one's advice with its passages, and each one's
 * own resolution with its quote), in source order; every later one is named with a link to its
 * passages on its own page, and every count still covers them all.
 */
export const CASE_SOURCES_IN_FULL = 10;

/** Other sources a contradiction card names under a side's quote; beyond these it says how many more. */
export const NAMED_ON_CARD = 5;

/** Contradictions the home page shows, firmest first; every one is on its topic page. */
export const CONTRADICTIONS_ON_HOME = 6;

/** How many of one source's matching claims (or answers) a search result lists; the best-matching first. */
export const SEARCH_SECTIONS_SHOWN = 5;

/**
 * When the home page's matrix is a real table rather than rows of chips: with at most `sources`
 * columns, from a viewport `minWidthRem` wide. Wider than every layout, or below its width, each
 * topic is a row of chips. Components/Matrix.astro's stylesheet spells each as a media query
 * (CSS cannot read these numbers); a unit test holds the two together.
 */
export const MATRIX_LAYOUTS = [
  { className: 'fits-6', sources: 6, minWidthRem: 60 },
  { className: 'fits-10', sources: 10, minWidthRem: 90 },
] as const;

/** The matrix layout for a number of source columns: the first that fits them, else chips. */
export function matrixLayout(columns: number): string {
  return MATRIX_LAYOUTS.find((layout) => columns <= layout.sources)?.className ?? 'chips';
}

/** The share of the shorter question's key terms the other must hold for two FAQ questions to be one question. */
export const SAME_QUESTION_SHARE = 3 / 4;

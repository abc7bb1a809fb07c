/**
 * The byte budgets of the built site, in one place. tests/site/budgets.test.ts checks every page
 * of dist/ against them; `npm run bench` reports the same measurements in bench/REPORT.md.
 *
 * Two budgets per page:
 *
 * 1. JavaScript. Content pages ship none: no <script> element (JSON data blocks such as JSON-LD
 *    are not scripts), no linked .js, no inline event handler. The exceptions are the search page
 *    (Pagefind's UI is JavaScript) and the side-by-side pages with the column picker (topics,
 *    verdicts, FAQ, tables), which may carry at most 2048 bytes (uncompressed: inline code plus
 *    linked files).
 *
 * 2. Markup overhead: gzip(HTML, less inline scripts) + gzip(every linked stylesheet), divided by
 *    gzip(the page's visible text). The target is 2. Measured on 2026-11-23 on the
 *    five-source site as of commit 1117978 plus that day's work in progress (search, column
 *    picker, CSP, feeds), by `npm run bench` (bench/REPORT.md lists every page):
 *
 *    | page type        | pages | ratio     | HTML only | budget |
 *    | ---------------- | ----- | --------- | --------- | ------ |
 *    | source page      | 5     | 2.07–2.77 | 1.68–1.96 | 3.25   |
 *    | verdicts         | 1     | 2.60      | 1.83      | 3      |
 *    | about            | 1     | 2.90      | 1.66      | 3.25   |
 *    | numbers          | 1     | 3.82      | 2.37      | 4.25   |
 *    | home (matrix)    | 1     | 4.25      | 2.64      | 4.75   |
 *    | sources index    | 1     | 5.28      | 2.37      | 6      |
 *    | faq              | 1     | 5.30      | 3.02      | 6      |
 *    | topics index     | 1     | 5.94      | 2.91      | 6.75   |
 *    | tables           | 1     | 6.36      | 3.46      | 7      |
 *    | topic page       | 16    | 3.71–8.07 | 2.44–4.46 | 9      |
 *    | not found (404)  | 1     | 7.87      | 3.21      | 8.75   |
 *    | search           | 1     | 10.26     | 4.45      | 11.5   |
 *
 *    Why 2 is out of reach except on the longest pages: every page pays a fixed cost before its
 *    first word of content, about 3.7 KB gzipped: the one stylesheet (2.8 KB, counted in full, as
 *    on a first visit), and a <head> of about 0.9 KB: the Content-Security-Policy <meta>, whose
 *    SHA-256 hashes do not compress, plus canonical, Open Graph, feed and sitemap links. On a page
 *    with 1.9 KB of compressed text that alone is a ratio of 2. On top of it, accessible markup
 *    costs bytes a reader does not see as text: each matrix cell and source link has an
 *    aria-label naming source and topic, tables have captions, scopes and scroll regions, every
 *    quote links to its passage. Dropping those to meet a byte ratio would make the pages worse,
 *    so each page type gets the ratio it has now plus 10 % headroom for copy edits, rounded up to
 *    a quarter. Growth beyond that fails the test: raise a page type's budget here, with the
 *    reason, or slim the markup.
 *
 *    A page matching no type below is held to the target, 2, and to no JavaScript: a new page
 *    type needs its own line.
 *
 *    What the budgets below carry: every page has a header with a search form and a menu that
 *    folds on phones, and one shared stylesheet (about 4.5 KB gzipped: the header, the rating
 *    and stance tags that work without colour, the consensus bars drawn by evidence strength,
 *    the grid and reading measure, print styles); styles used by one kind of page (charts,
 *    passage marks, picker, ledger) live in its components, so only its pages pay for them. The
 *    light pages (not found, search, verdicts, /choose/, source pages) feel the shared sheet
 *    most: their budgets were re-set by the rule above when it grew from about 3.4 KB.
 *
 *    Since bodies are compiled by @astrojs/mdx, which registers Astro's JSX renderer, Astro's
 *    policy also lists the hashes of its island script and style on every page (about 0.2 KB
 *    gzipped, hashes do not compress; no page hydrates an island, so none of them ever runs).
 *    Two page types went over by it and were re-set by the rule: numbers (4.79 → 5.5) and the
 *    case form landing (9.51 → 10.5).
 */

/** The target for gzip(HTML + CSS) ÷ gzip(visible text). */
export const RATIO_TARGET = 2;

/** Most JavaScript, uncompressed bytes, a page with a column picker may carry. */
const PICKER_JS_BYTES = 2048;

/**
 * Most JavaScript a page with the case form may carry: the form works without it, and with it
 * opens a case's page directly (0.6 KB measured).
 */
const CASE_FORM_JS_BYTES = 1024;

export interface PageType {
  name: string;
  /** Matches the page's address below the base path (`/`, `/topics/performance/`, …). */
  match: RegExp;
  /** Most gzip(HTML + CSS) ÷ gzip(visible text). */
  maxRatio: number;
  /** Most JavaScript in uncompressed bytes; 0 = no script at all; Infinity = no limit. */
  maxJsBytes: number;
}

/** First match wins. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'source page', match: /^\/sources\/[^/]+\/$/, maxRatio: 3.75, maxJsBytes: 0 },
  // Only the bottom lines (1.2 KB of gzipped text; the advice is on /choose/), so the fixed cost
  // of every page weighs more here: 6.03 measured, plus the usual 10 %.
  { name: 'verdicts', match: /^\/verdicts\/$/, maxRatio: 6.75, maxJsBytes: PICKER_JS_BYTES },
  // The decision guide and its case form: 3.06 measured with five sources; every quote is a passage link.
  { name: 'choose', match: /^\/choose\/$/, maxRatio: 3.5, maxJsBytes: CASE_FORM_JS_BYTES },
  // Where the case form lands: the questions' every case as a link, and little else. 8.47 measured
  // with five sources, plus the usual 10 %.
  { name: 'case form landing', match: /^\/choose\/case\/$/, maxRatio: 10.5, maxJsBytes: CASE_FORM_JS_BYTES },
  // A reader's case (one page per combination of answers): every piece of advice is a passage
  // link, each topic a consensus bar, and the case form, folded, is on the page. 3.64–4.73
  // measured over the 72 cases with five sources, plus the usual 10 %.
  { name: 'case', match: /^\/choose\/[a-z0-9-]+(?:\/[a-z0-9-]+)+\/$/, maxRatio: 5.25, maxJsBytes: CASE_FORM_JS_BYTES },
  { name: 'about', match: /^\/about\/$/, maxRatio: 3.75, maxJsBytes: 0 },
  { name: 'numbers', match: /^\/numbers\/$/, maxRatio: 5.5, maxJsBytes: 0 },
  { name: 'home', match: /^\/$/, maxRatio: 5.75, maxJsBytes: 0 },
  { name: 'sources index', match: /^\/sources\/$/, maxRatio: 6.75, maxJsBytes: 0 },
  { name: 'faq', match: /^\/faq\/$/, maxRatio: 6.75, maxJsBytes: PICKER_JS_BYTES },
  // Every topic's consensus bar and legend, little text. The ratio moves with the content, not only
  // the code: 7.60 with the five sources, 7.81 when a sixth (a long article with 15 fact-checks)
  // gives two thin topics enough sources for a drawn bar, 7.18 with twenty; the highest plus 10 %.
  { name: 'topics index', match: /^\/topics\/$/, maxRatio: 8.75, maxJsBytes: PICKER_JS_BYTES },
  { name: 'tables', match: /^\/tables\/$/, maxRatio: 7.75, maxJsBytes: PICKER_JS_BYTES },
  { name: 'topic page', match: /^\/topics\/[^/]+\/$/, maxRatio: 9, maxJsBytes: PICKER_JS_BYTES },
  // The fact-check ledger: 2.01 measured with 52 checks in five sources. Its filter
  // (src/scripts/ledger-filter.ts, about 1 KB inline) is a progressive enhancement like the picker.
  { name: 'checks', match: /^\/checks\/$/, maxRatio: 2.25, maxJsBytes: PICKER_JS_BYTES },
  // The corrections log: 2.38 measured with the 37 entries of the first editorial pass. An empty
  // log is all chrome (14.9, like the 404 page) and fails this on purpose: the page exists to list
  // corrections, and content/corrections.yaml has them.
  { name: 'corrections', match: /^\/corrections\/$/, maxRatio: 2.75, maxJsBytes: 0 },
  // Almost all chrome: a heading, a sentence and links back into the site.
  { name: 'not found', match: /^\/404(?:\.html|\/)$/, maxRatio: 12.25, maxJsBytes: 0 },
  // An app page: Pagefind's UI is JavaScript, and its text arrives with the results.
  { name: 'search', match: /^\/search\/$/, maxRatio: 14.75, maxJsBytes: Infinity },
];

/** Pages with no type of their own: the target, and no JavaScript. */
const DEFAULT_TYPE: PageType = { name: 'other page', match: /(?:)/, maxRatio: RATIO_TARGET, maxJsBytes: 0 };

export function pageType(path: string): PageType {
  return PAGE_TYPES.find((type) => type.match.test(path)) ?? DEFAULT_TYPE;
}

// The one module for the words and formats a reader sees: the site's name, stance, rating and
// kind words, days and figures. Pages, feeds, structured data and search records all use these.
import type { FactCheck } from '../../schemas/fact-check.ts';
import type { SourceData, SourceKind } from '../../schemas/source.ts';
import type { Stance } from '../../schemas/stance.ts';
import { DISCOUNTED_RATINGS } from '../rule-book.ts';

/** The site's name, in the header, titles, the feed and structured data. */
export const SITE_NAME = 'Go vs Rust, side by side';

/** The languages' names as readers see them. */
export const LANGUAGE_NAMES = { go: 'Go', rust: 'Rust' } as const;

/** A fact-check rating as a word. */
export const RATING_WORDS: Record<FactCheck['rating'], string> = {
  accurate: 'Accurate',
  misleading: 'Misleading',
  unsupported: 'Unsupported',
  inaccurate: 'Inaccurate',
};

/**
 * A fact-check rating's icon: its shape alone tells the ratings apart, so colour is never the
 * only cue. "Not checked" marks a figure whose claim has no fact-check.
 */
export const RATING_GLYPHS: Record<FactCheck['rating'] | 'unchecked', string> = {
  accurate: '✓',
  misleading: '!',
  unsupported: '?',
  inaccurate: '✗',
  unchecked: '–',
};

/** "a", "a or b", "a, b or c". */
export function eitherWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The ratings that take a vote away, in words: "inaccurate or misleading". */
export const DISCOUNTED_RATING_WORDS = eitherWords(
  [...DISCOUNTED_RATINGS].map((rating) => RATING_WORDS[rating].toLowerCase()),
);

/** The word for a claim the site has not fact-checked. */
export const UNCHECKED_WORD = 'Not checked';

/** The flag on evidence shown but not counted: the rule book takes its vote away. */
export const NOT_COUNTED_WORD = 'Not counted';

/** How a stance reads on the page: never colour alone, always a glyph and a word. */
export interface StanceLabel {
  /** A shape that tells stances apart without colour; empty where the word alone does. */
  glyph: string;
  /** The word a reader (and a screen reader) gets. */
  word: string;
  /** The word inside a tally, e.g. "2 Go · 1 tie". */
  short: string;
  /** What one source, and several, holding it do: "1 favours Go", "3 favour Go". */
  holds: readonly [one: string, many: string];
  /** The stance as the object of a consensus: "Consensus for a tie". */
  named: string;
}

// Go and Rust carry no glyph: their names tell them apart, and arrows read as media controls.
export const STANCE_LABELS: Record<Stance | 'mixed' | 'silent', StanceLabel> = {
  go: {
    glyph: '',
    word: LANGUAGE_NAMES.go,
    short: LANGUAGE_NAMES.go,
    holds: [`favours ${LANGUAGE_NAMES.go}`, `favour ${LANGUAGE_NAMES.go}`],
    named: LANGUAGE_NAMES.go,
  },
  rust: {
    glyph: '',
    word: LANGUAGE_NAMES.rust,
    short: LANGUAGE_NAMES.rust,
    holds: [`favours ${LANGUAGE_NAMES.rust}`, `favour ${LANGUAGE_NAMES.rust}`],
    named: LANGUAGE_NAMES.rust,
  },
  tie: { glyph: '=', word: 'Tie', short: 'tie', holds: ['calls it a tie', 'call it a tie'], named: 'a tie' },
  depends: {
    glyph: '◆',
    word: 'Depends',
    short: 'depends',
    holds: ['says it depends', 'say it depends'],
    named: '“it depends”',
  },
  mixed: { glyph: '±', word: 'Mixed', short: 'mixed', holds: ['is mixed', 'are mixed'], named: 'mixed' },
  silent: { glyph: '·', word: 'Silent', short: 'silent', holds: ['is silent', 'are silent'], named: 'silent' },
};

/**
 * The names of the groups between Go and Rust, which differ by what they gather: a topic page's
 * evidence (tie, depends, and rows or answers giving no side), its roster of sources (tie,
 * depends, mixed), and the home page's topics agreed on a tie or "it depends".
 */
export const MIDDLE_WORDS = {
  evidenceHeading: `${STANCE_LABELS.depends.glyph} It depends · ${STANCE_LABELS.tie.glyph} tie`,
  evidence: 'It depends, tie or no side',
  roster: 'It depends, tie or mixed',
  glance: 'Tie or “it depends”',
} as const;

/** How a fact-check's cited page is described: when it was opened, and whose figures a second-hand page reports. */
export const SOURCE_WORDS = {
  opened: 'opened',
  reports: (whose: string) => `second-hand: reports ${whose}`,
} as const;

/** What a consensus that one source more or less would turn into a split is called. */
export const FRAGILE_WORD = 'Fragile consensus';

/** What a claim's stated condition is called where it stands apart from its stance (search results). */
export const CONDITION_WORD = 'Holds';

/** Reader-facing names of the source kinds. */
export const KIND_LABELS: Record<SourceKind, string> = {
  marketing: 'Vendor marketing',
  templated: 'Templated comparison page',
  community: 'Community blog post',
  consultancy: 'Consultancy guide',
  practitioner: 'Practitioner essay',
  journalism: 'Journalism',
  research: 'Research',
};

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 January 2026": days are stored at midnight UTC, so they are formatted in UTC. */
export function formatDay(date: Date): string {
  return DAY_FORMAT.format(date);
}

/**
 * The article's own name for itself, short enough for a column header: its headline up to the
 * first colon or dash ("Go vs Rust (2026): Which is…" → "Go vs Rust (2026)").
 */
function shortTitle(title: string): string {
  return title.split(/\s*(?::|\s[–—|]\s)\s*/)[0]!.trim() || title;
}

/** A source's short name before numbering: its publisher, else its author, else its shortened headline. */
export function baseLabel(data: Pick<SourceData, 'publisher' | 'author' | 'title'>): string {
  return data.publisher ?? data.author?.name ?? shortTitle(data.title);
}

/**
 * A short name for a source, for column headers, cards and lists: its publisher, else its author,
 * else its own headline shortened (never a kind word, which reads like a bug as a name).
 * Names two sources would share get a number, so every column stays distinguishable. Numbers
 * follow slug order, not input order, so the pages and the search index (which list sources in
 * different orders) always agree on which source is "1".
 */
export function shortNames(
  sources: ReadonlyArray<{ slug: string; data: Pick<SourceData, 'publisher' | 'author' | 'title'> }>,
): Map<string, string> {
  const base = sources.map(({ slug, data }) => ({ slug, label: baseLabel(data) }));
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const { label } of base) totals.set(label, (totals.get(label) ?? 0) + 1);
  const numbered = new Map(
    [...base]
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map(({ slug, label }) => {
        if ((totals.get(label) ?? 0) < 2) return [slug, label] as const;
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return [slug, `${label} ${n}`] as const;
      }),
  );
  return new Map(base.map(({ slug }) => [slug, numbered.get(slug)!]));
}

/** Who published or wrote a source, e.g. "Jord (Product Engineer & Founder)", or "Unknown publisher". */
export function byline(data: Pick<SourceData, 'publisher' | 'author'>): string {
  const author = data.author ? `${data.author.name}${data.author.role ? ` (${data.author.role})` : ''}` : undefined;
  return [data.publisher, author].filter(Boolean).join(' · ') || 'Publisher not named';
}

/** A figure as the source states it: "20–40 %", "up to 10 ×", "1,000+ libraries". */
export function formatFigure(figure: {
  min: number;
  max?: number | undefined;
  unit: string;
  qualifier?: 'about' | 'at-least' | 'up-to' | undefined;
}): string {
  const number = (n: number) => n.toLocaleString('en-GB');
  const range =
    figure.max !== undefined && figure.max !== figure.min
      ? `${number(figure.min)}–${number(figure.max)}`
      : number(figure.min);
  const prefix = figure.qualifier === 'about' ? 'about ' : figure.qualifier === 'up-to' ? 'up to ' : '';
  const suffix = figure.qualifier === 'at-least' ? '+' : '';
  const unit = figure.unit === '%' || figure.unit === '×' ? figure.unit : ` ${figure.unit}`;
  return `${prefix}${range}${suffix}${unit}`;
}

/** A topic's consensus verdict as a word (views/consensus.ts defines each). */
export const VERDICT_WORDS = {
  consensus: 'Consensus',
  split: 'Split',
  'too-few': 'Too few sources',
  none: 'No side taken',
} as const;

/** The verdict words where a count follows at once (a matrix cell: "Too few · 2 sources"). */
export const VERDICT_SHORT_WORDS = { ...VERDICT_WORDS, 'too-few': 'Too few' } as const;

/**
 * The mark a compact stance (a matrix cell) carries for its evidence (views/quality.ts): a glyph,
 * never colour alone, and the words a reader gets on hover and a screen reader always.
 */
export const QUALITY_MARKS = {
  discounted: { glyph: '!', word: `a claim rated ${DISCOUNTED_RATING_WORDS} is not counted` },
  unsupported: { glyph: '?', word: 'rests partly on unsupported claims' },
  accurate: { glyph: '✓', word: 'every claim checked and accurate' },
  none: { glyph: '', word: '' },
} as const;
// en-US for "1M" and "100K": en-GB's "1m" reads as metres or months.
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact' });

/** A tick on a chart's axis: short ("100K", "1M") so ticks fit on a phone; % and × kept. */
export function formatTick(value: number, unit: string): string {
  const number = Math.abs(value) >= 10_000 ? COMPACT.format(value) : value.toLocaleString('en-GB');
  return unit === '%' || unit === '×' ? `${number}${unit}` : number;
}

/** "1 source", "3 sources"; with a word between, "1 more source". */
export function sourceCount(n: number, between?: string): string {
  return `${n} ${between ? `${between} ` : ''}${n === 1 ? 'source' : 'sources'}`;
}

/** The words of a contradiction card (components/ContradictionCard.astro). */
export const CONTRADICTION_WORDS = {
  /** Before the other sources on a side, after the firmest one's quote. */
  others: 'Also on this side:',
  /** After the capped list of other sources: every source's evidence is on the topic page. */
  more: (n: number) => `and ${n} more`,
  /** Beside a source that answers the question this way more than once. */
  claims: (n: number) => `${n} claims`,
} as const;

/** The words of the site header (layouts/BaseLayout.astro). */
export const HEADER_WORDS = {
  /** The button that unfolds the links and the search on a narrow screen. */
  menu: 'Menu',
  search: 'Search the site',
  searchButton: 'Search',
} as const;

/** "1 piece of evidence", "13 pieces of evidence": quotes, table rows and FAQ answers together. */
export function evidenceCount(n: number): string {
  return `${n} ${n === 1 ? 'piece' : 'pieces'} of evidence`;
}

/** The three groups of a topic page's evidence (views/sides.ts), as headings. */
export const SIDE_WORDS = {
  go: `Favouring ${LANGUAGE_NAMES.go}`,
  middle: MIDDLE_WORDS.evidence,
  rust: `Favouring ${LANGUAGE_NAMES.rust}`,
  /** A group with nothing in it, in one line instead of an empty column. */
  none: 'nothing',
} as const;

/** The words around one piece of evidence on a topic page (components/EvidenceItem.astro). */
export const EVIDENCE_WORDS = {
  /** Beside a claim whose words the source's FAQ also gives as an answer (shown once). */
  alsoFaq: 'also in its FAQ',
  /** Beside a claim whose words a row of the source's comparison table repeats (shown once). */
  alsoRow: (row: string) => `also in its comparison table (${row})`,
} as const;

/** The words of a source's column on a topic page (components/TopicColumn.astro). */
export const COLUMN_WORDS = {
  /** The link from a claim to its quote and fact-check in the evidence by side. */
  quoteLink: 'Quote and fact-check',
  /** In place of a claim's statement that is its quote word for word (the quote shows once, above). */
  statementIsQuote: 'Claim quoted above',
  /** Under "Source by source". */
  intro: (topic: string) =>
    `What each source claims on ${topic.toLowerCase()} and how we rated it, side by side for the sources you pick; the quotes are in the evidence above.`,
  /** How many sources the comparison shows ({shown} and {total} are filled in on the page). */
  showingAll: 'Showing all {total} sources.',
  showingSome:
    'Showing {shown} of {total} sources. Tick more under “Compare these sources”, or choose “All sources” to show the rest.',
} as const;

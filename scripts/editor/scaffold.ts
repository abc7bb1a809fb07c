import type { Faq } from '../../src/schemas/faq.ts';
import { SOURCE_KINDS } from '../../src/schemas/source.ts';
import { STANCES } from '../../src/schemas/stance.ts';
import type { ComparisonTable, TableRow } from '../../src/schemas/table.ts';
import { chooseSlug } from '../../src/lib/text/slug.ts';

/** What a draft source knows about its article before an editor fills in the rest. */
export interface DraftSource {
  /** The article's headline. */
  title: string;
  publisher?: string;
  author?: { name: string; role?: string };
  url?: string;
  /** The day the article's text was saved, YYYY-MM-DD. */
  captured?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** YYYY-MM-DD. */
  updated?: string;
  summary?: string;
  tables?: ComparisonTable[];
  faqs?: Faq[];
}

/**
 * The body of a new draft: an MDX comment, because MDX refuses HTML comments (`<!-- -->`) and the
 * comment must not show on the page if an editor forgets to delete it.
 */
export const BODY_PLACEHOLDER =
  '{/* Paste the article’s full text here as Markdown, replacing this line: its headings (from ## down), paragraphs, lists and tables, word for word. */}';

// Comments start in one column so the values read as a form.
const COMMENT_COLUMN = 40;

/** A YAML line with its `#` comment aligned. */
function line(text: string, comment: string): string {
  return `${text.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

/** A field left for the editor: commented out, so the draft has no error until it is filled in. */
function commented(text: string, comment: string): string {
  return line(`# ${text}`, comment);
}

/** A top-level field: its value when the draft has one, otherwise commented out with a placeholder. */
function field(key: string, value: string | undefined, placeholder: string, comment: string): string {
  return value === undefined
    ? commented(`${key}: ${placeholder}`.trimEnd(), comment)
    : line(`${key}: ${value}`, comment);
}

// Characters a YAML double-quoted scalar must escape but JSON.stringify leaves as they are.
const YAML_UNSAFE = /[\u0080-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * A string as a YAML double-quoted scalar. JSON's string syntax is a subset of YAML's, so quoting
 * always is simpler and safer than deciding when a plain scalar would be misread ("yes", "1.0", ": ").
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(YAML_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function authorText(author: { name: string; role?: string }): string {
  return `{ name: ${yamlString(author.name)}${author.role === undefined ? '' : `, role: ${yamlString(author.role)}`} }`;
}

function rowText(row: TableRow): string {
  const winner = row.winner === undefined ? '' : `, winner: ${row.winner}`;
  return `{ topic: ${row.topic}, label: ${yamlString(row.label)}, go: ${yamlString(row.go)}, rust: ${yamlString(row.rust)}${winner} }`;
}

/** A YAML list under `key` with its comment: `key: []` when empty, else each item's lines. */
function listLines<T>(key: string, comment: string, items: readonly T[], itemLines: (item: T) => string[]): string[] {
  if (items.length === 0) return [line(`${key}: []`, comment)];
  return [line(`${key}:`, comment), ...items.flatMap(itemLines)];
}

function tableLines(tables: readonly ComparisonTable[]): string[] {
  return listLines(
    'tables',
    'every Go-vs-Rust comparison table in the body, row for row: { topic, label, go, rust, winner }',
    tables,
    (table) => [
      `  - id: ${table.id}`,
      `    caption: ${yamlString(table.caption)}`,
      '    rows:',
      ...table.rows.map((row) => `      - ${rowText(row)}`),
    ],
  );
}

function faqLines(faqs: readonly Faq[]): string[] {
  return listLines(
    'faqs',
    'every question of the article’s FAQ: question and answer verbatim, topic, favors when it takes a side',
    faqs,
    (faq) => [
      `  - question: ${yamlString(faq.question)}`,
      `    answer: ${yamlString(faq.answer)}`,
      `    topic: ${faq.topic}`,
      ...(faq.favors === undefined ? [] : [`    favors: ${faq.favors}`]),
    ],
  );
}

/**
 * The front matter of a draft (without its `---` fences): every field of the source schema, each
 * with a one-line comment saying what belongs there. Fields the draft has no value for are
 * commented out, so the draft passes `npm run check` until the editor starts filling them in.
 */
export function renderFrontMatter(draft: DraftSource): string {
  const stances = STANCES.join(' | ');
  return [
    '# A draft source. Lines starting with "# " are comments, or fields still to fill in: delete the',
    '# "# " in front of a field to use it. docs/field-reference.md explains every field, and',
    '# npm run check says what is still missing or wrong.',
    line(`title: ${yamlString(draft.title)}`, 'the article’s own headline, verbatim'),
    field(
      'publisher',
      draft.publisher ? yamlString(draft.publisher) : undefined,
      '""',
      'who published it (a company, a site); leave out when unknown',
    ),
    field(
      'author',
      draft.author ? authorText(draft.author) : undefined,
      '{ name: "", role: "" }',
      'who wrote it, as the article gives it; role is optional',
    ),
    field('url', draft.url ? yamlString(draft.url) : undefined, '"https://"', 'the original page’s address'),
    field('captured', draft.captured, 'YYYY-MM-DD', 'the day the article’s text was saved'),
    field(
      'provenance',
      undefined,
      '{ searched: "" }',
      'without a url: what you searched for the original page and publisher, where, and when',
    ),
    field('published', draft.published, 'YYYY-MM-DD', 'when it was first published'),
    field('updated', draft.updated, 'YYYY-MM-DD', 'when it was last updated; not before published'),
    field('kind', undefined, '', `required to publish: ${SOURCE_KINDS.join(' | ')}`),
    field('disclosure', undefined, '""', 'who is talking and what they sell, when the article promotes something'),
    field(
      'summary',
      draft.summary ? yamlString(draft.summary) : undefined,
      '""',
      'required to publish: one or two sentences, in our words, on what it argues',
    ),
    commented('verdict:', 'required to publish: the article’s bottom line'),
    commented('  leans:', `${stances}: which way the bottom line leans`),
    commented('  text: ""', 'the bottom line in our words, one sentence'),
    commented('  quote: ""', 'optional: the sentence(s) stating it, copied word for word from the body'),
    line('recommendations:', 'the article’s "choose Go when… / choose Rust when…" advice'),
    line(
      '  go: []',
      'replace [] with entries like - { text: "in our words", quote: "copied word for word", topic: productivity, useCase: fast-delivery } (use cases: content/use-cases.yaml)',
    ),
    line('  rust: []', 'the same, for the situations where it says to choose Rust'),
    line('claims: []', 'every position the article takes, at least one to publish; replace [] with entries like:'),
    commented('  - id: cpu-bound-speed', 'kebab-case, unique in this file'),
    commented('    topic: performance', 'an id from content/topics.yaml'),
    commented('    favors:', `${stances}: the side the quote takes`),
    commented('    statement: ""', 'the claim in our own neutral words'),
    commented('    quote: ""', 'the article’s words, copied word for word from the body'),
    ...tableLines(draft.tables ?? []),
    ...faqLines(draft.faqs ?? []),
    line('draft: true', 'set to false to publish, once npm run check shows nothing for this file'),
  ].join('\n');
}

/** A whole draft `content/sources/<slug>.mdx`: front matter between `---` fences, a blank line, the body. */
export function renderSourceFile(draft: DraftSource, body: string): string {
  // Only blank lines are dropped at the start: a body may open with an indented code block.
  return `---\n${renderFrontMatter(draft)}\n---\n\n${body.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`;
}

/** The 1-based line of `renderSourceFile`'s output on which the body starts. */
export function bodyLineOf(draft: DraftSource): number {
  // `---`, the front matter, `---`, a blank line.
  return renderFrontMatter(draft).split('\n').length + 4;
}

/** A new draft source, or why it cannot be made. */
export type Scaffold = { ok: true; slug: string; text: string } | { ok: false; message: string };

/** The draft `npm run new` writes for an article title: every field, a placeholder body. */
export function scaffoldSource(title: string, options: { slug?: string | undefined } = {}): Scaffold {
  const headline = title.trim();
  if (!headline)
    return {
      ok: false,
      message: 'the title is empty: give the article’s headline, e.g. npm run new -- "Rust vs Go in 2026"',
    };
  const slug = chooseSlug(headline, options.slug);
  if (!slug.ok) return slug;
  return { ok: true, slug: slug.slug, text: renderSourceFile({ title: headline }, BODY_PLACEHOLDER) };
}

import type { DraftSource } from '../scaffold.ts';
import { renderSourceFile } from '../scaffold.ts';
import { suggestClaims, type Candidate, type MetricWords, type TopicWords } from '../suggest/candidates.ts';
import { renderCandidates, withCandidates } from '../suggest/render.ts';
import { chooseSlug } from '../../../src/lib/text/slug.ts';
import { decodeInput } from './decode.ts';
import { liftFaqs } from './faqs.ts';
import { splitInputFrontMatter } from './front-matter.ts';
import { mapFrontMatter } from './map-fields.ts';
import { escapeMdxHazards, type MdxEscape } from './mdx-hazards.ts';
import { findMojibake, type Mojibake } from './mojibake.ts';
import { normaliseBody } from './normalise-body.ts';
import { parseMarkdown } from '../../../src/lib/text/markdown.ts';
import { MAX_PARAGRAPH_CHARS, oversizedParagraph } from '../../../src/lib/text/prose-only.ts';
import { findTitle, type TitleSource } from './title.ts';
import { liftTables } from './tables.ts';

/** What the importer needs besides the file's bytes. */
export interface ImportOptions {
  /** The topics of `content/topics.yaml`, to recognise table rows that name one and guess candidate claims' topics. */
  topics: readonly TopicWords[];
  /** The metrics of `content/metrics.yaml`, to read candidate claims' figures. */
  metrics: readonly MetricWords[];
  /** The headline, when given on the command line: wins over the file's own. */
  title?: string | undefined;
  /** The slug, when given on the command line; otherwise made from the title. */
  slug?: string | undefined;
  /** The day the article's text was saved, YYYY-MM-DD: the draft's `captured`. */
  captured?: string | undefined;
}

/** A finished import: the draft file's text, and everything the report tells the editor. */
export interface ImportResult {
  slug: string;
  /** The text of `content/sources/<slug>.mdx`. */
  file: string;
  draft: DraftSource;
  titleFrom: TitleSource;
  /** The front matter's language, when the file had front matter. */
  format?: 'yaml' | 'toml' | undefined;
  /** Front-matter keys taken, as "lastmod → updated". */
  used: string[];
  /** Front-matter keys dropped. */
  dropped: string[];
  /** Known front-matter keys whose values could not be used, leaving their field out, and why. */
  unreadable: string[];
  /** Known front-matter keys whose values could not be used, their field filled from another key. */
  replaced: string[];
  /** Winner cells that name no side, by field path. */
  unreadWinners: Array<{ path: string; cell: string }>;
  /** GFM tables left in the body only, having no Go and Rust columns. */
  otherTables: number;
  /** Mis-decoded characters, with lines in `file`. */
  mojibake: Mojibake[];
  /** Candidate claims, commented out under `claims:` in `file` for the editor to review. */
  candidates: Candidate[];
  /** Lines where `<`, `{` or `}` were escaped so MDX shows them as text, with lines in `file`. */
  mdxEscapes: MdxEscape[];
  /** How many levels the body's headings moved down. */
  headingShift: number;
  /** How many `*`/`+` bullets became `-`. */
  bullets: number;
  /** A phrase suggesting the article sells something, for the disclosure to-do. */
  salesPhrase?: string | undefined;
}

/** The import, or why the file cannot be imported. */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; message: string };

// Phrases of a sales pitch: the article is (also) an advertisement and needs a disclosure.
const SALES =
  /\b(?:our (?:services|team of|experts|developers|engineers|agency|clients)|contact us|hire (?:us|our)|get in touch|book a (?:call|demo|consultation)|free consultation|schedule a (?:call|consultation)|request a quote)\b/i;

const HTML_PAGE = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * Turns an article saved as Markdown or plain text into a draft source: the front matter mapped
 * onto our fields, comparison tables and FAQs lifted, the body normalised. Pure: bytes in, text
 * out; it never writes, and it never invents a claim, a stance (`favors`, `verdict`) or a `kind`.
 */
export function importArticle(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return decoded;
  // A saved web page is markup, not an article's text: its tags would be escaped into the body as
  // text, and its scripts and navigation with them. It is refused, never pasted as tags.
  if (HTML_PAGE.test(decoded.text)) {
    return {
      ok: false,
      message:
        "this is an HTML page, not an article's text: open it in a browser, copy the article (or use the browser's reader view and save as text), and import that as .md or .txt",
    };
  }
  const split = splitInputFrontMatter(decoded.text);
  if (!split.ok) return split;
  const { format, data, body } = split.parts;
  if (!body.trim()) return { ok: false, message: 'the file has front matter but no article text after it' };
  // The Markdown parser's time grows with the square of a paragraph's length: a paragraph the
  // check would refuse is refused here, before it is parsed.
  const oversized = oversizedParagraph(body);
  if (oversized !== undefined)
    return {
      ok: false,
      message: `the paragraph starting on line ${oversized} of the article text is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters: split it with blank lines where the article has paragraphs, then import it again`,
    };
  const mapped = mapFrontMatter(data);
  const tree = parseMarkdown(body);
  const given = options.title?.trim()
    ? { title: options.title.trim(), from: 'option' as const }
    : mapped.fields.title
      ? { title: mapped.fields.title, from: 'front matter' as const }
      : undefined;
  const title = findTitle(tree, body, given);
  if (!title.ok) return title;
  const normalised = normaliseBody(body, tree, title.found.drop);
  if (!normalised.text.trim()) return { ok: false, message: 'the file has no article text besides its title' };
  const slug = chooseSlug(title.found.title, options.slug);
  if (!slug.ok) return slug;
  const tables = liftTables(tree, body, options.topics, title.found.drop);
  const draft: DraftSource = {
    ...mapped.fields,
    ...(options.captured ? { captured: options.captured } : {}),
    title: title.found.title,
    tables: tables.tables,
    faqs: liftFaqs(tree, body, title.found.drop),
  };
  // Escaped after normalising, so the body's code spans are found where they now are.
  const escaped = escapeMdxHazards(normalised.text, parseMarkdown(normalised.text));
  const candidates = suggestClaims(parseMarkdown(escaped.text), { topics: options.topics, metrics: options.metrics });
  const plain = renderSourceFile(draft, escaped.text);
  const file = withCandidates(plain, renderCandidates(candidates)) ?? plain;
  // `---`, the front matter, `---`, a blank line: the body starts after the second fence and a blank line.
  const bodyLine = file.split('\n').indexOf('---', 1) + 3;
  const mdxEscapes = escaped.escapes.map((escape) => ({ ...escape, line: bodyLine + escape.line - 1 }));
  return {
    ok: true,
    result: {
      slug: slug.slug,
      file,
      draft,
      titleFrom: title.found.from,
      format,
      used: mapped.used,
      dropped: mapped.dropped,
      unreadable: mapped.unreadable,
      replaced: mapped.replaced,
      unreadWinners: tables.unreadWinners,
      otherTables: tables.others,
      mojibake: findMojibake(file),
      candidates: candidates.map((candidate) => ({ ...candidate, line: bodyLine + candidate.line - 1 })),
      mdxEscapes,
      headingShift: normalised.headingShift,
      bullets: normalised.bullets,
      salesPhrase: SALES.exec(normalised.text)?.[0],
    },
  };
}

import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { daySchema } from './day.ts';
import { faqSchema } from './faq.ts';
import { httpUrlSchema, textSchema } from './ids.ts';
import { comparisonTableSchema } from './table.ts';
import { recommendationsSchema, verdictSchema } from './verdict.ts';

/** What kind of publication a source is: it tells the reader who is talking. */
export const SOURCE_KINDS = [
  'marketing',
  'templated',
  'community',
  'consultancy',
  'practitioner',
  'journalism',
  'research',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who wrote the article. */
export const authorSchema = z.strictObject({
  /** The name the article gives. */
  name: textSchema,
  /** Their role or title as the article gives it. */
  role: textSchema.optional(),
});

/** How an editor looked for a source's original page and publisher: shown on its provenance card. */
export const provenanceSchema = z.strictObject({
  /** What was searched for the original page and its publisher, and where, e.g. "the headline and two sentences of the text, in a web search, 2 December 2026". Shown on the provenance card beside the address, or beside "original address not found" when `url` is left out. */
  searched: textSchema,
});

/** Fields a published source must have; a draft may leave them out while it is being written. */
const REQUIRED_WHEN_PUBLISHED = ['kind', 'summary', 'verdict'] as const;

/** The fields of a source's front matter, each on its own: `sourceSchema` adds what a published source requires. */
export const sourceFieldsSchema = z.strictObject({
  /** The article's own headline, verbatim. */
  title: textSchema,
  /** Who published it (a company, a site), as the page names itself; leave out when the page does not say. */
  publisher: textSchema.optional(),
  /** Who wrote it, when the article says; leave out when it names no author (never guess one). */
  author: authorSchema.optional(),
  /** The original page's address, when known; leave out when you only have the text (the capture is the record). */
  url: httpUrlSchema.optional(),
  /** The day the article's text was captured, YYYY-MM-DD: saved from the web, or, when that day was not recorded, the day the capture entered this repository (`content/captures/`). */
  captured: daySchema.optional(),
  /** How an editor looked for the original page and publisher (`searched`): shown on the provenance card, above all when `url` is left out. */
  provenance: provenanceSchema.optional(),
  /** When it was first published, YYYY-MM-DD, when the article says; leave out when it gives no date (not the day you saved it). */
  published: daySchema.optional(),
  /** When it was last updated, YYYY-MM-DD; not before `published`. */
  updated: daySchema.optional(),
  /** Who is talking. marketing: a company promoting its own services, e.g. an agency's blog post ending in a sales pitch. templated: a generated or boilerplate comparison page with no named author or first-hand experience, e.g. an SEO "X vs Y" page. community: a personal or forum post, e.g. a dev.to or Medium post by an individual. consultancy: advice to buyers from a firm that sells consulting, e.g. a "leader's guide" from an IT consultancy. practitioner: engineers reporting their own production experience, e.g. a team's engineering blog. journalism: an editorially independent publication, e.g. a tech news site's feature. research: a study with a stated method, e.g. a benchmark paper or a survey report. Pick the one that best says who is talking; add a `disclosure` when it sells something. Required unless draft. */
  kind: z.enum(SOURCE_KINDS).optional(),
  /** Who is talking and what they sell, when the article promotes something. */
  disclosure: textSchema.optional(),
  /** One or two sentences in our words on what the article argues. Required unless draft. */
  summary: textSchema.optional(),
  /** The article's bottom line. Required unless draft. */
  verdict: verdictSchema.optional(),
  /** Its "choose Go when… / choose Rust when…" advice. */
  recommendations: recommendationsSchema.prefault({}),
  /** Every position it takes, one topic each, with the verbatim passage: typically 8–20 for a 10 KB article, about one per 1–1.5 KB of argument in a longer one (a 30 KB article often has 25–40). At least one, unless draft. */
  claims: z.array(claimSchema).default([]),
  /** Every comparison table in the article, matching the body's tables. */
  tables: z.array(comparisonTableSchema).default([]),
  /** Every question of the article's FAQ, verbatim. */
  faqs: z.array(faqSchema).default([]),
  /** A draft renders in `npm run dev` only, never in a production build, and may be incomplete: its problems are warnings, and `npm run check -- --strict` lists what publishing it would require. */
  draft: z.boolean().default(false),
});

/** A problem of a source as a whole: a field path, what is wrong and how to fix it. */
/** Whether a source is a draft: work in progress that a production build leaves out. */
export function isDraft(source: { draft?: unknown }): boolean {
  return source.draft === true;
}

export interface SourceIssue {
  path: [string];
  message: string;
  hint: string;
}

/**
 * What a published source must have that a draft may leave out. The one statement of the rule:
 * the schema below refines with it, and the content check runs it on sources whose other fields
 * failed, so an editor sees it either way, once.
 */
export function requiredUnlessDraft(
  source: Pick<z.output<typeof sourceFieldsSchema>, 'draft' | 'claims' | (typeof REQUIRED_WHEN_PUBLISHED)[number]>,
): SourceIssue[] {
  if (isDraft(source)) return [];
  const issues: SourceIssue[] = REQUIRED_WHEN_PUBLISHED.filter((field) => source[field] === undefined).map((field) => ({
    path: [field],
    message: `the required field "${field}" is missing`,
    hint: `Add ${field}, or set draft: true while the source is unfinished.`,
  }));
  // A source that failed its schema keeps its valid claims in place, with holes for the others;
  // an invalid claim is reported on its own, so only a list with no entries at all is missing one.
  if (source.claims.length === 0) {
    issues.push({
      path: ['claims'],
      message: 'a source needs at least one claim',
      hint: 'Add a claim for each topic the article takes a position on, or set draft: true while it is unfinished.',
    });
  }
  return issues;
}

/** The front matter of `content/sources/<slug>.mdx`: one published article, normalised. */
export const sourceSchema = sourceFieldsSchema.superRefine((source, ctx) => {
  for (const issue of requiredUnlessDraft(source))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { hint: issue.hint } });
});

export type SourceData = z.infer<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

import type { Topic } from '../../schemas/topic.ts';
import { toDay } from '../../schemas/day.ts';
import type { TopicComparison } from './views/comparison.ts';
import { castsVote, faqVote, rowRestates, rowVote } from '../rule-book.ts';
import { faqEvidence, type SourceRecord } from './views/evidence.ts';

/**
 * The version of the download formats. Bump the major number when a field is removed or changes
 * meaning, the minor number when one is added; /about/ documents each format.
 */
export const DATA_FORMAT_VERSION = '1.3';

const day = (date: Date | undefined) => (date ? toDay(date) : null);

/** Every source's metadata and bottom line, for /data/sources.json. */
export function sourcesExport(sources: readonly SourceRecord[], absoluteUrl: (slug: string) => string) {
  return {
    formatVersion: DATA_FORMAT_VERSION,
    sources: sources.map(({ slug, data }) => ({
      slug,
      url: absoluteUrl(slug),
      title: data.title,
      publisher: data.publisher ?? null,
      author: data.author ?? null,
      originalUrl: data.url ?? null,
      published: day(data.published),
      updated: day(data.updated),
      kind: data.kind ?? null,
      disclosure: data.disclosure ?? null,
      summary: data.summary ?? null,
      verdict: data.verdict ?? null,
      recommendations: data.recommendations,
      claimCount: data.claims.length,
    })),
  };
}

/**
 * Every claim with its source, topic, stance, quote, figures, fact-check and whether it votes, for
 * /data/claims.json; with them every table row and FAQ answer, each with the claims it restates
 * and whether it votes (format 1.2 added `counted`, `rows` and `faqAnswers`; 1.3 added `condition`,
 * and in a check `authority` and its sources' `opened` and `reports`).
 */
export function claimsExport(
  sources: readonly SourceRecord[],
  topics: readonly Topic[],
  passageUrl: (slug: string, claimId: string) => string,
) {
  const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
  return {
    formatVersion: DATA_FORMAT_VERSION,
    claims: sources.flatMap(({ slug, data }) =>
      data.claims.map((claim) => ({
        source: slug,
        id: claim.id,
        topic: claim.topic,
        topicTitle: titles.get(claim.topic) ?? claim.topic,
        stance: claim.favors,
        condition: claim.condition ?? null,
        statement: claim.statement,
        quote: claim.quote,
        passageUrl: passageUrl(slug, claim.id),
        figures: claim.figures ?? [],
        check: claim.check ?? null,
        counted: castsVote(claim),
      })),
    ),
    rows: sources.flatMap(({ slug, data }) =>
      data.tables.flatMap((table) =>
        table.rows.map((row) => ({
          source: slug,
          table: table.id,
          label: row.label,
          topic: row.topic,
          go: row.go,
          rust: row.rust,
          winner: row.winner ?? null,
          condition: row.condition ?? null,
          claims: row.claims ?? [],
          counted: rowVote(row, rowRestates(row, data.claims)) !== undefined,
        })),
      ),
    ),
    faqAnswers: sources.flatMap(({ slug, data }) =>
      faqEvidence(data).map(({ faq, index, restated }) => ({
        source: slug,
        index,
        topic: faq.topic,
        question: faq.question,
        answer: faq.answer,
        stance: faq.favors ?? null,
        condition: faq.condition ?? null,
        claims: faq.claims ?? [],
        counted: faqVote(faq, restated) !== undefined,
      })),
    ),
  };
}

/** A CSV field, quoted when it must be (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The topics × sources matrix as CSV, for /data/matrix.csv: one row per topic, a stance per source.
 * The stances and consensus follow the rule book (src/lib/rule-book.ts), as every page does;
 * `consensus` is consensus, split, too-few or
 * none (format 1.1 added too-few).
 */
export function matrixCsv(comparison: readonly TopicComparison[], slugs: readonly string[]): string {
  const header = ['topic', ...slugs, 'consensus', 'consensus_stance'];
  const rows = comparison.map(({ topic, columns, consensus }) => [
    topic.id,
    ...slugs.map((slug) => columns.find((column) => column.slug === slug)?.stance ?? 'silent'),
    consensus.verdict,
    consensus.stance ?? '',
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

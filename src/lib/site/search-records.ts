import type { Topic } from '../../schemas/topic.ts';
import { RATING_WORDS } from './labels.ts';
import type { SourceRecord } from './views/evidence.ts';

/** A search record that is not a page: a claim or an FAQ answer, linked to where it stands. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One record per claim (linking to its highlighted passage) and per FAQ answer, so a search finds
 * the exact claim, its quote and its fact-check, filterable by topic and source.
 */
export function searchRecords(
  sources: readonly SourceRecord[],
  topics: readonly Topic[],
  labels: ReadonlyMap<string, string>,
  urls: { passage: (slug: string, claimId: string) => string; faq: (slug: string, index: number) => string },
): SearchRecord[] {
  const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
  return sources.flatMap(({ slug, data }) => {
    const source = labels.get(slug) ?? slug;
    const claims = data.claims.map((claim) => {
      const check = claim.check ? `Fact-check: ${RATING_WORDS[claim.check.rating]}. ${claim.check.note}` : '';
      return {
        url: urls.passage(slug, claim.id),
        content: [claim.statement, `“${claim.quote}”`, check].filter(Boolean).join(' '),
        language: 'en' as const,
        meta: {
          title: claim.statement,
          kind: 'Claim',
          source: `${source}: ${data.title}`,
          ...(claim.check ? { check: `Fact-check: ${RATING_WORDS[claim.check.rating]}` } : {}),
        },
        filters: { topic: [titles.get(claim.topic) ?? claim.topic], source: [source] },
      };
    });
    const faqs = data.faqs.map((faq, index) => ({
      url: urls.faq(slug, index),
      content: `${faq.question} ${faq.answer}`,
      language: 'en' as const,
      meta: { title: faq.question, kind: 'FAQ answer', source: `${source}: ${data.title}` },
      filters: { topic: [titles.get(faq.topic) ?? faq.topic], source: [source] },
    }));
    return [...claims, ...faqs];
  });
}

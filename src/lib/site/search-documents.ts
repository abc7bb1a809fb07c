import type { Topic } from '../../schemas/topic.ts';
import type { Claim } from '../../schemas/claim.ts';
import { castsVote } from '../rule-book.ts';
import { CONDITION_WORD, NOT_COUNTED_WORD, RATING_WORDS } from './labels.ts';
import { CHECK_IN_HEADING, SEARCH_KINDS } from './search-kinds.ts';
import { faqAnswerId, passageId, sourcePath, withBase } from './urls.ts';
import { faqEvidence, type SourceRecord } from './views/evidence.ts';

/**
 * A page for the search index that is not a page of the site: one source's claims, or its FAQ
 * answers, as HTML whose headings carry the ids they stand at on the site. Pagefind turns each
 * heading into a sub-result linked to its own address (a claim's highlighted passage, an answer
 * on /faq/), so a search still lands on the exact claim, while the index holds one document per
 * source instead of one per claim: Pagefind's time grows with the number of documents, not their
 * length, and 11,200 claim records were most of the build's indexing at 500 sources.
 */
export interface SearchDocument {
  /** The address the headings' ids are anchors on. */
  url: string;
  /** A whole HTML document, everything escaped. */
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * The filters and meta of a search page, as Pagefind reads them: one `key:value` per attribute
 * (Pagefind does not split an attribute's value at commas, so each pair is an element of its own).
 */
export function pagefindTags(
  filters: ReadonlyArray<readonly [key: string, value: string]>,
  meta: ReadonlyArray<readonly [key: string, value: string]> = [],
): Array<{ attribute: 'data-pagefind-filter' | 'data-pagefind-meta'; value: string }> {
  const unique = [...new Set(filters.map(([key, value]) => `${key}:${value}`))];
  return [
    ...unique.map((value) => ({ attribute: 'data-pagefind-filter' as const, value })),
    ...meta.map(([key, value]) => ({ attribute: 'data-pagefind-meta' as const, value: `${key}:${value}` })),
  ];
}

function documentOf(title: string, kind: string, source: string, topics: Iterable<string>, sections: string[]): string {
  const tags = pagefindTags(
    [['source', source], ...[...topics].map((topic) => ['topic', topic] as const)],
    [
      ['title', title],
      ['kind', kind],
      ['source', source],
    ],
  );
  const tagHtml = tags.map(({ attribute, value }) => `<span ${attribute}="${escapeHtml(value)}"></span>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>${tagHtml}${sections.join('')}</main></body></html>`;
}

/**
 * The fact-check part of a section's heading: the ratings of the claims behind it, and whether
 * the rule book leaves it uncounted, e.g. " · Fact-check: Misleading (not counted)".
 */
function checkWords(claims: readonly Claim[], discounted: boolean): string {
  const ratings = [...new Set(claims.flatMap((claim) => (claim.check ? [RATING_WORDS[claim.check.rating]] : [])))];
  if (ratings.length === 0) return '';
  return `${CHECK_IN_HEADING}${ratings.join(', ')}${discounted ? ` (${NOT_COUNTED_WORD.toLowerCase()})` : ''}`;
}

const section = (id: string, heading: string, ...paragraphs: string[]) =>
  `<section><h2 id="${escapeHtml(id)}">${escapeHtml(heading)}</h2>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}</section>`;

/**
 * The search documents of the published sources: per source, one of its claims (statement, quote
 * and fact-check under a heading with the claim's passage id) and one of its FAQ answers, each
 * filterable by the source and by the topics it covers.
 */
export function searchDocuments(
  sources: readonly SourceRecord[],
  topics: readonly Topic[],
  shortNames: ReadonlyMap<string, string>,
): SearchDocument[] {
  // Addresses without the base path, like those Pagefind gives the pages it reads from dist/: its
  // script prefixes every result with the base it was served from.
  const faqPage = withBase('/', 'faq/');
  const titles = new Map(topics.map((topic) => [topic.id, topic.title]));
  const topicTitle = (id: string) => titles.get(id) ?? id;
  return sources.flatMap(({ slug, data }) => {
    const source = shortNames.get(slug) ?? slug;
    const documents: SearchDocument[] = [];
    if (data.claims.length) {
      const sections = data.claims.map((claim) =>
        section(
          passageId(claim.id),
          `${claim.statement}${checkWords([claim], !castsVote(claim))}`,
          `“${claim.quote}”`,
          ...(claim.condition ? [`${CONDITION_WORD}: ${claim.condition}`] : []),
          ...(claim.check ? [claim.check.note] : []),
        ),
      );
      documents.push({
        url: sourcePath('/', slug),
        html: documentOf(
          `${source}: ${data.title}`,
          SEARCH_KINDS.claim,
          source,
          data.claims.map((claim) => topicTitle(claim.topic)),
          sections,
        ),
      });
    }
    if (data.faqs.length) {
      const sections = faqEvidence(data).map(({ faq, index, restated, discounted }) =>
        section(faqAnswerId(slug, index), `${faq.question}${checkWords(restated, discounted)}`, faq.answer),
      );
      documents.push({
        url: faqPage,
        html: documentOf(
          `${source}: ${data.title}`,
          SEARCH_KINDS.faq,
          source,
          data.faqs.map((faq) => topicTitle(faq.topic)),
          sections,
        ),
      });
    }
    return documents;
  });
}

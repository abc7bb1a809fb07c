import type { Claim } from '../../schemas/claim.ts';
import type { Faq } from '../../schemas/faq.ts';
import type { SourceData } from '../../schemas/source.ts';
import { toDay } from '../../schemas/day.ts';
import { RATING_WORDS, SITE_NAME } from './labels.ts';

/** schema.org's scale for our ratings: 1 (false) to 4 (true). "Unsupported" sits at 2. */
const RATING_VALUES: Record<NonNullable<Claim['check']>['rating'], number> = {
  inaccurate: 1,
  unsupported: 2,
  misleading: 2,
  accurate: 4,
};

/** A schema.org ClaimReview for each fact-checked claim of a source. */
export function claimReviews(data: SourceData, pageUrl: string, claimUrl: (claimId: string) => string) {
  return data.claims.flatMap((claim) => {
    if (!claim.check) return [];
    const rating = { value: RATING_VALUES[claim.check.rating], name: RATING_WORDS[claim.check.rating] };
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: claimUrl(claim.id),
        claimReviewed: claim.quote,
        author: { '@type': 'Organization', name: SITE_NAME },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.value,
          bestRating: 4,
          worstRating: 1,
          alternateName: rating.name,
        },
        reviewBody: claim.check.note,
        datePublished: toDay(claim.check.checked),
        itemReviewed: {
          '@type': 'Claim',
          appearance: { '@type': 'CreativeWork', url: data.url ?? pageUrl, headline: data.title },
          ...(data.publisher || data.author
            ? {
                author: {
                  '@type': data.publisher ? 'Organization' : 'Person',
                  name: data.publisher ?? data.author!.name,
                },
              }
            : {}),
          ...(data.published ? { datePublished: toDay(data.published) } : {}),
        },
      },
    ];
  });
}

/** A schema.org FAQPage from every FAQ on the site, each answer credited to its source. */
export function faqPage(faqs: ReadonlyArray<{ faq: Faq; sourceTitle: string }>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map(({ faq, sourceTitle }) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: `${faq.answer} (${sourceTitle})` },
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so content can never close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

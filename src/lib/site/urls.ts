/** Every internal address is built here, from the configured base path, so none breaks under a project path. */

/** Joins the base path (e.g. "/" or "/go-vs-rust/") and a site path without a leading slash. */
export function withBase(base: string, path = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}

export const sourcePath = (base: string, slug: string) => withBase(base, `sources/${slug}/`);
/** A claim in the source page's list of claims. */
export const claimPath = (base: string, slug: string, claimId: string) =>
  `${sourcePath(base, slug)}#${claimAnchor(claimId)}`;
/** The quoted passage of a claim, highlighted inside the article body. */
export const passagePath = (base: string, slug: string, claimId: string) =>
  `${sourcePath(base, slug)}#${passageId(claimId)}`;
export const topicPath = (base: string, topic: string) => withBase(base, `topics/${topic}/`);
/**
 * A source's column on a topic page, with that source picked in the column picker (`?sources=`),
 * so its column shows even when the picker would show others by default. Without JavaScript every
 * column shows and the fragment alone lands on it.
 */
export const topicColumnPath = (base: string, topic: string, slug: string) =>
  `${topicPath(base, topic)}?sources=${slug}#source-${slug}`;

/** The decision guide, or one use case's section of it. */
export const choosePath = (base: string, useCase?: string) =>
  `${withBase(base, 'choose/')}${useCase ? `#${useCaseAnchor(useCase)}` : ''}`;
/** The id of a use case's section on /choose/. */
export const useCaseAnchor = (useCase: string) => `use-case-${useCase}`;

/** One source's answer on the FAQ page. */
/** The id of a source's FAQ answer on /faq/ (`faqs[index]`). */
export const faqAnswerId = (slug: string, index: number) => `faq-${slug}-${index}`;
export const faqAnswerPath = (base: string, slug: string, index: number) =>
  `${withBase(base, 'faq/')}#${faqAnswerId(slug, index)}`;

/**
 * The passage key of a recommendation: `rec-go-0` is `recommendations.go[0]`. Its quote is marked
 * in the article like a claim's, so `passagePath(base, slug, key)` links to it.
 */
export const recommendationKey = (side: 'go' | 'rust', index: number) => `rec-${side}-${index}`;

/** Whether an id has the form of a recommendation's passage key, which no claim id may take. */
export const isRecommendationKey = (id: string) => /^rec-(?:go|rust)-\d+$/.test(id);

/** The id of a recommendation's entry in its source page's list, where its passage's back link leads. */
export const recommendationAnchor = (side: 'go' | 'rust', index: number) => `recommendation-${side}-${index}`;

/** A recommendation's entry in its source page's list, with its text, quote and passage link. */
export const recommendationPath = (base: string, slug: string, side: 'go' | 'rust', index: number) =>
  `${sourcePath(base, slug)}#${recommendationAnchor(side, index)}`;

/** The id of a claim's (or a recommendation's) passage mark in the article body. */
export const passageId = (claimId: string) => `passage-${claimId}`;

/** The id of a claim's entry in its source page's claim list. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

/** A quote on /numbers/, listed once with every figure it states. */
export const figureQuoteId = (slug: string, claimId: string) => `quote-${slug}-${claimId}`;

/** The id of a claim's item in a topic page's evidence by side, where its quote and fact-check show. */
export const evidenceItemId = (slug: string, claimId: string) => `evidence-${slug}-${claimId}`;
/** A reader's case on /choose/: one answer id per question, in question order. */
export const casePath = (base: string, answerIds: readonly string[]) =>
  withBase(base, `choose/${answerIds.join('/')}/`);
/** The page the case form sends its answers to; it opens the case they name. */
export const caseFormPath = (base: string) => withBase(base, 'choose/case/');
/** The fact-check ledger: every check on one page. */
export const checksPath = (base: string) => withBase(base, 'checks/');
/** The id of a fact-check's row in the ledger (a claim id is unique only within its source). */
export const checkAnchor = (slug: string, claimId: string) => `check-${slug}-${claimId}`;
/** A fact-check's row in the ledger, where every rating mark leads. */
export const checkPath = (base: string, slug: string, claimId: string) =>
  `${checksPath(base)}#${checkAnchor(slug, claimId)}`;
/** The corrections log. */
export const correctionsPath = (base: string) => withBase(base, 'corrections/');
/** The id of one correction in the log. */
export const correctionAnchor = (id: string) => `correction-${id}`;
/** One correction in the log, where the feed's entry for it leads. */
export const correctionPath = (base: string, id: string) => `${correctionsPath(base)}#${correctionAnchor(id)}`;

/** Ids the source page gives its own elements, which no heading of the article body may take. */
const SOURCE_PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'article',
  'claims-heading',
  'recommendations-heading',
  'verdict-heading',
]);

/**
 * Whether a body heading may not have this id: the page's own ids, and the anchors of its claims,
 * passages and recommendations (claimAnchor, passageId, recommendationAnchor), so a link to a
 * claim or a search result never lands on a heading that took its id first.
 */
export function isSourcePageId(id: string): boolean {
  return SOURCE_PAGE_IDS.has(id) || /^(?:claim|passage|recommendation)-/.test(id);
}

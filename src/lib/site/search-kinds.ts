/**
 * What the search's claim and FAQ documents say they are (Pagefind meta `kind`). The search page
 * lists each matching section of such a document as a result of this kind. A module of its own,
 * with no imports, because the search page's script bundles it.
 */
export const SEARCH_KINDS = { claim: 'Claim', faq: 'FAQ answer' } as const;

/**
 * Between a claim's statement and its fact-check's rating in the heading of its section: the
 * search page splits the heading there, showing the statement as the result and the rating beside it.
 */
export const CHECK_IN_HEADING = ' · Fact-check: ';

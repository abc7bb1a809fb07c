/**
 * What the search's claim and FAQ documents say they are (Pagefind meta `kind`). The search page
 * lists each matching section of such a document as a result of this kind. A module of its own,
 * with no imports, because the search page's script bundles it.
 */
export const SEARCH_KINDS = { claim: 'Claim', faq: 'FAQ answer' } as const;

// The claim and FAQ documents of the published sources, for the search index only: the
// search-index integration hands them to Pagefind once the site is built, and removes this file
// from the output (src/integrations/search-index.ts).
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { searchDocuments } from '../lib/site/search-documents.ts';

export const GET: APIRoute = async () => {
  const { records, topics, shortNames } = await getCatalog();
  return new Response(JSON.stringify(searchDocuments(records, topics, shortNames)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

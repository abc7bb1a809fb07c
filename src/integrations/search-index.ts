// Builds the Pagefind search index with every production build: the article bodies of the source
// pages (marked data-pagefind-body), plus per source one document of its claims and one of its FAQ
// answers whose headings are the claims' passage ids and the answers' ids on /faq/, so a result
// links straight to the highlighted passage (src/lib/site/search-documents.ts says why documents,
// not one record per claim). Nothing is fetched: Pagefind's binary ships in its package.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../lib/site/search-documents.ts';

/** Where src/pages/search-documents.json.ts writes the documents in the build's output. */
const SEARCH_DOCUMENTS_PAGE = 'search-documents.json';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function fail(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * The claim and FAQ documents of the sources the build publishes, as the site built them from the
 * collection (src/pages/search-documents.json.ts); the file is for the index only and leaves the output.
 */
function claimDocuments(outDir: URL): SearchDocument[] {
  const path = fileURLToPath(new URL(SEARCH_DOCUMENTS_PAGE, outDir));
  if (!existsSync(path))
    throw new Error(`Search index: ${path} is missing; src/pages/search-documents.json.ts builds it.`);
  const documents = JSON.parse(readFileSync(path, 'utf8')) as SearchDocument[];
  rmSync(path);
  return documents;
}

/** Starts Pagefind and hands it the claim and FAQ documents, which need no built page. */
async function startIndex(documents: SearchDocument[]): Promise<{ index: PagefindIndex; documents: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  fail('starting Pagefind', errors);
  // Sent all at once rather than one round trip each: Pagefind's binary reads them in order.
  const added = await Promise.all(documents.map(({ url, html }) => index!.addHTMLFile({ url, content: html })));
  added.forEach((result, at) => fail(`indexing the claims and FAQ answers for ${documents[at]!.url}`, result.errors));
  return { index: index!, documents: documents.length };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, documents } = await startIndex(claimDocuments(dir));
          // Only the source pages carry data-pagefind-body (src/pages/sources/[slug].astro), so only
          // their article bodies are indexed; handing Pagefind just those files spares it parsing
          // every other page (the topic pages, which grow with N) only to find nothing to index.
          const pages = await index.addDirectory({ path: outDir, glob: 'sources/*/index.html' });
          fail('indexing pages', pages.errors);
          fail('writing the index', (await index.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
          logger.info(
            `indexed the article bodies of ${pages.page_count} source pages and ${documents} documents of their claims and FAQ answers`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

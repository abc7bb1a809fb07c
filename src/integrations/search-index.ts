// Builds the Pagefind search index with every production build: the article bodies of the source
// pages (marked data-pagefind-body), plus per source one document of its claims and one of its FAQ
// answers whose headings are the claims' passage ids and the answers' ids on /faq/, so a result
// links straight to the highlighted passage (src/lib/site/search-documents.ts says why documents,
// not one record per claim). Nothing is fetched: Pagefind's binary ships in its package.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkedContent } from './checked-content.ts';
import { shortLabels } from '../lib/site/labels.ts';
import { searchDocuments, type SearchDocument } from '../lib/site/search-documents.ts';
import { faqAnswerId, passageId, sourcePath, withBase } from '../lib/site/urls.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function fail(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/** The claims and FAQ answers of the published sources, as documents for Pagefind. */
function claimDocuments(root: string): SearchDocument[] {
  const { sources, topics } = checkedContent(root);
  const published = sources.filter((source) => !source.data.draft).map((source) => ({ slug: source.raw.slug, data: source.data }));
  // Addresses without the base path, like those Pagefind gives the pages it reads from dist/: its
  // script prefixes every result with the base it was served from.
  return searchDocuments(published, topics, shortLabels(published), {
    source: (slug) => sourcePath('/', slug),
    faqPage: withBase('/', 'faq/'),
    passageId,
    faqId: faqAnswerId,
  });
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
  let root = '';
  let started: Promise<{ index: PagefindIndex; documents: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Pagefind runs in a process of its own: given the documents when the build starts, it indexes
      // them on the second core while Vite bundles and Astro renders, instead of after them.
      'astro:build:start': () => {
        // The documents are made now, before the check's texts are let go (content-integrity, astro:build:setup).
        started = startIndex(claimDocuments(root));
        // Awaited (and any failure thrown) in astro:build:done; never an unhandled rejection meanwhile.
        started.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, documents } = await (started ?? startIndex(claimDocuments(root)));
          // Only the source pages carry data-pagefind-body (src/pages/sources/[slug].astro), so only
          // their article bodies are indexed; handing Pagefind just those files spares it parsing
          // every other page (the topic pages, which grow with N) only to find nothing to index.
          const pages = await index.addDirectory({ path: outDir, glob: 'sources/*/index.html' });
          fail('indexing pages', pages.errors);
          fail('writing the index', (await index.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
          logger.info(`indexed the article bodies of ${pages.page_count} source pages and ${documents} documents of their claims and FAQ answers`);
        } finally {
          started = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

// Builds the Pagefind search index with every production build: the article bodies of the source
// pages (marked data-pagefind-body) plus one record per claim and per FAQ answer, so a result links
// straight to the highlighted passage. Nothing is fetched: Pagefind's binary ships in its package.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkedContent } from './checked-content.ts';
import { shortLabels } from '../lib/site/labels.ts';
import { searchRecords, type SearchRecord } from '../lib/site/search-records.ts';
import { faqAnswerPath, passagePath } from '../lib/site/urls.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function fail(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/** The claims and FAQ answers of the published sources, as records for Pagefind. */
function claimRecords(root: string, base: string) {
  const { sources, topics } = checkedContent(root);
  const published = sources.filter((source) => !source.data.draft).map((source) => ({ slug: source.raw.slug, data: source.data }));
  return searchRecords(published, topics, shortLabels(published), {
    passage: (slug, claimId) => passagePath(base, slug, claimId),
    faq: (slug, at) => faqAnswerPath(base, slug, at),
  });
}

/** Starts Pagefind and hands it the records, which need no built page. */
async function startIndex(records: SearchRecord[]): Promise<{ index: PagefindIndex; records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  fail('starting Pagefind', errors);
  // Sent all at once rather than one round trip each: Pagefind's binary reads them in order.
  const added = await Promise.all(records.map((record) => index!.addCustomRecord(record)));
  added.forEach((result, at) => fail(`indexing ${records[at]!.url}`, result.errors));
  return { index: index!, records: records.length };
}

export function searchIndex(): AstroIntegration {
  let root = '';
  let base = '/';
  let started: Promise<{ index: PagefindIndex; records: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      // Pagefind runs in a process of its own: given the records when the build starts, it indexes
      // them on the second core while Vite bundles and Astro renders, instead of after them.
      'astro:build:start': () => {
        // The records are made now, before the check's texts are let go (content-integrity, astro:build:setup).
        started = startIndex(claimRecords(root, base));
        // Awaited (and any failure thrown) in astro:build:done; never an unhandled rejection meanwhile.
        started.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, records } = await (started ?? startIndex(claimRecords(root, base)));
          // Only the source pages carry data-pagefind-body (src/pages/sources/[slug].astro), so only
          // their article bodies are indexed; handing Pagefind just those files spares it parsing
          // every other page (the topic pages, which grow with N) only to find nothing to index.
          const pages = await index.addDirectory({ path: outDir, glob: 'sources/*/index.html' });
          fail('indexing pages', pages.errors);
          fail('writing the index', (await index.writeFiles({ outputPath: `${outDir}/pagefind` })).errors);
          logger.info(`indexed the article bodies of ${pages.page_count} source pages and ${records} claims and FAQ answers`);
        } finally {
          started = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

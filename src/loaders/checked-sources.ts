// The sources collection's loader: the one reader of content/sources/*.mdx in a build or dev
// server. It reads every source once, runs the content check (the same rules as `npm run check`,
// which need the whole content at once: vocabularies, captures, every source), and stores each
// shown source's validated front matter with its body rendered as Markdown (never MDX: a body is
// prose, and nothing in it may run). Drafts are decided here, once; the catalog, the search index
// and the pages take the collection as it is.
import type { Loader, LoaderContext } from 'astro/loaders';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker, type CheckResult } from '../lib/check/check-content.ts';
import { formatProblems, styleFor, summary } from '../lib/check/format-problems.ts';
import { loadContent, type ParsedContent, type ParsedSource } from '../lib/check/load-content.ts';
import type { Problem } from '../lib/check/problems.ts';
import { recheck } from '../lib/check/recheck.ts';
import { isDraft, showsDrafts } from '../lib/rule-book.ts';
import { shortNames } from '../lib/site/labels.ts';
import { changeImpact, type CheckedRecord } from '../lib/site/views/impact.ts';
import { searchDocuments } from '../lib/site/search-documents.ts';
import { toDay } from '../schemas/day.ts';
import type { ValidSource } from '../lib/check/sources.ts';
import { bodyRenderer } from './render-body.ts';

/** Changes closer together than this (an editor saving several files) are checked once. */
const SETTLE_MS = 100;

/** Where the build's search index finds the claim and FAQ documents of the sources this loader stored. */
export const SEARCH_DOCUMENTS_FILE = 'search-documents.json';

/** Thrown when the content check finds errors in a build: the report is the message, with no stack. */
function checkError(problems: Problem[]): Error {
  const report = formatProblems(problems, styleFor(process.stderr.isTTY, process.env));
  const error = new Error(
    `The content has problems: ${summary(problems)}.\n\n${report}\nRun \`npm run check\` to see them again without building.`,
  );
  error.name = 'ContentCheckError';
  error.stack = error.message; // the report is the useful part; a stack trace would only bury it
  return error;
}

/**
 * The claim and FAQ documents of the stored sources, written for the search-index integration,
 * which hands them to Pagefind when the build starts (Astro syncs content before that).
 */
function writeSearchDocuments(context: LoaderContext, shown: readonly ValidSource[], result: CheckResult): void {
  const records = shown.map((source) => ({ slug: source.parsed.slug, data: source.data }));
  const documents = searchDocuments(records, result.topics, shortNames(records));
  const dir = fileURLToPath(context.config.cacheDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SEARCH_DOCUMENTS_FILE), JSON.stringify(documents));
}

export function checkedSources(): Loader {
  return {
    name: 'checked-sources',
    async load(context) {
      const { config, logger, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const contentDir = join(root, 'content');
      // Only the dev server hands a loader a watcher: drafts show there and nowhere else.
      const drafts = showsDrafts(watcher ? 'dev' : 'build');
      const checker = createChecker();
      const render = bodyRenderer(root, { image: config.image, ...config.markdown });

      // What each stored body was rendered from, in this process only: a store kept from an earlier
      // run may have been rendered by other plugins, so every run renders each body at least once.
      const renderedFrom = new Map<string, ParsedSource>();
      /** Stores the sources to show, rendering those new or changed since they were stored; returns the errors rendering hit. */
      const storeShown = async (shown: readonly ValidSource[]): Promise<string[]> => {
        const failures: string[] = [];
        const keep = new Set<string>();
        for (const source of shown) {
          const id = source.parsed.slug;
          if (source.parsed === renderedFrom.get(id)) {
            keep.add(id);
            continue;
          }
          try {
            const rendered = await render(source);
            store.set({
              id,
              data: source.data,
              filePath: source.parsed.file,
              ...(source.parsed.digest ? { digest: source.parsed.digest } : {}),
              rendered,
            });
            renderedFrom.set(id, source.parsed);
            keep.add(id);
          } catch (error) {
            failures.push(`${source.parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        for (const id of store.keys()) {
          if (keep.has(id)) continue;
          store.delete(id);
          renderedFrom.delete(id);
        }
        return failures;
      };

      let raw: ParsedContent = loadContent(root, contentDir);
      let result = checker.check(raw, toDay(new Date()));
      const errors = result.problems.filter((problem) => problem.severity === 'error');
      if (errors.length && !watcher) throw checkError(result.problems);
      if (result.problems.length)
        (errors.length ? logger.error : logger.warn).call(
          logger,
          `\n${formatProblems(result.problems, styleFor(process.stderr.isTTY, process.env))}`,
        );
      const shownOf = (checked: CheckResult) => checked.sources.filter((source) => drafts || !isDraft(source.data));
      const failures = await storeShown(shownOf(result));
      if (failures.length && !watcher) throw new Error(`A source body could not be rendered:\n${failures.join('\n')}`);
      for (const failure of failures) logger.error(failure);
      if (!watcher) {
        writeSearchDocuments(context, shownOf(result), result);
        return;
      }

      // The dev server: check again on every change under content/ (captures included, which Astro
      // would not watch on its own), print what changed, and re-render the sources that did.
      let last = result.problems;
      const recordsOf = (checked: CheckResult): CheckedRecord[] =>
        checked.sources.map((source) => ({ slug: source.parsed.slug, data: source.data }));
      let lastRecords = recordsOf(result);
      watcher.add(contentDir);
      const changed = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One re-check at a time: a save while bodies are rendering waits for the run before it.
      let running = Promise.resolve();
      const run = async () => {
        timer = undefined;
        const files = [...changed];
        changed.clear();
        try {
          raw = loadContent(root, contentDir, raw);
          result = checker.check(raw, toDay(new Date()));
          const { problems: report, cleared } = recheck(last, result.problems, files);
          last = result.problems;
          const records = recordsOf(result);
          const slugs = new Set(files.flatMap((file) => /^content\/sources\/([^/]+)\.mdx$/.exec(file)?.[1] ?? []));
          const impact = slugs.size
            ? changeImpact(lastRecords, records, slugs, { topics: result.topics, useCases: result.useCases })
            : [];
          lastRecords = records;
          if (impact.length)
            logger.info(
              `What this changes on the site (drafts as if published):\n${impact.map((line) => `  · ${line}`).join('\n')}`,
            );
          const style = styleFor(process.stderr.isTTY, process.env);
          if (report.length)
            (report.some((p) => p.severity === 'error') ? logger.error : logger.warn).call(
              logger,
              `\n${formatProblems(report, style)}`,
            );
          for (const file of cleared) logger.info(`✓ ${file}: no problems now`);
          // Otherwise a clean save would pass in silence, and the editor could not tell it was checked.
          if (report.length === 0 && cleared.length === 0) logger.info(`✓ checked again: ${files.join(', ')}`);
          for (const failure of await storeShown(shownOf(result))) logger.error(failure);
        } catch (error) {
          // Whatever happens, the server keeps serving; the editor sees why the check could not run.
          logger.error(`the content check could not run: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentDir + sep)) return;
        const file = relative(root, path).split(sep).join('/');
        // A capture belongs to the source of the same slug: that is the file its problems name.
        const capture = /^content\/captures\/(.+)\.txt$/.exec(file);
        changed.add(capture ? `content/sources/${capture[1]}.mdx` : file);
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(run);
        }, SETTLE_MS);
      });
    },
  };
}

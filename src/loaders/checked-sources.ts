// The sources collection's loader: the one reader of content/sources/*.mdx in a build or dev
// server. It reads every source once, runs the content check (the same rules as `npm run check`,
// which need the whole content at once: vocabularies, captures, every source, editorial pages),
// and stores each shown source's validated front matter with its file for deferred rendering:
// `render(entry)` has @astrojs/mdx compile the body, behind the body policy's gate
// (src/markdown/plugins.ts). Drafts are decided here, once; the catalog, the search index and the
// pages take the collection as it is. `load()` is its steps in order, each a function below.
import type { Loader, LoaderContext } from 'astro/loaders';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker, type CheckResult } from '../lib/check/check-content.ts';
import { formatProblems, styleFor, summary } from '../lib/check/format-problems.ts';
import { loadContent, type ParsedContent } from '../lib/check/load-content.ts';
import type { Problem } from '../lib/check/problems.ts';
import { recheck } from '../lib/check/recheck.ts';
import type { ValidSource } from '../lib/check/sources.ts';
import { isDraft, showsDrafts } from '../lib/rule-book.ts';
import { changeImpact, type CheckedRecord } from '../lib/site/views/impact.ts';
import { toDay } from '../schemas/day.ts';

type ContentChecker = ReturnType<typeof createChecker>;

/** Changes closer together than this (an editor saving several files) are checked once. */
const SETTLE_MS = 100;

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

/** Step 1: read the content directory (every source, capture, vocabulary and editorial page) once. */
function read(root: string, previous?: ParsedContent): ParsedContent {
  return loadContent(root, join(root, 'content'), previous);
}

/**
 * Step 2: check it, and report what the check found: in a build, errors stop it with the report as
 * the error; otherwise the report goes to Astro's logger.
 */
function checkAndReport(
  checker: ContentChecker,
  raw: ParsedContent,
  logger: LoaderContext['logger'],
  building: boolean,
): CheckResult {
  const result = checker.check(raw, toDay(new Date()));
  const errors = result.problems.some((p) => p.severity === 'error');
  if (errors && building) throw checkError(result.problems);
  report(result.problems, logger);
  return result;
}

function report(problems: readonly Problem[], logger: LoaderContext['logger']): void {
  if (problems.length)
    (problems.some((p) => p.severity === 'error') ? logger.error : logger.warn).call(
      logger,
      `\n${formatProblems(problems, styleFor(process.stderr.isTTY, process.env))}`,
    );
}

/** Step 3: the sources to show: the ones that passed, drafts only where drafts show. */
function chooseShown(result: CheckResult, drafts: boolean): ValidSource[] {
  return result.sources.filter((source) => drafts || !isDraft(source.data));
}

/**
 * Step 4: store the shown sources for rendering, and drop the rest. Each entry holds the validated
 * front matter and its file; its body is compiled by @astrojs/mdx when a page renders it (deferred
 * rendering), from the same file, and the raw body is kept for the pages that list editors' notes.
 */
function storeForRendering(store: LoaderContext['store'], shown: readonly ValidSource[]): void {
  const keep = new Set<string>();
  for (const source of shown) {
    const id = source.parsed.slug;
    keep.add(id);
    store.set({
      id,
      data: source.data,
      body: source.parsed.body,
      filePath: source.parsed.file,
      ...(source.parsed.digest ? { digest: source.parsed.digest } : {}),
      deferredRender: true,
    });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/**
 * Step 5, the dev server only: check again on every change under content/ (captures included,
 * which Astro would not watch on its own), print what changed, and store the sources again.
 */
function watchContent(
  context: LoaderContext,
  checker: ContentChecker,
  first: { raw: ParsedContent; result: CheckResult },
): void {
  const { logger, store, watcher } = context;
  if (!watcher) return;
  const root = fileURLToPath(context.config.root);
  const contentDir = join(root, 'content');
  let { raw } = first;
  let last = first.result.problems;
  const recordsOf = (checked: CheckResult): CheckedRecord[] =>
    checked.sources.map((source) => ({ slug: source.parsed.slug, data: source.data }));
  let lastRecords = recordsOf(first.result);
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    const files = [...changed];
    changed.clear();
    try {
      raw = read(root, raw);
      const result = checker.check(raw, toDay(new Date()));
      const { problems, cleared } = recheck(last, result.problems, files);
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
      report(problems, logger);
      for (const file of cleared) logger.info(`✓ ${file}: no problems now`);
      // Otherwise a clean save would pass in silence, and the editor could not tell it was checked.
      if (problems.length === 0 && cleared.length === 0) logger.info(`✓ checked again: ${files.join(', ')}`);
      storeForRendering(store, chooseShown(result, true));
    } catch (error) {
      // Whatever happens, the server keeps serving; the editor sees why the check could not run.
      logger.error(`the content check could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  watcher.add(contentDir);
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir + sep)) return;
    const file = relative(root, path).split(sep).join('/');
    // A capture belongs to the source of the same slug: that is the file its problems name.
    const capture = /^content\/captures\/(.+)\.txt$/.exec(file);
    changed.add(capture ? `content/sources/${capture[1]}.mdx` : file);
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
}

export function checkedSources(): Loader {
  return {
    name: 'checked-sources',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      // Only the dev server hands a loader a watcher: drafts show there and nowhere else.
      const drafts = showsDrafts(context.watcher ? 'dev' : 'build');
      const checker = createChecker();
      const raw = read(root);
      const result = checkAndReport(checker, raw, context.logger, !context.watcher);
      storeForRendering(context.store, chooseShown(result, drafts));
      watchContent(context, checker, { raw, result });
    },
  };
}

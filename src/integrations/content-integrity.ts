import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContent, releaseCheckedTexts } from './checked-content.ts';
import { formatProblems, styleFor, summary } from '../lib/check/format-problems.ts';
import type { Problem } from '../lib/check/problems.ts';
import { recheck } from '../lib/check/recheck.ts';
import { changeImpact, type CheckedSource } from '../lib/site/views/impact.ts';

/** Changes closer together than this (an editor saving several files) are checked once. */
const SETTLE_MS = 100;

/**
 * Runs `npm run check`'s integrity rules at the start of every build and dev server, because
 * Astro alone only logs a bad reference and exits 0. A build stops on any error; the dev server
 * prints the problems and keeps serving, and checks again on every change under content/, so an
 * editor sees a problem (and its fix) while the page is open.
 */
export function contentIntegrity(): AstroIntegration {
  let root = '';
  let last: Problem[] = [];
  let lastSources: CheckedSource[] = [];
  const checkedSources = (sources: ReturnType<typeof checkedContent>['sources']): CheckedSource[] =>
    sources.map((source) => ({ slug: source.raw.slug, data: source.data, partial: source.partial }));
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        // Drafts show in `astro dev` only. Decided by the command, not NODE_ENV, so a build run
        // with NODE_ENV=test (as under Vitest) still leaves them out.
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
        root = fileURLToPath(config.root);
        const { problems, sources } = checkedContent(root, true);
        last = problems;
        lastSources = checkedSources(sources);
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (problems.length === 0) return;
        const report = formatProblems(problems, styleFor(process.stderr.isTTY, process.env));
        if (errors.length && command === 'build') {
          const error = new Error(`The content has problems: ${summary(problems)}.\n\n${report}\nRun \`npm run check\` to see them again without building.`);
          error.name = 'ContentCheckError';
          error.stack = error.message; // the report is the useful part; a stack trace would only bury it
          throw error;
        }
        (errors.length ? logger.error : logger.warn).call(logger, `\n${report}`);
      },
      // After every integration's astro:build:start (the search index takes its records there) and
      // before Vite bundles: what the build needs of the check has been taken by then.
      'astro:build:setup': () => releaseCheckedTexts(),
      'astro:server:setup': ({ server, logger }) => {
        const content = join(root, 'content');
        // Captures are read by the check only, so Astro does not watch them on its own.
        server.watcher.add(content);
        const changed = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const run = () => {
          timer = undefined;
          const files = [...changed];
          changed.clear();
          try {
            const result = checkedContent(root, true);
            const { problems } = result;
            const { problems: report, cleared } = recheck(last, problems, files);
            last = problems;
            const sources = checkedSources(result.sources);
            const slugs = new Set(files.flatMap((file) => /^content\/sources\/([^/]+)\.mdx$/.exec(file)?.[1] ?? []));
            const impact = slugs.size ? changeImpact(lastSources, sources, slugs, { topics: result.topics, useCases: result.useCases }) : [];
            lastSources = sources;
            if (impact.length) logger.info(`What this changes on the site (drafts as if published):\n${impact.map((line) => `  · ${line}`).join('\n')}`);
            const style = styleFor(process.stderr.isTTY, process.env);
            if (report.length) (report.some((p) => p.severity === 'error') ? logger.error : logger.warn).call(logger, `\n${formatProblems(report, style)}`);
            for (const file of cleared) logger.info(`✓ ${file}: no problems now`);
            // Otherwise a clean save would pass in silence, and the editor could not tell it was checked.
            if (report.length === 0 && cleared.length === 0) logger.info(`✓ checked again: ${files.join(', ')}`);
          } catch (error) {
            // Whatever happens, the server keeps serving; the editor sees why the check could not run.
            logger.error(`the content check could not run: ${error instanceof Error ? error.message : String(error)}`);
          }
        };
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(content + sep)) return;
          const file = relative(root, path).split(sep).join('/');
          // A capture belongs to the source of the same slug: that is the file its problems name.
          const capture = /^content\/captures\/(.+)\.txt$/.exec(file);
          changed.add(capture ? `content/sources/${capture[1]}.mdx` : file);
          clearTimeout(timer);
          timer = setTimeout(run, SETTLE_MS);
        });
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { formatProblems, styleFor, summary } from '../lib/check/format-problems.ts';

/**
 * Runs `npm run check`'s integrity rules at the start of every build and dev server, because
 * Astro alone only logs a bad reference and exits 0. A build stops on any error; the dev server
 * prints the problems and keeps serving, so an editor can fix them with the page open.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        // Drafts show in `astro dev` only. Decided by the command, not NODE_ENV, so a build run
        // with NODE_ENV=test (as under Vitest) still leaves them out.
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
        const { problems } = checkedContent(fileURLToPath(config.root), true);
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
    },
  };
}

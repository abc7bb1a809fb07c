// `npm run check`: validates every file under content/ without building the site.
// Usage: npm run check [-- --content <dir>] [-- --strict] [-- --rules] [-- --since <git ref>]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkParsedContent, draftFiles } from '../src/lib/check/check-content.ts';
import { checkSummary, formatProblems, formatRules, styleFor } from '../src/lib/check/format-problems.ts';
import { loadContent } from '../src/lib/check/load-content.ts';
import { RULES } from '../src/lib/check/rules/index.ts';
import { toDay } from '../src/schemas/day.ts';
import { impactReport } from './impact.ts';
import { asPublished } from '../src/lib/rule-book.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    strict: { type: 'boolean', default: false },
    rules: { type: 'boolean', default: false },
    // What the impact summary compares with: the sources as they were at this commit.
    since: { type: 'string', default: 'HEAD' },
  },
});

const root = process.cwd();
const started = performance.now();
try {
  if (values.rules) {
    console.log(formatRules(RULES));
  } else {
    const raw = loadContent(root, values.content ? resolve(values.content) : undefined);
    const drafts = draftFiles(raw);
    // --strict checks every draft as if it were published, so it lists what publishing would
    // require (kind, summary, verdict, a claim…), not only the problems of what is written so far.
    const content = values.strict
      ? {
          ...raw,
          sources: raw.sources.map((source) =>
            drafts.includes(source.file) ? { ...source, data: asPublished((source.data ?? {}) as object) } : source,
          ),
        }
      : raw;
    const result = { ...checkParsedContent(content, toDay(new Date())), drafts };
    const style = styleFor(process.stdout.isTTY, process.env);
    const failing = result.problems.filter((p) => p.severity === 'error' || values.strict);
    const ms = Math.round(performance.now() - started);
    if (result.problems.length) console.log(formatProblems(result.problems, style));
    if (result.drafts.length)
      console.log(
        `Drafts (shown by npm run dev, never published):\n${result.drafts.map((file) => `  ${file}`).join('\n')}\n`,
      );
    const impact = values.content ? undefined : impactReport(root, result, values.since);
    if (impact) console.log(`${impact}\n`);
    console.log(`${failing.length ? style.red('✗') : '✓'} ${checkSummary(result, ms)}`);
    process.exitCode = failing.length ? 1 : 0;
  }
} catch (error) {
  console.error(`check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

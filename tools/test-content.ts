// `npm run test:content`: the content lane an editor waits for. The check, one build, the site's
// static gates and byte budgets, then the browser tests for the sources changed since the base
// (`--since <ref>`, by default the merge base with main) and the pages they feed
// (tools/content-lane.ts). Stops at the first step that fails, and says how long each took.
// Usage: npm run test:content [-- --since <ref>]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/check-content.ts';
import { changedSources, defaultBase, sourceAt } from '../scripts/impact.ts';
import { browserGrep, pagesFed, type ChangedSource } from './content-lane.ts';
import { cspProblems } from './gates/csp.ts';
import { htmlErrors } from './gates/html-validity.ts';
import { externalLinksWithoutRel, findBrokenLinks } from './gates/links.ts';
import { liveContentProblems } from './gates/live-content.ts';
import { readBuiltSite } from './gates/site-files.ts';
import { LOCAL_SITE } from '../src/lib/site/site-address.ts';

const { values } = parseArgs({ options: { since: { type: 'string' } } });
const root = process.cwd();
const base = values.since ?? defaultBase(root);
const changed = changedSources(root, base);
if (!changed) {
  console.error(`test:content: "${base}" is no commit here: pass --since <branch or commit>.`);
  process.exit(2);
}

const current = new Map(checkContent(root).sources.map((source) => [source.parsed.slug, source.data]));
const sources: ChangedSource[] = [...changed].sort().map((slug) => {
  const before = sourceAt(root, base, slug)?.data;
  const after = current.get(slug);
  return { slug, ...(before ? { before } : {}), ...(after ? { after } : {}) };
});
const pages = pagesFed(sources);

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
/**
 * The static gates of tests/site/gates.test.ts: valid HTML on the lane's pages; links, the
 * Content-Security-Policy and live content on every page, since a changed source's anchors are
 * linked from pages all over the site. Byte budgets and the determinism rebuild stay in `npm test`.
 */
async function staticGates(): Promise<number> {
  const site = readBuiltSite(join(root, 'dist'));
  const lane = site.pages.filter((page) => pages.includes(page.url.slice(1)));
  const problems = [
    ...(await htmlErrors(lane)),
    ...findBrokenLinks(site.pages, site.files),
    ...externalLinksWithoutRel(site.pages),
    ...site.pages.flatMap(cspProblems),
    ...site.pages.flatMap(liveContentProblems),
  ];
  for (const problem of problems) console.error(`  ${typeof problem === 'string' ? problem : JSON.stringify(problem)}`);
  console.log(`  ${lane.length} pages validated, ${site.pages.length} pages' links and scripts checked`);
  return problems.length ? 1 : 0;
}

const steps: Array<
  | { name: string; command: string; args: string[]; env?: Record<string, string> }
  | { name: string; run: () => Promise<number> }
> = [
  {
    name: 'check',
    command: process.execPath,
    args: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/check.ts', '--since', base],
  },
  // Built for this machine, as `npm run build:local` builds: a production build needs SITE_URL.
  { name: 'build', command: bin('astro'), args: ['build'], env: { SITE_URL: process.env.SITE_URL || LOCAL_SITE } },
  { name: 'static gates', run: staticGates },
  { name: 'browser tests', command: bin('playwright'), args: ['test', '--grep', browserGrep(pages, sources)] },
];

console.log(
  `test:content against ${base === 'HEAD' ? 'HEAD' : base.slice(0, 12)}: ${
    changed.size ? `${changed.size} changed source(s): ${[...changed].join(', ')}` : 'no source changed'
  }\nPages: ${pages.map((page) => `/${page}`).join(' ')}\n`,
);
const started = performance.now();
for (const step of steps) {
  const at = performance.now();
  console.log(`── ${step.name}`);
  const status =
    'run' in step
      ? await step.run()
      : spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } })
          .status;
  const seconds = ((performance.now() - at) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✗ test:content: ${step.name} failed (${seconds} s)`);
    process.exit(status ?? 1);
  }
  console.log(`── ${step.name}: passed in ${seconds} s\n`);
}
console.log(`✓ test:content passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

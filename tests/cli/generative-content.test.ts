// A passing check means a site that passes its gates: sources made up by fast-check from the
// schema (tests/support/arbitrary-sources.ts), every optional field present in some and absent in
// others, every two of them together on some page, join the real ones on a throwaway copy. Those
// the check accepts are built once; every page passes the site's static gates, each generated
// source's page shows what its editor wrote, and its page and the site-wide pages it feeds pass
// the browser gates. GENERATIVE_SEED draws another set (the seed is in the test names, to re-run
// a failure); GENERATIVE_COUNT draws more.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { cspProblems } from '../../tools/gates/csp.ts';
import { htmlErrors } from '../../tools/gates/html-validity.ts';
import { externalLinksWithoutRel, findBrokenLinks } from '../../tools/gates/links.ts';
import { liveContentProblems } from '../../tools/gates/live-content.ts';
import { readBuiltSite, type BuiltSite } from '../../tools/gates/site-files.ts';
import { OPTIONAL_FIELDS, sampleSources, uncoveredPairs, type ArbitrarySource } from '../support/arbitrary-sources.ts';
import { axeViolations, keyboardProblems, launchChromium, sidewaysOverflow } from '../support/page-checks.ts';
import { build, serve, tempProject, type Served } from '../support/project-copy.ts';

const SEED = Number(process.env.GENERATIVE_SEED ?? 34);
const COUNT = Number(process.env.GENERATIVE_COUNT ?? 8);

const project = tempProject('gvr-generative-');
const read = (file: string) =>
  load(readFileSync(join(project, 'content', file), 'utf8'), { schema: CORE_SCHEMA }) as Array<Record<string, string>>;
const vocabulary = {
  topics: read('topics.yaml').map((topic) => topic.id!),
  metrics: read('metrics.yaml').map((metric) => ({ id: metric.id!, unit: metric.unit! })),
  useCases: read('use-cases.yaml').map((useCase) => useCase.id!),
  questions: read('questions.yaml').map((question) => ({ id: question.id!, topic: question.topic! })),
};
const samples = sampleSources(vocabulary, COUNT, SEED);
for (const sample of samples) writeFileSync(join(project, 'content/sources', `${sample.slug}.mdx`), sample.mdx);

// The property holds for what the check accepts: a sample it refuses is left out of the build.
const errors = checkContent(project).problems.filter((problem) => problem.severity === 'error');
const refused = samples.filter((sample) => errors.some((problem) => problem.file.endsWith(`/${sample.slug}.mdx`)));
for (const sample of refused) rmSync(join(project, 'content/sources', `${sample.slug}.mdx`));
const accepted = samples.filter((sample) => !refused.includes(sample));

/** What an editor wrote that the source's page must show, word for word. */
function shownTexts(data: ArbitrarySource['data']): string[] {
  const d = data as {
    title: string;
    publisher?: string;
    author?: { name: string; role?: string };
    provenance?: { searched: string };
    disclosure?: string;
    summary: string;
    verdict: { text: string; quote?: string };
    claims: Array<{ statement: string; quote: string; check?: { note: string } }>;
    recommendations?: { go: Array<{ text: string }>; rust: Array<{ text: string }> };
  };
  return [
    d.title,
    d.publisher,
    d.author?.name,
    d.author?.role,
    d.provenance?.searched,
    d.disclosure,
    d.summary,
    d.verdict.text,
    ...d.claims.flatMap((claim) => [claim.statement, claim.quote, claim.check?.note]),
    ...[...(d.recommendations?.go ?? []), ...(d.recommendations?.rust ?? [])].map((r) => r.text),
  ].filter((text): text is string => text !== undefined);
}

// Plain and typographic quotation marks read alike; so does any run of white space.
const flat = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

let site: BuiltSite;
let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const result = build(project);
  if (result.status !== 0) throw new Error(result.output);
  site = readBuiltSite(join(project, 'dist'));
  served = await serve(join(project, 'dist'));
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(project, { recursive: true, force: true });
});

// The site-wide pages every source feeds, and the topic pages the generated ones speak on.
const fedTopics = [
  ...new Set(accepted.flatMap((sample) => (sample.data.claims as Array<{ topic: string }>).map((c) => c.topic))),
];
const SITE_WIDE = ['', 'sources/', 'choose/', 'checks/', 'numbers/', 'tables/', 'faq/', 'verdicts/'];
const BROWSER_PAGES = [
  ...accepted.map((sample) => `sources/${sample.slug}/`),
  ...fedTopics.map((topic) => `topics/${topic}/`),
  ...SITE_WIDE,
];

describe(`${samples.length} generated sources (seed ${SEED})`, () => {
  it('are mostly accepted by the check, and those accepted hold every optional field, each pair of them together', () => {
    expect(accepted.length, `refused: ${JSON.stringify(errors.slice(0, 5), null, 1)}`).toBeGreaterThanOrEqual(
      Math.ceil(samples.length / 2),
    );
    expect(uncoveredPairs(accepted)).toEqual([]);
    for (const field of OPTIONAL_FIELDS) {
      expect(
        accepted.some((sample) => sample.fields.includes(field)),
        `${field} present`,
      ).toBe(true);
    }
  });

  it('build into a site that passes the static gates on every page', async () => {
    const urls = new Set(site.pages.map((built) => built.url));
    for (const sample of accepted) expect(urls.has(`/sources/${sample.slug}/`), sample.slug).toBe(true);
    expect(await htmlErrors(site.pages)).toEqual([]);
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
    expect(externalLinksWithoutRel(site.pages)).toEqual([]);
    expect(site.pages.flatMap(cspProblems)).toEqual([]);
    expect(site.pages.flatMap(liveContentProblems)).toEqual([]);
  }, 120_000);

  it.each(accepted.map((sample) => [sample.slug, sample] as const))(
    '/sources/%s/ shows what its editor wrote',
    async (slug, sample) => {
      await page.goto(`${served.origin}/sources/${slug}/`);
      const text = flat(await page.locator('main').innerText());
      const missing = shownTexts(sample.data).filter((written) => !text.includes(flat(written)));
      expect(missing, `fields: ${sample.fields.join(', ')}`).toEqual([]);
    },
    60_000,
  );

  it.each(BROWSER_PAGES)(
    '/%s passes axe in light and dark, fits 320 to 1440 px, and works by keyboard',
    async (path) => {
      const problems: string[] = [];
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${served.origin}/${path}`);
      for (const scheme of ['light', 'dark'] as const) {
        for (const violation of await axeViolations(page, scheme)) problems.push(`axe (${scheme}): ${violation}`);
      }
      for (const width of [320, 390, 1440]) {
        const overflow = await sidewaysOverflow(page, undefined, width);
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px at ${width} px`);
      }
      const keyboard = await keyboardProblems(page);
      for (const name of keyboard.invisible) problems.push(`focuses an invisible element: ${name}`);
      for (const name of keyboard.withoutOutline) problems.push(`focuses without an outline: ${name}`);
      if (keyboard.reached !== keyboard.stops)
        problems.push(`reaches ${keyboard.reached} of ${keyboard.stops} focusable elements by Tab`);
      expect(problems).toEqual([]);
    },
    // Fixed: the pages hold a bounded number of generated sources besides the real ones.
    120_000,
  );
});

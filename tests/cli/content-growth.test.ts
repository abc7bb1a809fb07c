// Content grows: an editor adds articles until there are twenty, and nothing else changes. On a
// throwaway copy of the project, a long hand-written article (tests/fixtures/sources/long-article.mdx)
// and generated sources (tests/support/generate-sources.ts) join the real ones, some of them with
// as many fact-checks as the busiest real article. The copy must pass the check, build once, pass
// the site gates, and read well in a browser: each page is its own test, so the time a test needs
// never grows with the number of sources.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspProblems } from '../../tools/gates/csp.ts';
import { htmlErrors } from '../../tools/gates/html-validity.ts';
import { liveContentProblems } from '../../tools/gates/live-content.ts';
import { externalLinksWithoutRel, findBrokenLinks } from '../../tools/gates/links.ts';
import { elements, readBuiltSite, type BuiltSite } from '../../tools/gates/site-files.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { addGeneratedSources } from '../support/generate-sources.ts';
import {
  axeViolations,
  keyboardProblems,
  launchChromium,
  repeatedQuotes,
  sidewaysOverflow,
} from '../support/page-checks.ts';
import { build, ROOT, runScript, serve, tempProject, type Served } from '../support/project-copy.ts';

/** YAML read as the check reads it (the core schema: dates stay text). */
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

const TOTAL = 20;
/** How far down a 1440×900 topic page every source must be named with its stance. */
const FIRST_SCREENS = 1200;

type Front = { draft?: boolean; claims: Array<{ id: string; check?: unknown }> };
const frontMatter = (file: string) => splitFrontMatter(readFileSync(file, 'utf8')).data as Front;
const mdxIn = (project: string) =>
  readdirSync(join(project, 'content/sources')).filter((name) => name.endsWith('.mdx'));

// The copy is made when the file loads, so that every page of it can be a test of its own.
const project = tempProject('gvr-growth-');
const real = mdxIn(ROOT).map((name) => frontMatter(join(ROOT, 'content/sources', name)));
const busiest = Math.max(0, ...real.map((source) => source.claims.filter((claim) => claim.check).length));
// The long article was imported with `npm run import`, then filled in: emoji headings, escaped
// MDX characters, tables that stay in the body only.
cpSync(join(ROOT, 'tests/fixtures/sources/long-article.mdx'), join(project, 'content/sources/long-article.mdx'));
cpSync(join(ROOT, 'tests/fixtures/import/long-article.md'), join(project, 'content/captures/long-article.txt'));
const added = [
  'long-article',
  ...addGeneratedSources(project, Math.max(1, TOTAL - mdxIn(project).length), { seed: TOTAL, factChecks: busiest }),
];
const published = mdxIn(project)
  .filter((name) => frontMatter(join(project, 'content/sources', name)).draft !== true)
  .map((name) => name.replace(/\.mdx$/, ''));
// Two drafts join too, as editors leave them: one marked `draft: true`, one imported and not yet
// filled in. Neither may reach the production build, nor stop it.
const DRAFT_TITLE = 'A draft in progress';
writeFileSync(
  join(project, 'content/sources/draft-in-progress.mdx'),
  readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8').replace(
    'title: "Fixture: a small valid source"',
    `title: "${DRAFT_TITLE}"\ndraft: true`,
  ),
);
const imported = runScript(project, 'import', [join(ROOT, 'tests/fixtures/import/long-article.md')], {
  INIT_CWD: project,
});
const drafts = [
  'draft-in-progress',
  /content\/sources\/([a-z0-9-]+)\.mdx/.exec(imported.stdout)?.[1] ?? 'not imported',
];
const topics = (parse(readFileSync(join(project, 'content/topics.yaml'), 'utf8')) as Array<{ id: string }>).map(
  (topic) => topic.id,
);
const busy = added.filter(
  (slug) =>
    frontMatter(join(project, 'content/sources', `${slug}.mdx`)).claims.filter((claim) => claim.check).length >=
    busiest,
);
// /choose/ and one case page (each question's first answer): their advice and topics grow with the sources.
const questions = (
  parse(readFileSync(join(project, 'content/cases.yaml'), 'utf8')) as Array<{
    order: number;
    answers: Array<{ id: string }>;
  }>
).sort((a, b) => a.order - b.order);
const casePage = `choose/${questions.map((question) => question.answers[0]!.id).join('/')}/`;
const PAGES = [
  '',
  ...topics.map((topic) => `topics/${topic}/`),
  `sources/${added[0]}/`,
  `sources/${added.at(-1)}/`,
  ...busy.slice(0, 1).map((slug) => `sources/${slug}/`),
  'verdicts/',
  'faq/',
  'tables/',
  'numbers/',
  'choose/',
  casePage,
];

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
  // axe needs a page of a context of our own.
  page = await (await browser.newContext()).newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(project, { recursive: true, force: true });
});

describe(`with ${TOTAL} sources in all`, () => {
  it('includes sources with as many fact-checks as the busiest real one', () => {
    expect(published.length).toBeGreaterThanOrEqual(TOTAL);
    expect(busy.length).toBeGreaterThan(0);
  });

  it('passes the check', () => {
    const result = runScript(project, 'check');
    expect(result.status, result.output).toBe(0);
    // Counted from the copy itself: an added source may share a slug with a real one.
    expect(result.stdout).toContain(`✓ checked ${mdxIn(project).length} sources`);
  }, 60_000);

  it('leaves both drafts out of the production build, everywhere', () => {
    expect(imported.status, imported.output).toBe(0);
    for (const slug of drafts) expect(existsSync(join(project, 'dist/sources', slug)), slug).toBe(false);
    for (const slug of published)
      expect(existsSync(join(project, 'dist/sources', slug, 'index.html')), slug).toBe(true);
    const everywhere = site.pages.filter((built) => built.html.includes(DRAFT_TITLE)).map((built) => built.url);
    expect(everywhere).toEqual([]);
  });

  it('builds every added source, and the built site passes the gates', async () => {
    const urls = new Set(site.pages.map((built) => built.url));
    for (const slug of added) expect(urls.has(`/sources/${slug}/`), slug).toBe(true);
    expect(await htmlErrors(site.pages)).toEqual([]);
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
    expect(externalLinksWithoutRel(site.pages)).toEqual([]);
    expect(site.pages.flatMap(cspProblems)).toEqual([]);
    expect(site.pages.flatMap(liveContentProblems)).toEqual([]);
    // Headings with emoji or symbols get clean ids: no leading, trailing or doubled hyphen, no invisible characters.
    const ids = site.pages.flatMap((built) =>
      elements(built.document, (el) => /^h[1-6]$/.test(el.name) && el.attribs.id !== undefined).map(
        (el) => `${built.url}#${el.attribs.id}`,
      ),
    );
    expect(ids.filter((id) => !/#[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*$/u.test(id))).toEqual([]);
  }, 120_000);

  it.each(added)('marks the passage of every claim of %s, escaped MDX characters included', (slug) => {
    const { claims } = frontMatter(join(project, 'content/sources', `${slug}.mdx`));
    const built = site.pages.find((candidate) => candidate.url === `/sources/${slug}/`)!;
    const anchors = new Set(
      elements(built.document, (el) => el.attribs.id?.startsWith('passage-') ?? false).map((el) => el.attribs.id),
    );
    expect(claims.map((claim) => `passage-${claim.id}`).filter((id) => !anchors.has(id))).toEqual([]);
  });

  it.each(PAGES)(
    '/%s passes axe in light and dark, fits 320 to 1440 px, and works by keyboard',
    async (path) => {
      const url = `${served.origin}/${path}`;
      const problems: string[] = [];
      // One load: axe, then the widths (the page reflows as it is resized), then tabbing through.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
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
      // Fixed: the site has TOTAL sources here, whatever the real content holds; room for a busy machine.
    },
    180_000,
  );

  it.each(topics)(
    `/topics/%s/ names every source with its stance within the first ${FIRST_SCREENS} px at 1440×900`,
    async (topic) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${served.origin}/topics/${topic}/`);
      const named = await page.locator('.roster a[href*="#source-"]').evaluateAll((links) =>
        links.map((link) => {
          const entry = link.closest('dd, .roster-silent')!;
          const group = entry.matches('dd')
            ? entry.parentElement!.querySelector('dt')!.textContent!
            : entry.textContent!;
          return {
            slug: link.getAttribute('href')!.replace(/.*#source-/, ''),
            bottom: link.getBoundingClientRect().bottom + window.scrollY,
            stance: `${group} ${entry.textContent}`,
          };
        }),
      );
      expect(named.map((entry) => entry.slug).sort()).toEqual([...published].sort());
      for (const entry of named) {
        expect(entry.bottom, `${entry.slug} is named at ${entry.bottom}px`).toBeLessThanOrEqual(FIRST_SCREENS);
        expect(entry.stance, entry.slug).toMatch(/Go|Rust|Tie|Depends|Mixed|Silent/);
      }
    },
    60_000,
  );

  it.each(topics)(
    '/topics/%s/ shows each quote at most once',
    async (topic) => {
      await page.goto(`${served.origin}/topics/${topic}/`);
      expect(await page.locator('main blockquote').count()).toBeGreaterThan(0);
      expect(await repeatedQuotes(page)).toEqual([]);
    },
    60_000,
  );

  it.each([1440, 390])(
    'shows a matrix cell per topic and source on the home page, without sideways scrolling at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${served.origin}/`);
      expect(await page.locator('.m-cell a').count()).toBe(published.length * topics.length);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `the page scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      expect(
        await page
          .getByRole('table', { name: 'Stances by topic and source' })
          .locator('tbody .m-overall')
          .first()
          .isVisible(),
      ).toBe(true);
    },
    60_000,
  );
});

// Content grows: an editor adds a sixth source, or a twentieth, and nothing else changes. On a
// throwaway copy of the project, generated sources (tests/support/generate-sources.ts) join the
// real ones; the copy must pass the check, build, pass the site gates and the page-level browser
// checks, with no change to code or tests. One build per size; the pages are checked in one browser.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspProblems } from '../../tools/gates/csp.ts';
import { liveContentProblems } from '../../tools/gates/live-content.ts';
import { htmlErrors } from '../../tools/gates/html-validity.ts';
import { externalLinksWithoutRel, findBrokenLinks } from '../../tools/gates/links.ts';
import { elements, readBuiltSite } from '../../tools/gates/site-files.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { addGeneratedSources } from '../support/generate-sources.ts';
import { axeViolations, keyboardProblems, launchChromium, sidewaysOverflow } from '../support/page-checks.ts';
import { childEnv, ROOT, tempProject } from './temp-project.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const REAL = readdirSync(join(ROOT, 'content/sources')).filter((name) => name.endsWith('.mdx')).length;

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro preview` of the copy and resolves once it answers. */
async function preview(project: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [ASTRO, 'preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: project, stdio: 'ignore', env: childEnv() });
  for (let attempt = 0; attempt < 120; attempt++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false);
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error('astro preview did not start');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => browser?.close());

for (const total of [6, 20]) {
  describe(`with ${total} sources in all`, () => {
    let project: string;
    let generated: string[];
    const timings: Record<string, number> = {};
    const timed = <T>(name: string, run: () => T): T => {
      const started = performance.now();
      try {
        return run();
      } finally {
        timings[name] = Math.round(performance.now() - started);
      }
    };

    const sourceFiles = () => readdirSync(join(project, 'content/sources')).filter((name) => name.endsWith('.mdx')).length;

    beforeAll(() => {
      project = tempProject(`gvr-growth-${total}-`);
      // The larger copy also gets a long, hand-written article (imported with `npm run import`,
      // then filled in): emoji headings, escaped MDX characters, tables that stay in the body only.
      const extra = total >= 20 ? ['long-article'] : [];
      for (const slug of extra) {
        cpSync(join(ROOT, 'tests/fixtures/sources', `${slug}.mdx`), join(project, 'content/sources', `${slug}.mdx`));
        cpSync(join(ROOT, 'tests/fixtures/import', `${slug}.md`), join(project, 'content/captures', `${slug}.txt`));
      }
      generated = [...extra, ...addGeneratedSources(project, Math.max(1, total - REAL - extra.length), { seed: total })];
    });
    afterAll(() => {
      console.info(`growth to ${sourceFiles()} sources: ${JSON.stringify(timings)} ms`);
      rmSync(project, { recursive: true, force: true });
    });

    it('passes the check', () => {
      const result = timed('check', () => spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/check.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }));
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
      // Counted from the copy itself: an added source may share a slug with a real one.
      expect(result.stdout).toContain(`✓ checked ${sourceFiles()} sources`);
    }, 60_000);

    it('builds, and the built site passes the gates', async () => {
      const result = timed('build', () => spawnSync(process.execPath, [ASTRO, 'build'], { cwd: project, encoding: 'utf8', env: childEnv() }));
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
      const site = readBuiltSite(join(project, 'dist'));
      const urls = new Set(site.pages.map((page) => page.url));
      for (const slug of generated) expect(urls.has(`/sources/${slug}/`), slug).toBe(true);
      const started = performance.now();
      expect(await htmlErrors(site.pages)).toEqual([]);
      expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
      expect(externalLinksWithoutRel(site.pages)).toEqual([]);
      expect(site.pages.flatMap(cspProblems)).toEqual([]);
      expect(site.pages.flatMap(liveContentProblems)).toEqual([]);
      // Headings with emoji or symbols get clean ids: no leading, trailing or doubled hyphen, no invisible characters.
      const ids = site.pages.flatMap((page) => elements(page.document, (el) => /^h[1-6]$/.test(el.name) && el.attribs.id !== undefined).map((el) => `${page.url}#${el.attribs.id}`));
      expect(ids.filter((id) => !/#[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*$/u.test(id))).toEqual([]);
      // Every claim of every added source has its passage marked, escaped MDX characters included.
      for (const slug of generated) {
        const { data } = splitFrontMatter(readFileSync(join(project, 'content/sources', `${slug}.mdx`), 'utf8')) as { data: { claims: Array<{ id: string }> } };
        const page = site.pages.find((candidate) => candidate.url === `/sources/${slug}/`)!;
        const anchors = new Set(elements(page.document, (el) => el.attribs.id?.startsWith('passage-') ?? false).map((el) => el.attribs.id));
        expect(data.claims.map((claim) => `passage-${claim.id}`).filter((id) => !anchors.has(id)), slug).toEqual([]);
      }
      timings.gates = Math.round(performance.now() - started);
    }, 300_000);

    it('passes the page-level browser checks on a representative set of pages', async () => {
      const topics = (parse(readFileSync(join(project, 'content/topics.yaml'), 'utf8')) as Array<{ id: string }>).map((topic) => `topics/${topic.id}/`);
      // Every topic page at the larger size; at the smaller one, the topic template once (the e2e
      // suite already checks every topic page of the real content), to keep CI time down.
      const pages = ['', ...(total >= 20 ? topics : topics.slice(0, 1)), `sources/${generated[0]}/`, 'verdicts/', 'faq/', 'tables/', 'numbers/'];
      if (generated[0] !== generated.at(-1)) pages.push(`sources/${generated.at(-1)}/`);
      // /choose/ and one case page (each question's first answer): their advice and topics grow with the sources.
      const questions = (parse(readFileSync(join(project, 'content/cases.yaml'), 'utf8')) as Array<{ order: number; answers: Array<{ id: string }> }>).sort((a, b) => a.order - b.order);
      pages.push('choose/', `choose/${questions.map((question) => question.answers[0]!.id).join('/')}/`);
      const port = await freePort();
      const server = await preview(project, port);
      const started = performance.now();
      const problems: string[] = [];
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        for (const path of pages) {
          const url = `http://127.0.0.1:${port}/${path}`;
          // Two loads per page: one for axe and the widths (the page reflows as it is resized), one to tab through.
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.goto(url);
          for (const scheme of ['light', 'dark'] as const) {
            for (const violation of await axeViolations(page, scheme)) problems.push(`/${path} axe (${scheme}): ${violation}`);
          }
          for (const width of [320, 390, 1440]) {
            const overflow = await sidewaysOverflow(page, undefined, width);
            if (overflow > 0) problems.push(`/${path} scrolls sideways by ${overflow}px at ${width} px`);
          }
          const keyboard = await keyboardProblems(page, url);
          for (const name of keyboard.invisible) problems.push(`/${path} focuses an invisible element: ${name}`);
          for (const name of keyboard.withoutOutline) problems.push(`/${path} focuses without an outline: ${name}`);
          if (keyboard.reached !== keyboard.stops) problems.push(`/${path} reaches ${keyboard.reached} of ${keyboard.stops} focusable elements by Tab`);
        }
      } finally {
        await context.close();
        server.kill();
        timings.browser = Math.round(performance.now() - started);
      }
      expect(problems).toEqual([]);
    }, 600_000);
  });
}

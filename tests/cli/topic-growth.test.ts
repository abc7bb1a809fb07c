// Pages that must read at any number of sources (issue 11): with 5, 6 and 20 generated sources,
// every source of a topic page is named with its stance within the first 1,200 px at 1440×900,
// every topic page shows each quote once, and the home page's matrix never makes the page scroll
// sideways, at 1440 or 390 px.
// One build per size, of a throwaway copy whose only sources are generated.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGeneratedSources } from '../support/generate-sources.ts';
import { childEnv, ROOT, tempProject } from './temp-project.ts';
import { repeatedQuotes } from '../support/page-checks.ts';

const SIZES = [5, 6, 20];
const FIRST_SCREENS = 1200;

// As in playwright.config.ts: Playwright's own Chromium if installed, else the system's.
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const launchOptions = existsSync(chromium.executablePath())
  ? {}
  : { executablePath: process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] };

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/** Serves a dist/ folder the way a static host does (directory → index.html). */
function serve(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(launchOptions);
}, 60_000);
afterAll(() => browser?.close());

describe.each(SIZES)('with %i sources', (size) => {
  let project: string;
  let server: Server;
  let origin: string;
  let slugs: string[];
  let topics: string[];

  beforeAll(async () => {
    project = tempProject(`gvr-growth-${size}-`);
    for (const folder of ['sources', 'captures']) for (const file of readdirSync(join(project, 'content', folder))) rmSync(join(project, 'content', folder, file));
    // The corrections log is about the real sources, gone here.
    writeFileSync(join(project, 'content', 'corrections.yaml'), '[]\n');
    slugs = addGeneratedSources(project, size, { seed: size });
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8', env: childEnv() });
    if (result.status !== 0) throw new Error(`${result.stdout}${result.stderr}`);
    topics = readdirSync(join(project, 'dist', 'topics')).filter((name) => statSync(join(project, 'dist', 'topics', name)).isDirectory());
    server = await serve(join(project, 'dist'));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);

  afterAll(() => {
    server?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('names every source of every topic page with its stance within the first 1,200 px at 1440×900', async () => {
    expect(slugs).toHaveLength(size);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const topic of topics) {
      await page.goto(`${origin}/topics/${topic}/`);
      const named = await page.locator('.roster a[href*="#source-"]').evaluateAll((links) =>
        links.map((link) => {
          const entry = link.closest('dd, .roster-silent')!;
          const group = entry.matches('dd') ? entry.parentElement!.querySelector('dt')!.textContent! : entry.textContent!;
          return {
            slug: link.getAttribute('href')!.replace(/.*#source-/, ''),
            bottom: link.getBoundingClientRect().bottom + window.scrollY,
            stance: `${group} ${entry.textContent}`,
          };
        }),
      );
      expect(named.map((entry) => entry.slug).sort(), topic).toEqual([...slugs].sort());
      for (const entry of named) {
        expect(entry.bottom, `${topic}: ${entry.slug} is named at ${entry.bottom}px`).toBeLessThanOrEqual(FIRST_SCREENS);
        expect(entry.stance, `${topic}: ${entry.slug}`).toMatch(/Go|Rust|Tie|Depends|Mixed|Silent/);
      }
    }
    await page.close();
  }, 120_000);

  it('shows each quote at most once on every topic page', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    for (const topic of topics) {
      await page.goto(`${origin}/topics/${topic}/`);
      expect(await page.locator('main blockquote').count(), topic).toBeGreaterThan(0);
      expect(await repeatedQuotes(page), topic).toEqual([]);
    }
    await page.close();
  }, 120_000);

  it('shows a cell per topic and source in the home matrix, without sideways scrolling at 1440 or 390 px', async () => {
    for (const width of [1440, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/`);
      expect(await page.locator('.m-cell a').count()).toBe(size * topics.length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px: the page scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      expect(await page.getByRole('table', { name: 'Stances by topic and source' }).locator('tbody .m-overall').first().isVisible()).toBe(true);
      await page.close();
    }
  }, 60_000);
});

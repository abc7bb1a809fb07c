// `astro dev` sends the build's Content-Security-Policy, so a contributed body's remote image (a
// tracking pixel, say) does not load in the browser of the editor who previews it, while the dev
// server's own scripts and styles still run.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/site/content-security-policy.ts';
import { launchChromium } from '../support/page-checks.ts';
import { ROOT, startDev, tempProject, type DevServer } from '../support/project-copy.ts';

const PIXEL = 'https://tracker.example/pixel.png';
let project: string;
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  project = tempProject('gvr-dev-csp-');
  const valid = readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8');
  writeFileSync(join(project, 'content/sources/with-pixel.mdx'), `${valid}\n![A pixel](${PIXEL})\n`);
  server = await startDev(project);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
  rmSync(project, { recursive: true, force: true });
});

describe('astro dev', () => {
  it("sends the build's policy with each page, hashes of its inline scripts and styles included", async () => {
    const response = await fetch(`${server!.origin}/sources/with-pixel/`);
    expect(response.status, server!.log()).toBe(200);
    expect(await response.text()).toContain(`src="${PIXEL}"`);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')+/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it("blocks a body's remote image and nothing of the page's own", async () => {
    const page = await browser!.newPage();
    const requested: string[] = [];
    await page.route('https://tracker.example/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: '' });
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { violations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${server!.origin}/sources/with-pixel/`, { waitUntil: 'networkidle' });
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toEqual([`img-src ${PIXEL}`]);
    expect(requested).toEqual([]);
    // The dev server's styles applied: the page is laid out by the site's stylesheet, not the browser's.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    await page.close();
  });
});

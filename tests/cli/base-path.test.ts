// The same site built for a GitHub Pages project path: every internal link must carry the base.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../tools/gates/links.ts';
import { elements, readBuiltSite, type BuiltSite } from '../../tools/gates/site-files.ts';
import { childEnv, ROOT, tempProject } from './temp-project.ts';

const BASE = '/go-vs-rust/';
let project: string;
let site: BuiltSite;

beforeAll(() => {
  project = tempProject('gvr-base-');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: childEnv({ SITE_URL: 'https://editors.github.io', BASE_PATH: BASE }),
  });
  if (result.status !== 0) throw new Error(result.stderr);
  site = readBuiltSite(join(project, 'dist'), BASE);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe(`a build under the base path ${BASE}`, () => {
  it('has no broken internal link or anchor', () => {
    expect(site.pages.length).toBeGreaterThan(25);
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
  });

  it('points every internal link, script and stylesheet inside the base path', () => {
    const outside = site.pages.flatMap((page) =>
      elements(page.document, (el) => ['a', 'link', 'script', 'form'].includes(el.name))
        .map((el) => el.attribs.href ?? el.attribs.src ?? el.attribs.action ?? '')
        .filter((url) => url.startsWith('/') && !url.startsWith(BASE))
        .map((url) => `${page.url}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('writes canonical URLs, the sitemap and the search bundle path with the site URL and base', () => {
    const home = site.pages.find((page) => page.url === BASE)!;
    expect(home.html).toContain(`<link rel="canonical" href="https://editors.github.io${BASE}">`);
    expect(readFileSync(join(project, 'dist/sitemap-0.xml'), 'utf8')).toContain(`<loc>https://editors.github.io${BASE}topics/performance/</loc>`);
    const search = site.pages.find((page) => page.url === `${BASE}search/`)!;
    expect(search.html).toContain(`data-bundle="${BASE}pagefind/"`);
  });
});

// The same site built for a GitHub Pages project path: every internal link must carry the base,
// and the address the build is given replaces the placeholder everywhere.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../tools/gates/links.ts';
import { elements, readBuiltSite, type BuiltSite } from '../../tools/gates/site-files.ts';
import { PLACEHOLDER_SITE, siteAddressProblem } from '../../src/lib/site/site-address.ts';
import { build, tempProject } from '../support/project-copy.ts';

const BASE = '/go-vs-rust/';
let project: string;
let site: BuiltSite;

beforeAll(() => {
  project = tempProject('gvr-base-');
  const result = build(project, { env: { SITE_URL: 'https://editors.github.io', BASE_PATH: BASE } });
  if (result.status !== 0) throw new Error(result.output);
  site = readBuiltSite(join(project, 'dist'), BASE);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the site address', () => {
  it('without SITE_URL, stops the production build with one sentence', () => {
    const result = build(project, { env: { SITE_URL: '' }, args: ['--outDir', 'dist-placeholder'] });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(siteAddressProblem(undefined));
  });

  it('with SITE_URL, appears in no page, feed, sitemap or data file as the placeholder', () => {
    const host = new URL(PLACEHOLDER_SITE).hostname;
    const files = filesUnder(join(project, 'dist')).filter((file) => /\.(html|xml|json|csv|txt)$/.test(file));
    expect(files.some((file) => file.endsWith('rss.xml'))).toBe(true);
    expect(files.some((file) => file.endsWith('claims.json'))).toBe(true);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes(host))).toEqual([]);
  });
});

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
    expect(readFileSync(join(project, 'dist/sitemap-0.xml'), 'utf8')).toContain(
      `<loc>https://editors.github.io${BASE}topics/performance/</loc>`,
    );
    const search = site.pages.find((page) => page.url === `${BASE}search/`)!;
    expect(search.html).toContain(`data-bundle="${BASE}pagefind/"`);
  });

  it('indexes for search only addresses that exist once Pagefind’s script adds the base, headings included', () => {
    const dir = join(project, 'dist/pagefind/fragment');
    const problems: string[] = [];
    const kinds = new Map<string, string[]>();
    for (const name of readdirSync(dir)) {
      // A fragment is gzipped JSON after a 12-byte signature ("pagefind_dcd").
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      ) as { url: string; meta: Record<string, string>; anchors?: Array<{ element: string; id: string }> };
      kinds.set(fragment.url, [...(kinds.get(fragment.url) ?? []), fragment.meta.kind ?? 'Article']);
      // What Pagefind's script does with a result's address: its base, then the address.
      const url = `${BASE}/${fragment.url}`.replace(/\/+/g, '/');
      const page = site.pages.find((candidate) => candidate.url === url);
      if (!page) problems.push(`${fragment.url}: no page at ${url}`);
      for (const anchor of fragment.anchors ?? []) {
        if (
          page &&
          /^h[1-6]$/.test(anchor.element) &&
          elements(page.document, (el) => el.attribs.id === anchor.id).length === 0
        )
          problems.push(`${url}#${anchor.id}: no such id`);
      }
    }
    expect(problems).toEqual([]);
    // A source's article and the document of its claims share the page's address: both must stay
    // in the index (Pagefind keeps one document per address it is given directly, but the pages it
    // reads from dist/ are kept beside them).
    const sourcePages = site.pages.filter(
      (page) => page.url.startsWith(`${BASE}sources/`) && page.url !== `${BASE}sources/`,
    );
    for (const page of sourcePages)
      expect(kinds.get(page.url.slice(BASE.length - 1))?.sort(), page.url).toEqual(['Article', 'Claim']);
  });
});

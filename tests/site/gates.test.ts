// Quality gates over every page of the built site (dist/). Each gate's own failing fixture is in
// tests/unit/site-gates.test.ts, so a green run here means the gate looked and found nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../../tools/gates/csp.ts';
import { htmlErrors } from '../../tools/gates/html-validity.ts';
import { externalLinksWithoutRel, findBrokenLinks } from '../../tools/gates/links.ts';
import { liveContentProblems } from '../../tools/gates/live-content.ts';
import { readBuiltSite } from '../../tools/gates/site-files.ts';
import { build, ROOT } from '../support/project-copy.ts';

const DIST = join(ROOT, 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const site = readBuiltSite(DIST, BASE);

describe(`the built site (${site.pages.length} pages)`, () => {
  it('has every page type', () => {
    expect(site.pages.length).toBeGreaterThanOrEqual(25);
  });

  it('is valid HTML: 0 html-validate errors', async () => {
    expect(await htmlErrors(site.pages)).toEqual([]);
  });

  it('has no broken internal link or #anchor', () => {
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
  });

  it('marks every external link rel="noopener noreferrer"', () => {
    expect(externalLinksWithoutRel(site.pages)).toEqual([]);
  });

  it('gives every page a strict Content-Security-Policy', () => {
    expect(site.pages.flatMap(cspProblems)).toEqual([]);
  });

  it('runs nothing the site did not put there: no unhashed or early script, handler, meta refresh, frame or unsafe link', () => {
    expect(site.pages.flatMap(liveContentProblems)).toEqual([]);
  });

  it('lists every page but the 404 in the sitemap, and nothing else', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
    const pages = site.pages
      .map((page) => page.url)
      .filter((url) => !url.endsWith('404.html'))
      .sort();
    expect(listed).toEqual(pages);
  });
});

function hashes(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return new Map(
    walk(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

describe('the build', () => {
  it('is deterministic: building again gives byte-identical files', () => {
    const again = mkdtempSync(join(tmpdir(), 'gvr-rebuild-'));
    try {
      const result = build(ROOT, { args: ['--outDir', again] });
      expect(result.status, result.output).toBe(0);
      const first = hashes(DIST);
      const second = hashes(again);
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
      expect(differing).toEqual([]);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

// The measurements behind the budgets, on hand-written pages (no dist/ needed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetFile, builtPages, builtPageWeight, normaliseBase } from '../../tools/built-pages.ts';
import {
  hasJavaScript,
  pageResources,
  pageWeight,
  sizes,
  visibleText,
  withoutInlineScripts,
} from '../../tools/page-weight.ts';
import { pageType } from '../../tools/budgets.ts';

describe('pageResources', () => {
  it('finds stylesheets, linked and inline scripts, module preloads and handlers', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js">
      <link rel="prefetch" href="/x.js"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/p.js"></script>
      <script>console.log(1)</script><script type="application/ld+json">{"@type":"WebSite"}</script></head>
      <body><button onclick="go()">Go</button></body></html>`;
    expect(pageResources(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/m.js', '/x.js', '/_astro/p.js'],
      inlineScripts: ['console.log(1)'],
      handlers: ['onclick="go()"'],
    });
  });

  it('finds nothing on a plain page, and a JSON-LD block is not JavaScript', () => {
    const weight = pageWeight(
      '<html><body><p>Hi</p><script type="application/ld+json">{}</script></body></html>',
      () => undefined,
    );
    expect(hasJavaScript(weight)).toBe(false);
    expect(weight.js.raw).toBe(0);
  });

  it('counts an empty inline script as a script', () => {
    expect(hasJavaScript(pageWeight('<body><script></script></body>', () => undefined))).toBe(true);
  });
});

describe('visibleText', () => {
  it('keeps the body text only, without scripts, styles, tags or entities', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Go &amp; Rust</h1><style>.x{}</style><script>var a = "<p>no</p>";</script>
      <p>It&#8217;s   <em>fast</em>&nbsp;&#x2014; ok</p><template><p>hidden</p></template></body></html>`;
    expect(visibleText(html)).toBe('Go & Rust It’s fast — ok');
  });
});

describe('pageWeight', () => {
  it('adds linked CSS and JS and computes the ratio from gzip sizes', () => {
    const css = 'body { color: red; }'.repeat(10);
    const html = `<html><head><link rel="stylesheet" href="/s.css"><script src="/a.js"></script></head><body><p>${'Some words. '.repeat(50)}</p></body></html>`;
    const weight = pageWeight(html, (href) =>
      href === '/s.css' ? Buffer.from(css) : href === '/a.js' ? Buffer.from('x()') : undefined,
    );
    expect(weight.css).toEqual(sizes(css));
    expect(weight.js.raw).toBe(3);
    expect(weight.missing).toEqual([]);
    expect(weight.gzipRatio).toBeCloseTo((sizes(html).gzip + sizes(css).gzip) / sizes(visibleText(html)).gzip, 10);
  });

  it('does not count inline JavaScript as markup too', () => {
    const code = 'document.querySelectorAll("th").forEach((th) => th.addEventListener("click", () => {}));'.repeat(5);
    const html = `<html><body><p>${'Words. '.repeat(40)}</p><script>${code}</script></body></html>`;
    const weight = pageWeight(html, () => undefined);
    expect(weight.js.raw).toBe(code.length);
    expect(weight.gzipRatio).toBeCloseTo(sizes(withoutInlineScripts(html)).gzip / weight.text.gzip, 10);
  });

  it('lists linked files it cannot find', () => {
    expect(pageWeight('<link rel="stylesheet" href="/gone.css">', () => undefined).missing).toEqual(['/gone.css']);
  });
});

describe('reading a built site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'gvr-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'topics', 'cost'), { recursive: true });
  writeFileSync(join(dist, '_astro', 'a.css'), 'p{margin:0}');
  writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="/repo/_astro/a.css"><body>Home</body>');
  writeFileSync(
    join(dist, 'topics', 'cost', 'index.html'),
    '<link rel="stylesheet" href="../../_astro/a.css"><body>Cost</body>',
  );
  writeFileSync(join(dist, '404.html'), '<body>Not found</body>');

  it('lists pages by address', () => {
    expect(builtPages(dist).map((page) => page.path)).toEqual(['/', '/404.html', '/topics/cost/']);
  });

  it('resolves root-relative links below the base path and relative links against the page', () => {
    const [home, , cost] = builtPages(dist);
    expect(assetFile(dist, '/repo', home!, '/repo/_astro/a.css')).toBe(join(dist, '_astro', 'a.css'));
    expect(assetFile(dist, '/repo', home!, '/elsewhere/a.css')).toBeUndefined();
    expect(assetFile(dist, '/', cost!, '../../_astro/a.css')).toBe(join(dist, '_astro', 'a.css'));
    expect(assetFile(dist, '/', home!, 'https://cdn.example/a.css')).toBeUndefined();
    expect(builtPageWeight(dist, '/repo/', home!).css.raw).toBe('p{margin:0}'.length);
  });

  it('normalises base paths', () => {
    expect([undefined, '', '/', 'repo', '/repo', '/repo/', '/a/b'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/',
      '/repo/',
      '/repo/',
      '/repo/',
      '/a/b/',
    ]);
  });
});

describe('pageType', () => {
  it('gives each address its budget, and new page types the target', () => {
    expect(
      ['/', '/topics/', '/topics/cost/', '/sources/x/', '/search/', '/404.html', '/new-kind/'].map(
        (path) => pageType(path).name,
      ),
    ).toEqual(['home', 'topics index', 'topic page', 'source page', 'search', 'not found', 'other page']);
    expect(pageType('/new-kind/')).toMatchObject({ maxRatio: 2, maxJsBytes: 0 });
  });
});

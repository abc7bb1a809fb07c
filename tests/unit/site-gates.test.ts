// Every site gate, seen to fail on a page broken on purpose (tests/fixtures/site/broken.html).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../../tools/gates/csp.ts';
import { htmlErrors } from '../../tools/gates/html-validity.ts';
import { liveContentProblems } from '../../tools/gates/live-content.ts';
import { externalLinksWithoutRel, findBrokenLinks } from '../../tools/gates/links.ts';
import { parsePage } from '../../tools/gates/site-files.ts';

const html = readFileSync(join(import.meta.dirname, '../fixtures/site/broken.html'), 'utf8');
const broken = parsePage('/broken/', 'broken/index.html', html);
const home = parsePage(
  '/',
  'index.html',
  '<!doctype html><html lang="en"><head><title>t</title></head><body><h1 id="top">Home</h1></body></html>',
);

describe('the site gates on a broken page', () => {
  it('html-validate reports its errors', async () => {
    const errors = await htmlErrors([broken]);
    expect(
      errors.some((e) => /close-order|element-permitted|no-implicit-close|close-attr/.test(e)),
      errors.join('\n'),
    ).toBe(true);
    expect(
      errors.some((e) => /wcag\/h37|alt/i.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('the link checker finds the missing page, the missing anchor and the missing image', () => {
    expect(findBrokenLinks([broken, home], new Set())).toEqual([
      { page: '/broken/', href: '/nowhere/', reason: 'no page or file at /nowhere/' },
      { page: '/broken/', href: '/#no-such-anchor', reason: '/ has no element with id "no-such-anchor"' },
      { page: '/broken/', href: '/missing.png', reason: 'no page or file at /missing.png' },
    ]);
  });

  it('resolves links under a base path', () => {
    const page = parsePage(
      '/base/a/',
      'a/index.html',
      '<a href="/base/#top">home</a> <a href="../b/">b</a> <a href="/a/">outside the base</a>',
    );
    const target = parsePage('/base/', 'index.html', '<h1 id="top">x</h1>');
    expect(findBrokenLinks([page, target], new Set()).map((b) => b.href)).toEqual(['../b/', '/a/']);
  });

  it('the rel check finds the external link without noopener noreferrer', () => {
    expect(externalLinksWithoutRel([broken])).toEqual([
      { page: '/broken/', href: 'https://example.com/', reason: 'external link without rel="noopener noreferrer"' },
    ]);
  });

  it('the CSP check refuses unsafe-inline scripts and inline handlers', () => {
    expect(cspProblems(broken)).toEqual([
      "/broken/: script-src allows 'unsafe-inline'",
      '/broken/: 1 element(s) with inline event handlers',
      '/broken/: 1 element(s) with a style attribute, which the policy blocks',
    ]);
    expect(cspProblems(home)).toEqual(['/: expected one CSP <meta>, found 0']);
  });
});

describe('the live-content gate on a page with injected code and markup', () => {
  const page = parsePage(
    '/live/',
    'live/index.html',
    readFileSync(join(import.meta.dirname, '../fixtures/site/live-content.html'), 'utf8'),
  );

  it('names every script, handler, refresh, frame, base and unsafe link, and nothing the site may write', () => {
    expect(liveContentProblems(page)).toEqual([
      '/live/: <script> comes before the Content-Security-Policy',
      '/live/: <base> is not allowed on a page',
      '/live/: <meta> is a meta refresh',
      '/live/: <script> is an inline script whose hash is not in the policy',
      '/live/: <script src="https://evil.example/x.js"> loads a script from another site',
      '/live/: <img src="x.png"> has an inline event handler onerror=',
      '/live/: <iframe src="https://evil.example/frame"> is not allowed on a page',
      '/live/: <a> has href="javascript:alert(1)", neither http(s), mailto nor relative',
      '/live/: <a> has href="data:text/html,x", neither http(s), mailto nor relative',
      '/live/: <a> has href="VBScript:x", neither http(s), mailto nor relative',
    ]);
  });

  it('passes a page with only hashed scripts after its policy', () => {
    expect(liveContentProblems(home)).toEqual([]);
  });
});

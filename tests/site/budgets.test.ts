// Byte budgets of the built site (tools/budgets.ts), checked on every page of dist/.
// `npm test` runs them right after `npm run build:local`; alone: `npm run build && npm run test:site`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, builtPageWeight, normaliseBase } from '../../tools/built-pages.ts';
import { hasJavaScript } from '../../tools/page-weight.ts';
import { pageType } from '../../tools/budgets.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
// The same base path the build used (astro.config.mjs reads BASE_PATH too).
const BASE = normaliseBase(process.env.BASE_PATH);

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(
    `${DIST}/index.html is missing: the budgets measure the built site. Run \`npm run build\` first (\`npm test\` does).`,
  );
}

const pages = builtPages(DIST).map((page) => ({
  page,
  type: pageType(page.path),
  weight: builtPageWeight(DIST, BASE, page),
}));

describe('the built site', () => {
  it('has the pages the budgets are about', () => {
    const paths = pages.map(({ page }) => page.path);
    for (const path of ['/', '/topics/', '/sources/', '/verdicts/', '/numbers/']) expect(paths).toContain(path);
    expect(paths.filter((path) => /^\/sources\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages.map(({ page, weight }) => [page.path, weight.missing] as const))(
    '%s links only files that exist in dist/',
    (_path, missing) => {
      expect(missing).toEqual([]);
    },
  );
});

describe('JavaScript budget: none on content pages', () => {
  it.each(pages.map(({ page, type, weight }) => [page.path, type, weight] as const))('%s', (_path, type, weight) => {
    const found = {
      scripts: weight.resources.scripts,
      inline: weight.resources.inlineScripts.length,
      handlers: weight.resources.handlers,
      bytes: weight.js.raw,
    };
    if (type.maxJsBytes === 0) {
      expect(hasJavaScript(weight), `a ${type.name} must ship no JavaScript; found ${JSON.stringify(found)}`).toBe(
        false,
      );
    } else {
      expect(
        weight.js.raw,
        `a ${type.name} may ship at most ${type.maxJsBytes} bytes of JavaScript; found ${JSON.stringify(found)}`,
      ).toBeLessThanOrEqual(type.maxJsBytes);
    }
  });
});

describe('markup budget: gzip(HTML + CSS) ÷ gzip(visible text)', () => {
  it.each(pages.map(({ page, type, weight }) => [page.path, type, weight] as const))('%s', (_path, type, weight) => {
    const detail = `HTML ${weight.html.gzip} B + CSS ${weight.css.gzip} B gzipped for ${weight.text.gzip} B of gzipped text`;
    expect(
      weight.gzipRatio,
      `${detail}: ratio ${weight.gzipRatio.toFixed(2)} is over the ${type.name} budget of ${type.maxRatio} (see tools/budgets.ts)`,
    ).toBeLessThanOrEqual(type.maxRatio);
  });
});

// /numbers/: honest charts, readable on a phone, every figure with its quote and its rating.
// Generic over the content: nothing here pins the real sources' numbers or texts.
import { expect, test } from './fixtures.ts';
import { RATING_WORDS, UNCHECKED_WORD } from '../../src/lib/site/labels.ts';
import { SOURCES } from './content.ts';

test.describe('/numbers/', () => {
  test('every axis starts at zero or says it is a log scale', async ({ page }) => {
    await page.goto('numbers/');
    const charts = page.locator('section.chart');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const name = await chart.getByRole('heading').innerText();
      if ((await chart.getAttribute('data-scale')) === 'log') {
        await expect(chart.getByText('Log scale', { exact: true }), name).toBeVisible();
        await expect(chart.locator('.chart-axis-note'), name).toContainText('Log scale');
      } else {
        await expect(chart.locator('.chart-tick').first(), name).toHaveText(/^0(%|×)?$/);
        await expect(chart.locator('.chart-axis-note'), name).toContainText('from 0');
      }
    }
  });

  test('no chart text renders under 12 px on a 390 px phone, and none is SVG text', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('numbers/');
    await expect(page.locator('section.chart svg text')).toHaveCount(0);
    const small = await page.locator('section.chart').evaluateAll((charts) => {
      const found: string[] = [];
      for (const chart of charts) {
        const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.textContent?.trim() || parent.closest('.visually-hidden')) continue;
          const size = parseFloat(getComputedStyle(parent).fontSize);
          if (size < 12) found.push(`${size}px: ${node.textContent.trim()}`);
        }
      }
      return found;
    });
    expect(small).toEqual([]);
  });

  test('each quote appears once, with every figure it states', async ({ page }) => {
    await page.goto('numbers/');
    const quotes = await page.locator('main blockquote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size, 'a quote is repeated').toBe(quotes.length);
    for (const source of SOURCES) {
      for (const claim of source.claims.filter((c) => c.figures?.length)) {
        const item = page.locator(`[id="quote-${source.slug}-${claim.id}"]`);
        await expect(item.locator('blockquote')).toHaveCount(1);
        await expect(item.getByRole('list', { name: 'Figures it states' }).getByRole('listitem')).toHaveCount(
          claim.figures!.length,
        );
      }
    }
  });

  // One test per source, so the work of each grows with one article, never with the whole content.
  for (const source of SOURCES) {
    test(`${source.slug}: every figure shows its fact-check rating as icon and word`, async ({ page }) => {
      await page.goto('numbers/');
      for (const claim of source.claims) {
        for (const row of await page
          .locator('.chart-row')
          .filter({ has: page.locator(`a[href="#quote-${source.slug}-${claim.id}"]`) })
          .all()) {
          const word = claim.check ? RATING_WORDS[claim.check.rating] : UNCHECKED_WORD;
          await expect(row.locator('.rating')).toContainText(word);
          await expect(row.locator('.rating-icon')).not.toBeEmpty();
        }
      }
    });
  }
});

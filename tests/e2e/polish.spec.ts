// What issue 12 promised a reader: honest charts, search in every header, source pages that lead
// back to their claims, a picker that handles none/all/only and carries across topics, and a
// reading measure. Generic over the content: nothing here pins the real sources' numbers or texts.
import { expect, test } from '@playwright/test';
import { RATING_WORDS, UNCHECKED_WORD } from '../../src/lib/site/labels.ts';
import { SOURCES, TOPICS } from './content.ts';
import { PAGES } from './pages.ts';

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
        await expect(item.getByRole('list', { name: 'Figures it states' }).getByRole('listitem')).toHaveCount(claim.figures!.length);
      }
    }
  });

  test('every figure shows its fact-check rating as icon and word', async ({ page }) => {
    await page.goto('numbers/');
    for (const source of SOURCES) {
      for (const claim of source.claims) {
        for (const row of await page.locator('.chart-row').filter({ has: page.locator(`a[href="#quote-${source.slug}-${claim.id}"]`) }).all()) {
          const word = claim.check ? RATING_WORDS[claim.check.rating] : UNCHECKED_WORD;
          await expect(row.locator('.rating')).toContainText(word);
          await expect(row.locator('.rating-icon')).not.toBeEmpty();
        }
      }
    }
  });
});

test('every page’s header has a search form that works without JavaScript', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const search = page.getByRole('banner').getByRole('search');
    await expect(search, path).toHaveAttribute('action', /search\/$/);
    await expect(search.getByRole('searchbox'), path).toHaveAttribute('name', 'q');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search leads to the search page with the query in the URL', async ({ page }) => {
    await page.goto('about/');
    await page.getByRole('banner').getByRole('searchbox').fill('memory');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/search\/\?q=memory$/);
  });

  test('the topic pages link to the previous and next topic', async ({ page }) => {
    await page.goto(`topics/${TOPICS[0]!.id}/`);
    await expect(page.getByRole('navigation', { name: 'Other topics' }).getByRole('link')).not.toHaveCount(0);
  });
});

test('the search page counts the results it lists', async ({ page }) => {
  await page.goto('search/?q=Rust');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  const status = await page.locator('[data-search-status]').innerText();
  expect(status).toMatch(new RegExp(`^${await results.count()} results? for`));
});

test('/faq/ keeps prose lines under 90 characters on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('faq/');
  const longest = await page.locator('main p').evaluateAll((paragraphs) => {
    let most = 0;
    for (const p of paragraphs) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      for (const count of lines.values()) most = Math.max(most, count);
    }
    return most;
  });
  expect(longest).toBeGreaterThan(0);
  expect(longest).toBeLessThan(90);
});

test.describe('source pages', () => {
  for (const source of SOURCES) {
    test(`${source.slug}: every passage mark links back to an existing claim, and the original is linked when known`, async ({ page }) => {
      await page.goto(`sources/${source.slug}/`);
      const article = page.getByRole('region', { name: 'The article' });
      const backs = article.locator('a.passage-back');
      for (const claim of source.claims) {
        await expect(article.locator(`a.passage-back[href="#claim-${claim.id}"]`), claim.id).not.toHaveCount(0);
      }
      for (const href of await backs.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
      }
      if (source.url) await expect(page.getByRole('link', { name: new URL(source.url).hostname })).toHaveAttribute('href', source.url);
    });
  }

  test('arriving on a passage shows it, outlined, and its back link reaches the claim by keyboard', async ({ page }) => {
    const source = SOURCES.find((s) => s.claims.length > 0)!;
    const claim = source.claims.at(-1)!;
    await page.goto(`sources/${source.slug}/#passage-${claim.id}`);
    const anchor = page.locator(`[id="passage-${claim.id}"]`);
    await expect(anchor).toBeInViewport();
    const back = page.getByRole('region', { name: 'The article' }).locator(`a.passage-back[href="#claim-${claim.id}"]`).first();
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#claim-${claim.id}$`));
    await expect(page.locator(`[id="claim-${claim.id}"]`)).toBeInViewport();
  });
});

test.describe('the column picker', () => {
  const [a, b] = SOURCES;
  const topic = TOPICS[0]!.id;
  const column = (slug: string) => `[id="source-${slug}"]`;

  test('with none chosen it shows no column and says how to choose', async ({ page }) => {
    await page.goto(`topics/${topic}/`);
    const picker = page.getByRole('group', { name: 'Compare these sources' });
    for (const box of await picker.getByRole('checkbox').all()) await box.uncheck();
    for (const source of SOURCES) await expect(page.locator(column(source.slug))).toBeHidden();
    await expect(picker.getByRole('status')).toContainText('No source chosen');
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('sources')).toBe('');
    // The empty choice survives a reload.
    await page.reload();
    await expect(page.locator(column(a!.slug))).toBeHidden();
  });

  test('"only" keeps one source and "All sources" brings every one back', async ({ page }) => {
    await page.goto(`topics/${topic}/`);
    const picker = page.getByRole('group', { name: 'Compare these sources' });
    await picker.getByRole('button', { name: /^Only / }).first().click();
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(page.locator('.columns > [data-source]:visible')).toHaveCount(1);
    await picker.getByRole('button', { name: 'All sources' }).click();
    for (const source of SOURCES) await expect(page.locator(column(source.slug))).toBeVisible();
    expect(new URL(page.url()).searchParams.has('sources')).toBe(false);
  });

  test('the choice carries to the next topic through its link', async ({ page }) => {
    await page.goto(`topics/${topic}/?sources=${a!.slug},${b!.slug}`);
    const next = page.getByRole('navigation', { name: 'Other topics' }).getByRole('link').last();
    await next.click();
    await expect(page).toHaveURL(/\/topics\/[^/]+\/\?sources=/);
    await expect(page.locator(column(a!.slug))).toBeVisible();
    await expect(page.locator(column(b!.slug))).toBeVisible();
    for (const source of SOURCES.slice(2)) await expect(page.locator(column(source.slug))).toBeHidden();
  });
});

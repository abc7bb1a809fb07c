import { expect, test } from '@playwright/test';
import { SOURCES } from './content.ts';

test('a search for "generics" finds the Go 1.26 claim and its fact-check, linking to the passage', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('search/?q=generics');
  const results = page.locator('[data-search-results] > li');
  const claim = results.filter({ hasText: 'Go 1.26' }).first();
  await expect(claim).toBeVisible();
  await expect(claim).toContainText('Fact-check: Inaccurate');
  await expect(claim.getByRole('link').first()).toHaveAttribute('href', /sources\/froodl-rust-vs-go-backend\/#passage-go-1-26-generics$/);
  await claim.getByRole('link').first().click();
  await expect(page.locator(':is(mark, .passage-block):has(> [id="passage-go-1-26-generics"])')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('search filters by topic and by source, and keeps the query in the URL', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search articles, claims and FAQ answers').fill('Rust');
  await page.getByText('Filter by topic or source').click();
  await page.getByRole('group', { name: 'Sources' }).getByLabel('Froodl').check();
  await expect(page).toHaveURL(/\?q=Rust&source=Froodl$/);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  for (const text of await results.allInnerTexts()) expect(text).toContain('Froodl');
  await page.getByRole('group', { name: 'Topics' }).getByLabel('Edge and WebAssembly').check();
  await expect(results.first()).toContainText('WASM');
  // The shared link reopens with its filters shown and applied.
  await page.goto(page.url());
  await expect(page.getByRole('group', { name: 'Topics' }).getByLabel('Edge and WebAssembly')).toBeChecked();
  await expect(results.first()).toContainText('WASM');
});

test('search indexes article bodies but not navigation', async ({ page }) => {
  await page.goto('search/?q=Kubernetes');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await page.goto('search/?q=Numbers');
  await expect(page.locator('[data-search-status]')).toContainText(/^0 results/);
});

test('a shared link with two chosen sources opens the topic page with just those two', async ({ page }) => {
  const [a, b, c] = SOURCES;
  await page.goto(`topics/performance/?sources=${a!.slug},${b!.slug}`);
  await expect(page.locator(`[id="source-${a!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${b!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${c!.slug}"]`)).toBeHidden();
  const picker = page.getByRole('group', { name: 'Compare these sources' });
  await picker.locator(`input[value="${c!.slug}"]`).check();
  await expect(page.locator(`[id="source-${c!.slug}"]`)).toBeVisible();
  const chosen = new URL(page.url()).searchParams.get('sources')?.split(',').sort();
  expect(chosen).toEqual([a!.slug, b!.slug, c!.slug].sort());
});

test('the picker works on the verdicts, FAQ and tables pages too', async ({ page }) => {
  const [a, b] = SOURCES;
  await page.goto(`verdicts/?sources=${a!.slug}`);
  await expect(page.locator(`[id="source-${a!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${b!.slug}"]`)).toBeHidden();
  const withTables = SOURCES.filter((s) => s.tables.length > 0);
  await page.goto(`tables/?sources=${withTables[0]!.slug}`);
  await expect(page.locator(`th[data-source="${withTables[1]!.slug}"]`)).toBeHidden();
  await expect(page.locator(`th[data-source="${withTables[0]!.slug}"]`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every column shows and the picker stays out of the way', async ({ page }) => {
    await page.goto(`topics/performance/?sources=${SOURCES[0]!.slug}`);
    for (const source of SOURCES) await expect(page.locator(`[id="source-${source.slug}"]`)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Compare these sources' })).toBeHidden();
  });
});

test('a topic page prints as a clean side-by-side document', async ({ page }) => {
  await page.goto('topics/performance/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.locator('.claim-links').first()).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const tops = await page.locator('.columns > .column').evaluateAll((columns) => columns.map((column) => Math.round(column.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'columns share rows when printed').toBeLessThan(tops.length);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('in forced colours, a targeted passage is still outlined', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('sources/froodl-rust-vs-go-backend/#passage-cpu-bound-speed');
  const mark = page.locator('mark:has(> [id="passage-cpu-bound-speed"])');
  await expect(mark).toHaveCSS('outline-style', 'solid');
});

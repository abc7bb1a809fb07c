// One header on every page: the same height everywhere at a given width, compact on a phone, its
// links and search folded behind a button there that works without JavaScript.
import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`the header is the same height on every page at ${width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    const heights = new Map<string, number>();
    for (const path of PAGES) {
      await page.goto(path);
      heights.set(`/${path}`, Math.round((await page.getByRole('banner').boundingBox())!.height));
    }
    const first = [...heights.values()][0]!;
    expect(
      Object.fromEntries([...heights].filter(([, h]) => h !== first)),
      `every page's header is ${first} px`,
    ).toEqual({});
    if (width === 390)
      expect(first, 'the header takes at most 15% of a phone’s first screen').toBeLessThanOrEqual(height * 0.15);
  });
}

test('the header stays in view as a long page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('about/');
  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole('banner')).toBeInViewport();
  expect((await page.getByRole('banner').boundingBox())!.y).toBe(0);
});

test('at 1440 px the links and the search show in the header, with no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: 'Site' })).toBeVisible();
  await expect(banner.getByRole('searchbox')).toBeVisible();
  await expect(banner.locator('summary')).toBeHidden();
});

test.describe('on a phone, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the menu button unfolds the links and the search, and the search works', async ({ page }) => {
    await page.goto('topics/');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await banner.getByText('Menu', { exact: true }).click();
    await expect(banner.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' })).toBeVisible();
    await banner.getByRole('searchbox').fill('memory');
    await banner.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/search\/\?q=memory$/);
  });
});

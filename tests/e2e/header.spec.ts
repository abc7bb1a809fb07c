// One header on every page, compact on a phone, its
// links and search folded behind a button there that works without JavaScript.
import { expect, test } from './fixtures.ts';

// That every page's header is as tall as the home page's, at 1440 and 390 px, is a page gate
// (navigation.spec.ts).
test('on a phone the header takes at most 15% of the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(844 * 0.15);
});

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

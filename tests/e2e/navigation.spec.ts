import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SOURCES } from './content.ts';

const PAGES = ['', 'sources/', ...SOURCES.map((source) => `sources/${source.slug}/`)];

test('a reader goes from the home page to a source and back', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go vs Rust, side by side');
  const first = SOURCES[0]!;
  await page.getByRole('link', { name: first.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go vs Rust, side by side');
});

test('the skip link is the first stop for keyboard users and moves focus to the content', async ({ page }) => {
  await page.goto('sources/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('content pages ship no JavaScript', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has no axe violations (WCAG 2.2 AA, ${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
    }
  });
}

test('every page fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

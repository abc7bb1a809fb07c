import { expect, test } from '@playwright/test';
import { axeViolations, keyboardProblems, sidewaysOverflow } from '../support/page-checks.ts';
import { SOURCES, TOPICS } from './content.ts';
import { PAGES } from './pages.ts';
import { pageType } from '../../tools/budgets.ts';

test('the built site has every page type', () => {
  for (const path of [
    '',
    'choose/',
    'topics/',
    `topics/${TOPICS[0]!.id}/`,
    'verdicts/',
    'faq/',
    'tables/',
    'numbers/',
    'about/',
    'sources/',
    `sources/${SOURCES[0]!.slug}/`,
  ]) {
    expect(PAGES).toContain(path);
  }
});

test('a reader goes from the home page to a source and back', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go vs Rust, side by side');
  const first = SOURCES[0]!;
  // A source's card leads with its short name (as the matrix does), its headline under it.
  await page
    .getByRole('listitem')
    .filter({ has: page.getByText(first.title, { exact: true }) })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' })).toHaveAttribute(
    'aria-current',
    'page',
  );
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

// One test per page, with a step per gate, so each page is loaded as few times as possible.
for (const path of PAGES) {
  test(`/${path} passes every page gate`, async ({ page }) => {
    test.setTimeout(90_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });

    await test.step('ships no JavaScript beyond what its page type allows', async () => {
      await page.goto(path);
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) =>
        els.map((el) => ({
          src: el.getAttribute('src'),
          bytes: new TextEncoder().encode(el.textContent ?? '').length,
        })),
      );
      // The allowance is the budgets' (tools/budgets.ts): none on content pages, a little inline
      // progressive enhancement on pages with a picker, a filter or the case form.
      const allowed = pageType(`/${path}`).maxJsBytes;
      if (allowed === Infinity) return;
      if (allowed === 0) {
        expect(scripts).toEqual([]);
      } else {
        expect(scripts.every((script) => script.src === null || script.src.startsWith('/'))).toBe(true);
        expect(scripts.reduce((n, script) => n + script.bytes, 0)).toBeLessThanOrEqual(allowed);
      }
    });

    await test.step('logs no Content-Security-Policy violation', async () => {
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });

    for (const scheme of ['light', 'dark', 'forced colors'] as const) {
      await test.step(`has no axe violations (WCAG 2.2 AA, ${scheme})`, async () => {
        expect(await axeViolations(page, scheme)).toEqual([]);
      });
    }

    await test.step('is usable by keyboard alone: every tab stop is visible and shows focus', async () => {
      // A second per tab stop on top of the fixed work: the home matrix grows with every source.
      const keyboard = await keyboardProblems(page, path, (stops) => test.setTimeout(90_000 + stops * 1_000));
      expect(keyboard.invisible, 'focused but invisible').toEqual([]);
      expect(keyboard.withoutOutline, 'focused without a focus outline').toEqual([]);
      expect(keyboard.reached, 'every focusable element is reached once').toBe(keyboard.stops);
    });

    await test.step('fits a 320 px screen without sideways scrolling', async () => {
      const overflow = await sidewaysOverflow(page, path, 320);
      expect(overflow, `scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the topic pages link to the previous and next topic', async ({ page }) => {
    await page.goto(`topics/${TOPICS[0]!.id}/`);
    await expect(page.getByRole('navigation', { name: 'Other topics' }).getByRole('link')).not.toHaveCount(0);
  });
});

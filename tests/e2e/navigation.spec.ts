import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, keyboardProblems, sidewaysOverflow } from '../support/page-checks.ts';
import { smallTargets } from '../support/tap-targets.ts';
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
  // Visible, not painted under the sticky header: the link is what sits at its own centre.
  const box = (await skip.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.textContent?.trim(),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(onTop).toBe('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the content column starts at the same place on every page type', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const lefts = new Map<string, number>();
  for (const path of ['', 'choose/', `topics/${TOPICS[0]!.id}/`, `sources/${SOURCES[0]!.slug}/`, 'about/', 'checks/']) {
    await page.goto(path);
    lefts.set(`/${path}`, Math.round((await page.getByRole('heading', { level: 1 }).boundingBox())!.x));
  }
  expect(new Set(lefts.values()).size, JSON.stringify(Object.fromEntries(lefts))).toBe(1);
});

// One test per page, with a step per gate, on one load of the page: the viewport is resized rather
// than the page reloaded, so a page's gates cost about a second whatever the site's size.
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const NARROWEST = 320;

/** The header's height (px) at each width on the home page, which every page's must equal: measured once per worker. */
const homeHeader = new Map<number, number>();
const headerHeight = async (page: Page) => Math.round((await page.getByRole('banner').boundingBox())!.height);
async function homeHeaderHeight(browser: Browser, viewport: { width: number; height: number }): Promise<number> {
  if (!homeHeader.has(viewport.width)) {
    const home = await browser.newPage({ viewport });
    await home.goto('');
    homeHeader.set(viewport.width, await headerHeight(home));
    await home.close();
  }
  return homeHeader.get(viewport.width)!;
}

for (const path of PAGES) {
  test(`/${path} passes every page gate`, async ({ page, browser }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.setViewportSize(WIDE);
    await page.goto(path);
    // Tabbing and axe grow with the page's controls and elements (the home matrix has one link per
    // source and topic): time in proportion.
    test.setTimeout(30_000 + (await page.locator('a, button, summary, input').count()) * 50);

    await test.step('ships no JavaScript beyond what its page type allows', async () => {
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

    await test.step('has the header search, a form that works without JavaScript', async () => {
      const search = page.getByRole('banner').getByRole('search');
      await expect(search).toHaveAttribute('action', /search\/$/);
      await expect(search.getByRole('searchbox')).toHaveAttribute('name', 'q');
    });

    for (const scheme of ['light', 'dark', 'forced colors'] as const) {
      await test.step(`has no axe violations (WCAG 2.2 AA, ${scheme})`, async () => {
        expect(await axeViolations(page, scheme)).toEqual([]);
      });
    }

    await test.step('is usable by keyboard alone: every tab stop is visible and shows focus', async () => {
      const keyboard = await keyboardProblems(page);
      expect(keyboard.invisible, 'focused but invisible').toEqual([]);
      expect(keyboard.withoutOutline, 'focused without a focus outline').toEqual([]);
      expect(keyboard.reached, 'every focusable element is reached once').toBe(keyboard.stops);
    });

    for (const viewport of [WIDE, PHONE]) {
      await test.step(`at ${viewport.width} px: the header is as tall as everywhere, and no control is smaller than 24 × 24 px`, async () => {
        await page.setViewportSize(viewport);
        expect(await headerHeight(page), 'the header’s height, as on the home page').toBe(
          await homeHeaderHeight(browser, viewport),
        );
        expect(await smallTargets(page)).toEqual([]);
      });
    }

    for (const width of [PHONE.width, NARROWEST]) {
      await test.step(`fits a ${width} px screen without sideways scrolling`, async () => {
        const overflow = await sidewaysOverflow(page, undefined, width);
        expect(overflow, `scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      });
    }

    await test.step('logs no Content-Security-Policy violation', async () => {
      expect(violations).toEqual([]);
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

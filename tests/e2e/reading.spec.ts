// How pages read: the line measure, and passages in forced colours.
import { expect, test } from './fixtures.ts';
import { SOURCES } from './content.ts';

test('/faq/ keeps prose lines under 90 characters on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('faq/');
  const longest = await page.locator('main p').evaluateAll((paragraphs) => {
    let most = 0;
    for (const p of paragraphs) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Text for screen readers only (clipped to a 1 px box) is on no line a reader sees.
        if (node.parentElement?.closest('.visually-hidden')) continue;
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

test('in forced colours, a targeted passage is still outlined', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const source = SOURCES[0]!;
  const claim = source.claims[0]!;
  await page.goto(`sources/${source.slug}/#passage-${claim.id}`);
  const mark = page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`);
  await expect(mark).toHaveCSS('outline-style', 'solid');
});

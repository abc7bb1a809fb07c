// Every control on every page can be hit with a finger or an unsteady pointer: at least 24 × 24
// CSS px (WCAG 2.2, 2.5.8), links inside running text excepted as the criterion allows.
import { expect, test } from '@playwright/test';
import { smallTargets } from '../support/tap-targets.ts';
import { PAGES } from './pages.ts';

for (const [width, height] of [
  [390, 844],
  [1440, 900],
] as const) {
  test(`no control is smaller than 24 × 24 px at ${width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      for (const line of await smallTargets(page)) found.push(`/${path}: ${line}`);
    }
    expect(found).toEqual([]);
  });
}

test('the check itself finds a control that is too small, and spares a link in a sentence', async ({ page }) => {
  await page.setContent(`
    <p>Read <a href="#a">the method</a> before you count anything here.</p>
    <p><a href="#b" style="font-size:10px">tiny</a></p>
    <button style="width:30px;height:30px">ok</button>`);
  expect(await smallTargets(page)).toEqual([expect.stringMatching(/^a “tiny” \d+×\d+$/)]);
});

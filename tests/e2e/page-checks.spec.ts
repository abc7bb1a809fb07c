// The page gates' own checks (tests/support/page-checks.ts, tap-targets.ts) find what they look
// for, on pages made to fail them: a gate that cannot fail would pass every page.
import { expect, test } from './fixtures.ts';
import { axeViolations, keyboardProblems, sidewaysOverflow } from '../support/page-checks.ts';
import { smallTargets } from '../support/tap-targets.ts';

test('the target-size check finds a control that is too small, and spares a link in a sentence', async ({ page }) => {
  await page.setContent(`
    <p>Read <a href="#a">the method</a> before you count anything here.</p>
    <p><a href="#b" style="font-size:10px">tiny</a></p>
    <button style="width:30px;height:30px">ok</button>`);
  expect(await smallTargets(page)).toEqual([expect.stringMatching(/^a “tiny” \d+×\d+$/)]);
});

test('axe finds text that loses its contrast in the dark scheme only', async ({ page }) => {
  await page.setContent(`<html lang="en"><head><title>t</title>
    <style>@media (prefers-color-scheme: dark) { body { background: #000 } p { color: #222 } }</style></head>
    <body><main><h1>Heading</h1><p>Some words to read.</p></main></body></html>`);
  expect(await axeViolations(page, 'light')).toEqual([]);
  expect(await axeViolations(page, 'dark')).toEqual([expect.stringMatching(/^color-contrast \(1\)/)]);
});

test('the keyboard check finds a stop without a focus outline and one focused while invisible', async ({ page }) => {
  await page.setContent(`<main>
    <a href="#c" style="position:absolute;width:0;height:0;overflow:hidden;display:block">hidden</a>
    <a href="#a">first</a>
    <a href="#b" class="bare">no outline</a>
    <button>last</button>
  </main><style>:focus { outline: 2px solid blue } .bare:focus { outline: none }</style>`);
  const found = await keyboardProblems(page);
  expect(found.invisible).toEqual(['hidden']);
  expect(found.withoutOutline).toEqual(['no outline']);
  // The visible stops are three; the invisible one takes a Tab of its own, so the last is not reached.
  expect(found.stops).toBe(3);
  expect(found.reached).toBe(3);
});

test('the overflow check measures how far a page scrolls sideways', async ({ page }) => {
  await page.setContent(`<div style="width:500px;height:10px"></div>`);
  expect(await sidewaysOverflow(page, undefined, 320)).toBeGreaterThan(0);
  expect(await sidewaysOverflow(page, undefined, 600)).toBeLessThanOrEqual(0);
});

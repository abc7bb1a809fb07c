// Page-level quality checks shared by the e2e suite (tests/e2e/navigation.spec.ts, against dist/)
// and the growth test (tests/cli/content-growth.test.ts, against a build of grown content). Each returns
// what it found, so either runner can assert on it. Each works on the page as loaded, so one load
// serves every check: a gate's cost per page stays a fraction of a second, whatever the site's size.
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumLaunchOptions } from '../../tools/chromium.ts';

type ColourScheme = 'light' | 'dark' | 'forced colors';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as it is now, one line each. axe-core runs in the page
 * itself, injected once per load (evaluated, so the page's Content-Security-Policy does not apply
 * to it); the site has no frames, so axe's cross-frame runner is not needed.
 */
export async function axeViolations(page: Page, scheme: ColourScheme): Promise<string[]> {
  await page.emulateMedia(
    scheme === 'forced colors'
      ? { colorScheme: 'light', forcedColors: 'active' }
      : { colorScheme: scheme, forcedColors: 'none' },
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id} (${v.nodes.length}) ${v.help}: ${(v.nodes[0]?.target ?? []).join(' ')}`,
    );
  }, WCAG_22_AA);
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  return violations;
}

/**
 * Tabs through the page from its start (load it first, or give `url`), then leaves nothing
 * focused and scrolls back to the top: tab stops focused while invisible or without a focus outline, and how many of the
 * visible focusables were reached. The
 * Tab presses go to the browser in one batch (the DevTools protocol handles input events in
 * order), so tabbing through a page costs about as much as loading it, however many links it has.
 */
export async function keyboardProblems(
  page: Page,
  url?: string,
): Promise<{ invisible: string[]; withoutOutline: string[]; stops: number; reached: number }> {
  if (url !== undefined) await page.goto(url);
  // Controls folded inside a closed <details> are not tab stops until it is opened.
  // A group of radio buttons is one tab stop: the arrow keys move within it.
  const radioGroups = await page
    .locator('input[type=radio]')
    .filter({ visible: true })
    .evaluateAll((radios) => new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size);
  const stops =
    (await page
      .locator('a[href], [tabindex="0"], button, summary, input:not([type=radio])')
      .filter({ visible: true })
      .count()) + radioGroups;
  await page.evaluate(() => {
    const seen: Array<{ key: string; outline: boolean; visible: boolean; name: string }> = [];
    (window as unknown as { tabStops: typeof seen }).tabStops = seen;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      seen.push({
        key: (el.dataset.tabStop ??= String(document.querySelectorAll('[data-tab-stop]').length)),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: box.width > 0 && box.height > 0,
        name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '',
      });
    });
  });
  const session = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: stops }, () => [
      session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]).flat(),
  );
  await session.detach();
  const seen = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return (window as unknown as { tabStops: Array<{ key: string; outline: boolean; visible: boolean; name: string }> })
      .tabStops;
  });
  return {
    invisible: seen.filter((stop) => !stop.visible).map((stop) => stop.name),
    withoutOutline: seen.filter((stop) => !stop.outline).map((stop) => stop.name),
    stops,
    reached: new Set(seen.map((stop) => stop.key)).size,
  };
}

/** How many pixels the page at `url` (or the page as loaded, resized) scrolls sideways at the given width (0 or less: none). */
export async function sidewaysOverflow(page: Page, url: string | undefined, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 800 });
  if (url !== undefined) await page.goto(url);
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The Chromium tools/chromium.ts finds, launched as the Playwright config launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * The quotes of the page's main content (the “…” of each blockquote) that its text gives, in
 * quotation marks, more often than there are sources saying them: a quote shown twice, as another
 * blockquote, a table cell or anywhere else. Two sources may use the same words; a quote's source
 * is its nearest [data-source-item]. The site's own sentences may use a quote's words unquoted.
 */
export async function repeatedQuotes(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const text = flat((main as HTMLElement).innerText);
    const speakers = new Map<string, Set<string>>();
    [...main.querySelectorAll('blockquote')].forEach((quote, i) => {
      const inner = flat((quote as HTMLElement).innerText);
      const words = inner.slice(inner.indexOf('“') + 1, inner.lastIndexOf('”'));
      if (!words) return;
      const source = quote.closest<HTMLElement>('[data-source-item]')?.dataset.sourceItem ?? `quote ${i}`;
      speakers.set(words, (speakers.get(words) ?? new Set()).add(source));
    });
    return [...speakers]
      .filter(([words, sources]) => text.split(`“${words}”`).length - 1 > sources.size)
      .map(([words]) => words);
  });
}

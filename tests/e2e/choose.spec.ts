import { expect, test } from '@playwright/test';

// Generic over the content: no use case, source or count of the real articles is pinned here.

test('the decision guide is linked from the header and the home page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('main').getByRole('link', { name: 'Describe your case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which to choose');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Choose' })).toHaveAttribute('aria-current', 'page');
});

test('every use case answers first, and every answer links to passages that exist on its source page', async ({ page }) => {
  await page.goto('choose/');
  const sections = page.locator('section.guide');
  const count = await sections.count();
  expect(count).toBeGreaterThan(0);
  // The glance table lists each use case once, linking to its section.
  await expect(page.getByRole('table', { name: /Number of sources recommending each language/ }).locator('tbody tr')).toHaveCount(count);
  const targets = new Map<string, Set<string>>();
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await expect(section.locator('.guide-tally')).toHaveText(/^(Go|Rust): \d+ sources? · (Go|Rust): \d+ sources?$/);
    for (const side of ['go', 'rust']) {
      const answers = section.locator(`.guide-${side} .guide-answers > li`);
      const sources = await answers.locator('.guide-source strong').allTextContents();
      // One answer per source and side: near-duplicates are merged, never listed twice.
      expect(new Set(sources).size, `a source is listed twice on one side of use case ${i + 1}`).toBe(sources.length);
      await expect(section.locator(`.guide-${side} h3`)).toContainText(`${sources.length} source`);
      for (let a = 0; a < sources.length; a++) {
        const links = answers.nth(a).locator('.guide-passages a');
        expect(await links.count()).toBeGreaterThan(0);
        for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
          const [path, hash] = href.split('#');
          expect(hash, `${href} links to a page top`).toMatch(/^passage-/);
          targets.set(path!, (targets.get(path!) ?? new Set()).add(hash!));
        }
      }
    }
  }
  for (const [path, hashes] of targets) {
    await page.goto(path);
    for (const hash of hashes) await expect(page.locator(`[id="${hash}"]`), `${path}#${hash}`).toHaveCount(1);
  }
});

test('a passage link lands on its highlighted passage in the article', async ({ page }) => {
  await page.goto('choose/');
  const link = page.locator('.guide-passages a').first();
  const quote = (await link.textContent())!.replace(/^“|”$/g, '');
  await link.click();
  await expect(page).toHaveURL(/#passage-rec-(go|rust)-\d+$/);
  const target = page.locator(':target');
  await expect(target).toHaveCount(1);
  // The article is typeset (curly quotes, dashes); the front-matter quote may not be.
  const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
  const passage = page.getByRole('region', { name: 'The article' }).locator('mark.passage, .passage-block').filter({ has: target });
  expect(fold((await passage.textContent())!)).toContain(fold(quote).slice(0, 40));
});

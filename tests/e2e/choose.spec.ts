import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SOURCES } from './content.ts';

// Generic over the content: no use case, source or count of the real articles is pinned here.

test('the decision guide is linked from the header and the home page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('main').getByRole('link', { name: 'Describe your case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which to choose');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Choose' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

/** What /choose/ shows, read in one pass: per use case, its tally and each side's heading, sources and passage links. */
async function guide(page: Page) {
  await page.goto('choose/');
  return page.locator('section.guide').evaluateAll((sections) => {
    // As a reader sees it: runs of white space are one space.
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return sections.map((section) => ({
      tally: text(section.querySelector('.guide-tally')),
      sides: ['go', 'rust'].map((side) => ({
        side,
        heading: text(section.querySelector(`.guide-${side} h3`)),
        answers: [...section.querySelectorAll(`.guide-${side} .guide-answers > li`)].map((answer) => ({
          source: text(answer.querySelector('.guide-source strong')),
          links: [...answer.querySelectorAll('.guide-passages a')].map((link) => link.getAttribute('href')!),
        })),
      })),
    }));
  });
}

test('every use case answers first, once per source and side, each answer linking to passages', async ({ page }) => {
  const sections = await guide(page);
  expect(sections.length).toBeGreaterThan(0);
  // The glance table lists each use case once, linking to its section.
  await expect(
    page.getByRole('table', { name: /Number of sources recommending each language/ }).locator('tbody tr'),
  ).toHaveCount(sections.length);
  sections.forEach((section, i) => {
    expect(section.tally).toMatch(/^(Go|Rust): \d+ sources? · (Go|Rust): \d+ sources?$/);
    for (const { side, heading, answers } of section.sides) {
      const sources = answers.map((answer) => answer.source);
      // One answer per source and side: near-duplicates are merged, never listed twice.
      expect(new Set(sources).size, `a source is listed twice on the ${side} side of use case ${i + 1}`).toBe(
        sources.length,
      );
      expect(heading).toContain(`${sources.length} source`);
      for (const answer of answers) {
        expect(answer.links.length, `${answer.source} on use case ${i + 1}`).toBeGreaterThan(0);
        for (const href of answer.links) expect(href.split('#')[1], `${href} links to a page top`).toMatch(/^passage-/);
      }
    }
  });
});

// One test per source page, each checked in one pass: the work grows with one article, never with all.
for (const source of SOURCES) {
  test(`every /choose/ passage link into ${source.slug} lands on a passage that exists`, async ({ page }) => {
    const hrefs = (await guide(page)).flatMap((section) =>
      section.sides.flatMap((side) => side.answers.flatMap((answer) => answer.links)),
    );
    const hashes = hrefs
      .filter((href) => href.split('#')[0]!.endsWith(`sources/${source.slug}/`))
      .map((href) => href.split('#')[1]!);
    await page.goto(`sources/${source.slug}/`);
    const ids = new Set(await page.locator('[id^="passage-"]').evaluateAll((els) => els.map((el) => el.id)));
    expect(hashes.filter((hash) => !ids.has(hash))).toEqual([]);
  });
}

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
  const passage = page
    .getByRole('region', { name: 'The article' })
    .locator('mark.passage, .passage-block')
    .filter({ has: target });
  expect(fold((await passage.textContent())!)).toContain(fold(quote).slice(0, 40));
});

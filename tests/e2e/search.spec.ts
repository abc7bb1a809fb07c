// Search: the header form on every page, the search page, its filters and what it indexes.
// The tests pick their words from the content itself, so they hold however it grows.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { RATING_WORDS } from '../../src/lib/site/labels.ts';
import { SEARCH_KINDS } from '../../src/lib/site/search-kinds.ts';
import { rarestWord, SOURCE_LABELS, SOURCES, sourcesWith, TOPICS } from './content.ts';

const checked = SOURCES.flatMap((source) =>
  source.claims.filter((claim) => claim.check).map((claim) => ({ source, claim })),
);

test('a search for a fact-checked claim finds it with its rating, linking to the passage', async ({ page }) => {
  test.skip(checked.length === 0, 'no claim has a fact-check');
  // The claim whose statement has the rarest word: searching that word puts it near the top.
  const { source, claim, word } = checked
    .flatMap((pair) => {
      const rare = rarestWord(pair.claim.statement);
      return rare ? [{ ...pair, word: rare }] : [];
    })
    .sort((a, b) => sourcesWith(a.word) - sourcesWith(b.word))[0]!;
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`search/?q=${encodeURIComponent(word)}`);
  const results = page.locator('[data-search-results] > li');
  const result = results.filter({ hasText: claim.statement }).first();
  await expect(result, `searching "${word}"`).toBeVisible();
  await expect(result).toContainText(`Fact-check: ${RATING_WORDS[claim.check!.rating]}`);
  await expect(result.getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`sources/${source.slug}/#passage-${claim.id}$`),
  );
  await result.getByRole('link').first().click();
  await expect(page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a question typed as a sentence finds the claim it asks about, answers first and no boilerplate', async ({
  page,
}) => {
  // The claim whose statement has the rarest word, asked about with the words a reader adds.
  const { claim } = SOURCES.flatMap((source) => source.claims.map((claim) => ({ source, claim })))
    .flatMap((pair) => {
      const rare = rarestWord(pair.claim.statement);
      return rare ? [{ ...pair, word: rare }] : [];
    })
    .sort((a, b) => sourcesWith(a.word) - sourcesWith(b.word))[0]!;
  const question = `Why do they say that ${claim.statement.replace(/\.$/, '')}?`;
  await page.goto(`search/?q=${encodeURIComponent(question)}`);
  const results = page.locator('[data-search-results] > li');
  await expect(results.filter({ hasText: claim.statement }).first(), question).toBeVisible();
  // Answers (claims and FAQ answers) come before articles, and the site's own words are not among them.
  await expect(results.first().locator('p.muted')).toContainText(
    new RegExp(`^(${Object.values(SEARCH_KINDS).join('|')})`),
  );
  await expect(page.locator('[data-search-results]')).not.toContainText('without page furniture');
});

test('search filters by topic and by source, and keeps the query in the URL', async ({ page }) => {
  const source = SOURCES[0]!;
  const label = SOURCE_LABELS.get(source.slug)!;
  const topic = TOPICS.find((t) => source.claims.some((claim) => claim.topic === t.id))!;
  await page.goto('search/');
  await page.getByLabel('Search articles, claims and FAQ answers').fill('Rust');
  await page.getByText('Filter by topic or source').click();
  await page.getByRole('group', { name: 'Sources' }).getByLabel(label, { exact: true }).check();
  await expect(page).toHaveURL(/\?q=Rust&source=/);
  expect(new URL(page.url()).searchParams.get('source')).toBe(label);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  for (const text of await results.allInnerTexts()) expect(text).toContain(label);
  await page.getByRole('group', { name: 'Topics' }).getByLabel(topic.title, { exact: true }).check();
  await expect(page).toHaveURL(/&topic=/);
  const filtered = await settledTexts(results);
  // The shared link reopens with its filters shown and applied.
  await page.goto(page.url());
  await expect(page.getByRole('group', { name: 'Topics' }).getByLabel(topic.title, { exact: true })).toBeChecked();
  expect(await settledTexts(results)).toEqual(filtered);
});

/**
 * The results' text once the list has settled: results render one by one as their data arrives,
 * so the list is read until two reads a quarter of a second apart agree. Text content, not the
 * rendered text, so that a result not yet laid out reads the same as one that is.
 */
async function settledTexts(results: Locator): Promise<string[]> {
  let last: string[] = [];
  await expect
    .poll(
      async () => {
        const now = await results.allTextContents();
        const settled = now.length > 0 && JSON.stringify(now) === JSON.stringify(last);
        last = now;
        return settled;
      },
      { intervals: [250] },
    )
    .toBe(true);
  return last;
}

test('search indexes article bodies but not navigation', async ({ page }) => {
  const body = SOURCES.find((source) => rarestWord(source.body))!;
  await page.goto(`search/?q=${encodeURIComponent(rarestWord(body.body)!)}`);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  // Only source pages and the documents of their claims and FAQ answers are indexed: a search for
  // a word of the site's navigation finds none of the pages the navigation leads to. (Pagefind
  // matches loosely, "Topics" finding "top", so results from the sources are allowed.)
  await page.goto('');
  const navigation = await page.getByRole('navigation', { name: 'Site' }).getByRole('link').allInnerTexts();
  const words = [...new Set(navigation.flatMap((text) => text.match(/\b[A-Za-z]{4,}\b/g) ?? []))];
  for (const word of words) {
    await page.goto(`search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('[data-search-status]')).toContainText(/\d+ results?|No results/i);
    const links = await page
      .locator('[data-search-results] > li a')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const link of links) expect(link, `a result for "${word}"`).toMatch(/\/(?:sources\/[^/]+|faq)\/$/);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search leads to the search page with the query in the URL', async ({ page }) => {
    await page.goto('about/');
    await page.getByRole('banner').getByRole('searchbox').fill('memory');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/search\/\?q=memory$/);
  });
});

test('the search page counts the results it lists', async ({ page }) => {
  await page.goto('search/?q=Rust');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  const status = await page.locator('[data-search-status]').innerText();
  expect(status).toMatch(new RegExp(`^${await results.count()} results? for`));
});

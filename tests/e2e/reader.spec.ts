import { expect, test } from '@playwright/test';
import { RATING_WORDS } from '../../src/lib/site/labels.ts';
import { rarestWord, SOURCE_LABELS, SOURCES, sourcesWith, TOPICS } from './content.ts';

// The search tests pick their words from the content itself, so they hold however it grows.
const checked = SOURCES.flatMap((source) => source.claims.filter((claim) => claim.check).map((claim) => ({ source, claim })));

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
  await expect(result.getByRole('link').first()).toHaveAttribute('href', new RegExp(`sources/${source.slug}/#passage-${claim.id}$`));
  await result.getByRole('link').first().click();
  await expect(page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`)).toBeInViewport();
  expect(errors).toEqual([]);
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
  await expect(results.first()).toBeVisible();
  const filtered = await results.allInnerTexts();
  // The shared link reopens with its filters shown and applied.
  await page.goto(page.url());
  await expect(page.getByRole('group', { name: 'Topics' }).getByLabel(topic.title, { exact: true })).toBeChecked();
  // Results render as the filters apply: wait for the list to settle rather than read it once.
  await expect.poll(() => results.allInnerTexts()).toEqual(filtered);
});

test('search indexes article bodies but not navigation', async ({ page }) => {
  const body = SOURCES.find((source) => rarestWord(source.body))!;
  await page.goto(`search/?q=${encodeURIComponent(rarestWord(body.body)!)}`);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  // A word of the site's navigation that no source uses must find nothing.
  await page.goto('');
  const navigation = await page.getByRole('navigation', { name: 'Site' }).getByRole('link').allInnerTexts();
  const word = navigation.flatMap((text) => text.match(/\b[A-Za-z]{4,}\b/g) ?? []).find((w) => sourcesWith(w) === 0);
  test.skip(!word, 'every navigation word also appears in the content');
  await page.goto(`search/?q=${encodeURIComponent(word!)}`);
  await expect(page.locator('[data-search-status]')).toContainText(/^0 results/);
});

test('a shared link with two chosen sources opens the topic page with just those two', async ({ page }) => {
  const [a, b, c] = SOURCES;
  await page.goto(`topics/${TOPICS[0]!.id}/?sources=${a!.slug},${b!.slug}`);
  await expect(page.locator(`[id="source-${a!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${b!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${c!.slug}"]`)).toBeHidden();
  const picker = page.getByRole('group', { name: 'Compare these sources' });
  await picker.locator(`input[value="${c!.slug}"]`).check();
  await expect(page.locator(`[id="source-${c!.slug}"]`)).toBeVisible();
  const chosen = new URL(page.url()).searchParams.get('sources')?.split(',').sort();
  expect(chosen).toEqual([a!.slug, b!.slug, c!.slug].sort());
});

test('the picker works on the verdicts, FAQ and tables pages too', async ({ page }) => {
  const [a, b] = SOURCES;
  await page.goto(`verdicts/?sources=${a!.slug}`);
  await expect(page.locator(`[id="source-${a!.slug}"]`)).toBeVisible();
  await expect(page.locator(`[id="source-${b!.slug}"]`)).toBeHidden();
  const withTables = SOURCES.filter((s) => s.tables.length > 0);
  await page.goto(`tables/?sources=${withTables[0]!.slug}`);
  await expect(page.locator(`th[data-source="${withTables[1]!.slug}"]`)).toBeHidden();
  await expect(page.locator(`th[data-source="${withTables[0]!.slug}"]`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every column shows and the picker stays out of the way', async ({ page }) => {
    await page.goto(`topics/${TOPICS[0]!.id}/?sources=${SOURCES[0]!.slug}`);
    for (const source of SOURCES) await expect(page.locator(`[id="source-${source.slug}"]`)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Compare these sources' })).toBeHidden();
  });
});

test('in forced colours, a targeted passage is still outlined', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const source = SOURCES[0]!;
  const claim = source.claims[0]!;
  await page.goto(`sources/${source.slug}/#passage-${claim.id}`);
  const mark = page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`);
  await expect(mark).toHaveCSS('outline-style', 'solid');
});

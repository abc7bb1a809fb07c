// The column picker on topic, verdicts, FAQ and tables pages: choosing sources, sharing the choice,
// carrying it across topics, and staying out of the way without JavaScript.
import { expect, test } from './fixtures.ts';
import { isIndependent } from '../../src/lib/rule-book.ts';
import { SOURCE_KINDS, SOURCES, TOPICS } from './content.ts';

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

test.describe('the column picker', () => {
  const [a, b] = SOURCES;
  const topic = TOPICS[0]!.id;
  const column = (slug: string) => `[id="source-${slug}"]`;

  test('with none chosen it shows no column and says how to choose', async ({ page }) => {
    await page.goto(`topics/${topic}/`);
    const picker = page.getByRole('group', { name: 'Compare these sources' });
    for (const box of await picker.getByRole('checkbox').all()) await box.uncheck();
    for (const source of SOURCES) await expect(page.locator(column(source.slug))).toBeHidden();
    await expect(picker.getByRole('status')).toContainText('No source chosen');
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('sources')).toBe('');
    // The empty choice survives a reload.
    await page.reload();
    await expect(page.locator(column(a!.slug))).toBeHidden();
  });

  test('"only" keeps one source and "All sources" brings every one back', async ({ page }) => {
    await page.goto(`topics/${topic}/`);
    const picker = page.getByRole('group', { name: 'Compare these sources' });
    await picker
      .getByRole('button', { name: /^Only / })
      .first()
      .click();
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(page.locator('.columns > [data-source]:visible')).toHaveCount(1);
    await picker.getByRole('button', { name: 'All sources' }).click();
    for (const source of SOURCES) await expect(page.locator(column(source.slug))).toBeVisible();
    expect(new URL(page.url()).searchParams.has('sources')).toBe(false);
  });

  test('the choice carries to the next topic through its link', async ({ page }) => {
    await page.goto(`topics/${topic}/?sources=${a!.slug},${b!.slug}`);
    const next = page.getByRole('navigation', { name: 'Other topics' }).getByRole('link').last();
    await next.click();
    await expect(page).toHaveURL(/\/topics\/[^/]+\/\?sources=/);
    await expect(page.locator(column(a!.slug))).toBeVisible();
    await expect(page.locator(column(b!.slug))).toBeVisible();
    for (const source of SOURCES.slice(2)) await expect(page.locator(column(source.slug))).toBeHidden();
  });
});

const independent = SOURCES.filter((source) => isIndependent(source, SOURCE_KINDS));
const speaks = (source: (typeof SOURCES)[number], topic: string) =>
  source.claims.some((claim) => claim.topic === topic) ||
  source.faqs.some((faq) => faq.topic === topic) ||
  source.tables.some((table) => table.rows.some((row) => row.topic === topic));
// One test per topic page, so the work of each stays the same as the content grows.
for (const topic of TOPICS) {
  test(`${topic.title}: the independent sources that speak to it show before the reader picks`, async ({ page }) => {
    await page.goto(`topics/${topic.id}/`);
    const picker = page.getByRole('group', { name: 'Compare these sources' });
    await expect(picker).toBeVisible();
    for (const source of independent.filter((s) => speaks(s, topic.id))) {
      await expect(picker.locator(`input[value="${source.slug}"]`)).toBeChecked();
      await expect(page.locator(`[id="source-${source.slug}"]`)).toBeVisible();
    }
  });
}

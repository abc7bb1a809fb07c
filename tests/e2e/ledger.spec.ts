// The trust ledger: /checks/ against the content, rating marks that reach their row, provenance
// cards, and the pages' behaviour without JavaScript and on a phone. Expectations come from
// content/ (tests/e2e/content.ts), never pinned.
import { expect, test } from './fixtures.ts';
import { RATING_WORDS } from '../../src/lib/site/labels.ts';
import { toDay } from '../../src/schemas/day.ts';
import { CORRECTIONS, SOURCE_LABELS, SOURCES } from './content.ts';

const CHECKS = SOURCES.flatMap((source) =>
  source.claims
    .filter((claim) => claim.check)
    .map((claim) => ({ slug: source.slug, claim, rating: claim.check!.rating })),
);
const row = (slug: string, claimId: string) => `[id="check-${slug}-${claimId}"]`;

test('/checks/ lists every fact-check in the content, each with its rating, note and sources', async ({ page }) => {
  test.setTimeout(30_000 + CHECKS.length * 500);
  await page.goto('checks/');
  await expect(page.locator('[data-ledger-row]')).toHaveCount(CHECKS.length);
  for (const { slug, claim, rating } of CHECKS) {
    const item = page.locator(row(slug, claim.id));
    await expect(item).toHaveAttribute('data-rating', rating);
    await expect(item).toContainText(claim.statement);
    await expect(item).toContainText(RATING_WORDS[rating]);
    await expect(item).toContainText(claim.check!.note);
    await expect(item.locator('.ledger-checked time')).toHaveAttribute('datetime', toDay(claim.check!.checked));
    for (const primary of claim.check!.sources)
      await expect(item.getByRole('link', { name: primary.title, exact: true })).toHaveAttribute('href', primary.url);
  }
  // Per rating, the group heading's count matches the content's.
  for (const rating of new Set(CHECKS.map((check) => check.rating))) {
    const count = CHECKS.filter((check) => check.rating === rating).length;
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`${RATING_WORDS[rating]} \\(${count}\\)`) }),
    ).toBeVisible();
  }
});

test('the filter narrows the ledger and lives in the address', async ({ page }) => {
  const { slug, rating } = CHECKS[0]!;
  await page.goto('checks/');
  await page.getByLabel('Rating', { exact: true }).selectOption(rating);
  await page.getByLabel('Source', { exact: true }).selectOption(slug);
  const expected = CHECKS.filter((check) => check.rating === rating && check.slug === slug).length;
  await expect(page.locator('[data-ledger-row]:visible')).toHaveCount(expected);
  await expect(page).toHaveURL(new RegExp(`\\?rating=${rating}&source=${slug}$`));
  await page.reload();
  await expect(page.locator('[data-ledger-row]:visible')).toHaveCount(expected);
  await expect(page.getByRole('status')).toHaveText(`Showing ${expected} of ${CHECKS.length} fact-checks.`);
});

test('without JavaScript every check shows, grouped, and the filter is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('checks/?rating=accurate');
  await expect(page.locator('[data-ledger-row]')).toHaveCount(CHECKS.length);
  await expect(page.locator('[data-ledger-row]:visible')).toHaveCount(CHECKS.length);
  await expect(page.getByLabel('Rating', { exact: true })).toBeHidden();
  await context.close();
});

test('a rating mark on a source page reaches its row in the ledger in one click', async ({ page }) => {
  const { slug, claim } = CHECKS.find((check) => check.rating === 'misleading') ?? CHECKS[0]!;
  await page.goto(`sources/${slug}/`);
  await page.locator(`[id="claim-${claim.id}"]`).locator('a.rating-link').click();
  await expect(page).toHaveURL(new RegExp(`/checks/#check-${slug}-${claim.id}$`));
  await expect(page.locator(row(slug, claim.id))).toBeInViewport();
  await expect(page.locator(row(slug, claim.id))).toContainText(claim.check!.note);
});

test('every rating mark on the site links to a row that exists', async ({ page }) => {
  const ids = new Set<string>();
  await page.goto('checks/');
  for (const id of await page.locator('[data-ledger-row]').evaluateAll((rows) => rows.map((r) => r.id))) ids.add(id);
  for (const path of ['numbers/', ...SOURCES.map((source) => `sources/${source.slug}/`)]) {
    await page.goto(path);
    const targets = await page
      .locator('a[href*="/checks/#check-"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length, `rating links on ${path}`).toBeGreaterThan(0);
    for (const target of targets) expect(ids, `${path} links to #${target}`).toContain(target);
  }
});

test('every source page has its provenance card, with an address or what was searched', async ({ page }) => {
  for (const source of SOURCES) {
    await page.goto(`sources/${source.slug}/`);
    const card = page.getByRole('region', { name: 'Where this comes from' });
    if (source.url)
      await expect(
        card.getByRole('link', { name: new URL(source.url).hostname.replace(/^www\./, '') }),
      ).toHaveAttribute('href', source.url);
    else await expect(card).toContainText('Original address not found');
    if (source.provenance) await expect(card).toContainText(source.provenance.searched);
    const checked = source.claims.filter((claim) => claim.check);
    if (checked.length) await expect(card).toContainText(`${checked.length} checked`);
    const noneAccurate = checked.length > 0 && checked.every((claim) => claim.check!.rating !== 'accurate');
    await expect(card.getByText(/is (rated|not rated) accurate\.$/)).toHaveCount(noneAccurate ? 1 : 0);
  }
  await page.goto('sources/');
  for (const source of SOURCES)
    await expect(
      page.getByRole('region', { name: `Where this comes from: ${SOURCE_LABELS.get(source.slug)}` }),
    ).toBeVisible();
});

test('short names are all different', () => {
  expect(new Set(SOURCE_LABELS.values()).size).toBe(SOURCES.length);
});

test('/about/ says who runs the site, how to report an error and how corrections are made, and links the ledger', async ({
  page,
}) => {
  await page.goto('about/');
  for (const name of ['Who runs this site', 'Report an error', 'Corrections'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.locator('#report')).toBeVisible();
  await expect(page.getByRole('link', { name: /Every fact-check is listed/ })).toHaveAttribute('href', /\/checks\/$/);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Every fact-check' })).toBeVisible();
  await page.getByRole('link', { name: 'The corrections log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
});

test('/corrections/ lists every correction in content/corrections.yaml, each with why', async ({ page }) => {
  await page.goto('corrections/');
  const entries = page.locator('.corrections-log > li');
  await expect(entries).toHaveCount(CORRECTIONS.length);
  for (const correction of CORRECTIONS)
    await expect(page.locator(`[id="correction-${correction.id}"]`)).toContainText(correction.why);
});

import { expect, test } from '@playwright/test';
import { SOURCES, TOPICS } from './content.ts';

test('the home matrix shows every topic × source pair, each linking to that source’s column', async ({ page }) => {
  await page.goto('');
  const matrix = page.getByRole('table', { name: 'Stances by topic and source' });
  await expect(matrix.getByRole('row')).toHaveCount(TOPICS.length + 1);
  for (const topic of TOPICS) {
    const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: topic.title, exact: true }) });
    for (const source of SOURCES) {
      const cell = row.locator(`a[href$="topics/${topic.id}/#source-${source.slug}"]`);
      await expect(cell, `${topic.id} × ${source.slug}`).toHaveCount(1);
      await expect(cell).toHaveText(/Go|Rust|Tie|Depends|Mixed|Silent/);
    }
  }
});

test('a matrix link lands on the right column of the topic page', async ({ page }) => {
  await page.goto('');
  const source = SOURCES[2]!;
  const link = page.locator(`a[href$="topics/concurrency/#source-${source.slug}"]`);
  const word = (await link.innerText()).replace(/^\W+\s*/, '');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`topics/concurrency/#source-${source.slug}$`));
  const column = page.locator(`[id="source-${source.slug}"]`);
  await expect(column).toBeInViewport();
  await expect(column.locator('.column-stance')).toContainText(word);
});

test('every topic page has one column per source, silent ones shown as silent', async ({ page }) => {
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.title);
    for (const source of SOURCES) {
      const column = page.locator(`[id="source-${source.slug}"]`);
      await expect(column).toHaveCount(1);
      const says = source.claims.some((c) => c.topic === topic.id) || source.tables.some((t) => t.rows.some((r) => r.topic === topic.id)) || source.faqs.some((f) => f.topic === topic.id);
      if (!says) await expect(column).toContainText('This source says nothing on this topic.');
    }
  }
});

test('on /topics/performance/, every quote is one click from its highlighted passage', async ({ page }) => {
  await page.goto('topics/performance/');
  const claims = SOURCES.flatMap((source) => source.claims.filter((c) => c.topic === 'performance').map((claim) => ({ source, claim })));
  expect(claims.length).toBeGreaterThan(5);
  for (const { source, claim } of claims) {
    await page.goto('topics/performance/');
    const column = page.locator(`[id="source-${source.slug}"]`);
    await expect(column).toContainText(claim.statement);
    await column.locator(`a[href$="#passage-${claim.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`sources/${source.slug}/#passage-${claim.id}$`));
    const mark = page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`);
    await expect(mark).toBeInViewport();
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, `${claim.id} is not highlighted`).not.toBe('rgba(0, 0, 0, 0)');
    // Every passage is marked in the article (issue 12); only the targeted one is outlined.
    await expect(mark).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('mark.passage').filter({ hasNot: page.locator(':target') }).first()).toHaveCSS('outline-style', 'none');
  }
});

test('every claim of every source has its passage marked in the article', async ({ page }) => {
  for (const source of SOURCES) {
    await page.goto(`sources/${source.slug}/`);
    const article = page.getByRole('region', { name: 'The article' });
    for (const claim of source.claims) await expect(article.locator(`[id="passage-${claim.id}"]`), claim.id).toHaveCount(1);
  }
});

test('the numbers page charts every figure and links each value, through its quote, to its passage', async ({ page }) => {
  await page.goto('numbers/');
  const figures = SOURCES.flatMap((source) => source.claims.flatMap((claim) => (claim.figures ?? []).map(() => ({ source, claim }))));
  await expect(page.locator('.chart-row')).toHaveCount(figures.length);
  for (const { source, claim } of figures) {
    const quote = page.locator(`[id="quote-${source.slug}-${claim.id}"]`);
    await expect(page.locator(`.chart-row a[href="#quote-${source.slug}-${claim.id}"]`).first()).toBeVisible();
    await expect(quote.getByRole('link', { name: 'Read in context' })).toHaveAttribute('href', new RegExp(`sources/${source.slug}/#passage-${claim.id}$`));
  }
});

test('the verdicts, FAQ and tables pages show every source’s material', async ({ page }) => {
  await page.goto('verdicts/');
  for (const source of SOURCES) await expect(page.getByText(source.verdict.text, { exact: true })).toBeVisible();
  await page.goto('faq/');
  for (const faq of SOURCES.flatMap((s) => s.faqs)) await expect(page.getByText(faq.answer, { exact: true })).toBeVisible();
  await page.goto('tables/');
  const rows = SOURCES.flatMap((s) => s.tables.flatMap((t) => t.rows));
  for (const row of rows) await expect(page.locator('.merged-label', { hasText: row.label }).first()).toBeVisible();
});

test('fact-checks appear beside their claims, on the source page and the topic page, with their sources', async ({ page }) => {
  const checked = SOURCES.flatMap((source) => source.claims.filter((claim) => claim.check).map((claim) => ({ source, claim })));
  expect(checked.length).toBeGreaterThanOrEqual(3);
  for (const { source, claim } of checked) {
    const rating = claim.check!.rating.replace(/^./, (c) => c.toUpperCase());
    for (const path of [`sources/${source.slug}/`, `topics/${claim.topic}/`]) {
      await page.goto(path);
      const scope = path.startsWith('sources') ? page.locator(`[id="claim-${claim.id}"]`) : page.locator(`[id="source-${source.slug}"] li`, { hasText: claim.statement });
      const check = scope.getByRole('note', { name: `Fact-check: ${rating}` });
      await expect(check, `${claim.id} on ${path}`).toContainText(claim.check!.note.slice(0, 60));
      for (const cited of claim.check!.sources) {
        await expect(check.getByRole('link', { name: cited.title })).toHaveAttribute('href', cited.url);
      }
    }
  }
});

test('the Go 1.26 generics claim is rated inaccurate, citing the Go release notes', async ({ page }) => {
  await page.goto('topics/productivity/');
  const claim = page.locator('[id="source-froodl-rust-vs-go-backend"] li', { hasText: 'Go 1.26' });
  await expect(claim.getByRole('note', { name: 'Fact-check: Inaccurate' })).toContainText('Generics shipped in Go 1.18');
  await expect(claim.getByRole('link', { name: /Go 1\.26/ }).first()).toHaveAttribute('href', 'https://go.dev/doc/go1.26');
});

import { expect, test } from './fixtures.ts';
import { SOURCES } from './content.ts';

test('the sources index lists every source with its verdict', async ({ page }) => {
  await page.goto('sources/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  for (const source of SOURCES) {
    // Cards lead with the source's short name (as the matrix does); the headline is under it.
    const card = page.getByRole('listitem').filter({ has: page.getByText(source.title, { exact: true }) });
    await expect(card).toContainText(source.verdict.text);
  }
});

for (const source of SOURCES) {
  test.describe(source.title, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`sources/${source.slug}/`);
    });

    test('shows its title, byline, summary and verdict', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
      await expect(page.getByText(source.summary, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: /Bottom line/ })).toContainText(source.verdict.text);
      if (source.disclosure)
        await expect(page.getByRole('region', { name: 'Where this comes from' })).toContainText(source.disclosure);
    });

    test('lists every claim at its #claim anchor', async ({ page }) => {
      const claims = page
        .getByRole('region', { name: /Its claims/ })
        .getByRole('listitem')
        .filter({ has: page.locator('.claim-statement') });
      await expect(claims).toHaveCount(source.claims.length);
      for (const claim of source.claims) {
        const item = page.locator(`[id="claim-${claim.id}"]`);
        await expect(item).toContainText(claim.statement);
        await expect(item.getByRole('blockquote')).toContainText(claim.quote.replace(/\s+/g, ' ').slice(0, 40));
      }
    });

    test('shows every comparison table, row for row', async ({ page }) => {
      // Tables are found by their content, not their position: a body may also hold tables that
      // compare something else (a list of companies), which stay in the body only.
      const article = page.getByRole('region', { name: 'The article' });
      expect(await article.getByRole('table').count()).toBeGreaterThanOrEqual(source.tables.length);
      for (const table of source.tables) {
        const rendered = article
          .getByRole('table')
          .filter({ has: page.getByRole('cell', { name: table.rows[0]!.label, exact: true }) })
          .first();
        await expect(rendered.getByRole('row'), table.id).toHaveCount(table.rows.length + 1);
        for (const [r, row] of table.rows.entries()) {
          await expect(
            rendered
              .getByRole('row')
              .nth(r + 1)
              .getByRole('cell')
              .first(),
          ).toHaveText(row.label);
        }
      }
    });

    test('shows every FAQ question and answer in the article', async ({ page }) => {
      const article = page.getByRole('region', { name: 'The article' });
      for (const faq of source.faqs) {
        await expect(article).toContainText(faq.question.replace(/\s+/g, ' '));
      }
    });

    test('a claim link lands on its anchor', async ({ page }) => {
      const first = source.claims[0]!;
      await page.getByRole('link', { name: `Link to this claim: ${first.statement}` }).click();
      await expect(page).toHaveURL(new RegExp(`#claim-${first.id}$`));
      await expect(page.locator(`[id="claim-${first.id}"]`)).toBeInViewport();
    });
  });
}

test.describe('source pages', () => {
  for (const source of SOURCES) {
    test(`${source.slug}: every passage mark links back to an existing claim, and the original is linked when known`, async ({
      page,
    }) => {
      await page.goto(`sources/${source.slug}/`);
      const article = page.getByRole('region', { name: 'The article' });
      const backs = article.locator('a.passage-back');
      for (const claim of source.claims) {
        await expect(article.locator(`a.passage-back[href="#claim-${claim.id}"]`), claim.id).not.toHaveCount(0);
      }
      for (const href of await backs.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
      }
      if (source.url)
        await expect(
          page.getByRole('link', { name: new URL(source.url).hostname.replace(/^www\./, ''), exact: true }),
        ).toHaveAttribute('href', source.url);
    });
  }

  test('arriving on a passage shows it, outlined, and its back link reaches the claim by keyboard', async ({
    page,
  }) => {
    const source = SOURCES.find((s) => s.claims.length > 0)!;
    const claim = source.claims.at(-1)!;
    await page.goto(`sources/${source.slug}/#passage-${claim.id}`);
    const anchor = page.locator(`[id="passage-${claim.id}"]`);
    await expect(anchor).toBeInViewport();
    const back = page
      .getByRole('region', { name: 'The article' })
      .locator(`a.passage-back[href="#claim-${claim.id}"]`)
      .first();
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#claim-${claim.id}$`));
    await expect(page.locator(`[id="claim-${claim.id}"]`)).toBeInViewport();
  });
});

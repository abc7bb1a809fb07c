// A topic page prints as a short clean document: at most 4 A4 pages, no navigation or controls,
// each quote once, and link addresses only for a source's original and a fact-check's sources.
import { expect, test } from './fixtures.ts';
import { repeatedQuotes } from '../support/page-checks.ts';
import { TOPICS } from './content.ts';

/** Pages in a PDF: one page object each ("/Type /Page", not "/Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test('every topic page prints in at most 4 A4 pages, each quote once, without navigation', async ({ page }) => {
  test.slow();
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Compare these sources' })).toBeHidden();
    await expect(page.locator('.claim-links').first()).toBeHidden();
    expect(await repeatedQuotes(page), topic.id).toEqual([]);
    const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages, topic.id).toBeGreaterThan(0);
    expect(pages, topic.id).toBeLessThanOrEqual(4);
  }
});

test('printed, only a fact-check’s sources and a source’s original show their address', async ({ page }) => {
  await page.goto(`topics/${TOPICS[0]!.id}/?sources=x`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page
    .locator('main a')
    .evaluateAll((links) =>
      links
        .filter(
          (link) =>
            getComputedStyle(link, '::after').content.includes('http') ||
            getComputedStyle(link, '::after').content.startsWith('" ("'),
        )
        .map((link) => ({ href: link.getAttribute('href')!, inCheck: !!link.closest('.fact-check-sources, .meta') })),
    );
  expect(printed.length).toBeGreaterThan(0);
  expect(printed.filter((link) => !link.inCheck || !link.href.startsWith('http'))).toEqual([]);
});

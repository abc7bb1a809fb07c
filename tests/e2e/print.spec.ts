// A topic page prints as a short clean document: at most 4 A4 pages (more only as its sources grow), no navigation or controls,
// each quote once, and link addresses only for a source's original and a fact-check's sources.
import { expect, test } from './fixtures.ts';
import { repeatedQuotes } from '../support/page-checks.ts';
import { SOURCES, TOPICS } from './content.ts';

/** Pages in a PDF: one page object each ("/Type /Page", not "/Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/**
 * A printed topic page takes at most 4 A4 pages, or 0.8 per source that says something on the
 * topic (a claim, a table row or an FAQ answer) where that is more: the five-source site prints its
 * longest topic, performance, in 4. The page grows with the sources on it, so its allowance does too.
 */
const PAGES = 4;
const PAGES_PER_SOURCE = 0.8;
const sourcesOn = (topic: string) =>
  SOURCES.filter(
    (source) =>
      source.claims.some((claim) => claim.topic === topic) ||
      source.tables?.some((table) => table.rows.some((row) => row.topic === topic)) ||
      source.faqs?.some((faq) => faq.topic === topic),
  ).length;

for (const topic of TOPICS) {
  const allowed = Math.max(PAGES, Math.ceil(sourcesOn(topic.id) * PAGES_PER_SOURCE));
  test(`/topics/${topic.id}/ prints in at most ${allowed} A4 pages, each quote once, without navigation`, async ({
    page,
  }) => {
    await page.goto(`topics/${topic.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Compare these sources' })).toBeHidden();
    await expect(page.locator('.claim-links').first()).toBeHidden();
    expect(await repeatedQuotes(page)).toEqual([]);
    const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(allowed);
  });
}

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

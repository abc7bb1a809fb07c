import { expect, test } from '@playwright/test';
import { STANCE_LABELS } from '../../src/lib/site/labels.ts';
import { SOURCES, TOPICS } from './content.ts';

/** A stance as a cell shows it: its glyph (where it has one) and its word. */
const STANCE_TEXT = new RegExp(`(${Object.values(STANCE_LABELS).map(({ glyph, word }) => `${glyph ? `${glyph} ` : ''}${word}`).join('|')})`);

/** The topic with the most claims across the sources. */
const BUSIEST = [...TOPICS].sort((a, b) => count(b.id) - count(a.id))[0]!;
function count(topic: string): number {
  return SOURCES.reduce((sum, source) => sum + source.claims.filter((claim) => claim.topic === topic).length, 0);
}

const saysAnything = (source: (typeof SOURCES)[number], topic: string) =>
  source.claims.some((c) => c.topic === topic) || source.tables.some((t) => t.rows.some((r) => r.topic === topic)) || source.faqs.some((f) => f.topic === topic);

test('the home page sums up where the sources land before the matrix, every topic once, in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('');
  const heading = page.getByRole('heading', { name: 'Where the sources land' });
  const glance = page.locator('dl.glance');
  for (const topic of TOPICS) await expect(glance.getByRole('link', { name: topic.title, exact: true }), topic.id).toHaveCount(1);
  const box = await glance.boundingBox();
  expect(box!.y + box!.height, 'the summary fits the first screen').toBeLessThanOrEqual(900);
  const matrix = await page.getByRole('table', { name: 'Stances by topic and source' }).boundingBox();
  expect((await heading.boundingBox())!.y).toBeLessThan(matrix!.y);
  // Each group names a side or a verdict, and each topic its source count.
  for (const text of await glance.locator('dd li').allInnerTexts()) expect(text).toMatch(/\d/);
});

test('the home matrix shows every topic × source pair, each linking to that source’s evidence', async ({ page }) => {
  await page.goto('');
  const matrix = page.getByRole('table', { name: 'Stances by topic and source' });
  await expect(matrix.getByRole('columnheader', { name: 'Overall' })).toBeVisible();
  for (const topic of TOPICS) {
    const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: topic.title, exact: true }) });
    await expect(row.locator('.m-overall')).toHaveText(/Go|Rust|Tie|Depends|Split|Too few|No side/);
    for (const source of SOURCES) {
      const cell = row.locator(`a[href$="topics/${topic.id}/?sources=${source.slug}#source-${source.slug}"]`);
      await expect(cell, `${topic.id} × ${source.slug}`).toHaveCount(1);
      // A word (and a glyph where the word needs one), never colour alone; the label names source, topic, stance and evidence.
      await expect(cell).toHaveText(STANCE_TEXT);
      await expect(cell).toHaveAccessibleName(new RegExp(`on ${topic.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (Go|Rust|Tie|Depends|Mixed|Silent)`));
    }
  }
});

test('the matrix becomes chips on a phone, each naming its source, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  const first = page.getByRole('table', { name: 'Stances by topic and source' }).locator('.m-cell a').first();
  await expect(first).toContainText(new RegExp(`\\S+\\s*${STANCE_TEXT.source}`));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a matrix link lands on that source’s column of the topic page, picked and in view', async ({ page }) => {
  await page.goto('');
  const topic = TOPICS[2]!;
  const source = SOURCES[SOURCES.length - 1]!;
  const link = page.locator(`a[href$="topics/${topic.id}/?sources=${source.slug}#source-${source.slug}"]`);
  const word = (await link.locator('.m-stance').innerText()).replace(/^\W+\s*/, '');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`topics/${topic.id}/\\?sources=${source.slug}#source-${source.slug}$`));
  const column = page.locator(`[id="source-${source.slug}"]`);
  await expect(column).toBeInViewport();
  await expect(column.locator('.column-stance')).toContainText(word);
});

test('every topic page answers first, names every source with its stance, and keeps a column per source', async ({ page }) => {
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.title);
    const answer = page.getByRole('region', { name: /^(Consensus|Split|Too few sources|No side taken)/ });
    await expect(answer).toContainText(/Evidence: /);
    for (const source of SOURCES) {
      await expect(answer.locator(`a[href$="#source-${source.slug}"]`), `${topic.id}: ${source.slug}`).toHaveCount(1);
      await expect(page.locator(`[id="source-${source.slug}"]`)).toHaveCount(1);
      if (!saysAnything(source, topic.id)) {
        await expect(answer.locator('.roster-silent')).toContainText(await answer.locator(`a[href$="#source-${source.slug}"]`).innerText());
      }
    }
    await expect(page.getByRole('navigation', { name: 'Other topics' }).getByRole('link')).not.toHaveCount(0);
  }
});

test('on a topic page, the evidence is grouped by side and every quote is one click from its highlighted passage', async ({ page }) => {
  const topic = BUSIEST.id;
  await page.goto(`topics/${topic}/`);
  const bySide = page.getByRole('region', { name: 'The evidence, by side' });
  // A side with evidence is a region of its own; an empty one is named on one line instead.
  for (const name of ['Favouring Go', 'It depends, tie or no side', 'Favouring Rust']) {
    const regions = await bySide.getByRole('region', { name: new RegExp(`^${name}`) }).count();
    const named = await bySide.locator('.sides-empty', { hasText: name }).count();
    expect(regions + named, name).toBe(1);
  }
  const claims = SOURCES.flatMap((source) => source.claims.filter((c) => c.topic === topic).map((claim) => ({ source, claim })));
  expect(claims.length).toBeGreaterThan(0);
  for (const { source, claim } of claims) {
    await page.goto(`topics/${topic}/`);
    const side = claim.favors === 'go' ? 'Favouring Go' : claim.favors === 'rust' ? 'Favouring Rust' : 'It depends, tie or no side';
    const link = `a[href$="sources/${source.slug}/#passage-${claim.id}"]`;
    const item = page.getByRole('region', { name: new RegExp(`^${side}`) }).locator('li.ev', { has: page.locator(link) });
    await expect(item, claim.id).toHaveCount(1);
    await expect(item.locator('blockquote'), 'quote first').toContainText(claim.quote);
    await item.locator(link).click();
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
  test.skip(checked.length === 0, 'no claim has a fact-check');
  // Two page loads per checked claim: the time allowed grows with the content.
  test.setTimeout(30_000 + checked.length * 2 * 1_500);
  for (const { source, claim } of checked) {
    const rating = claim.check!.rating.replace(/^./, (c) => c.toUpperCase());
    for (const path of [`sources/${source.slug}/`, `topics/${claim.topic}/`]) {
      await page.goto(path);
      const scope = path.startsWith('sources')
        ? page.locator(`[id="claim-${claim.id}"]`)
        : page.getByRole('region', { name: 'The evidence, by side' }).locator('li.ev', { has: page.locator(`a[href$="sources/${source.slug}/#passage-${claim.id}"]`) });
      const check = scope.getByRole('note', { name: `Fact-check: ${rating}` });
      await expect(check, `${claim.id} on ${path}`).toContainText(claim.check!.note.slice(0, 60));
      for (const cited of claim.check!.sources) {
        await expect(check.getByRole('link', { name: cited.title })).toHaveAttribute('href', cited.url);
      }
      // A claim rated inaccurate or misleading is shown, flagged, and not counted.
      if (path.startsWith('topics') && ['inaccurate', 'misleading'].includes(claim.check!.rating)) await expect(scope).toContainText('Not counted');
    }
  }
});

test('a claim the site rates inaccurate or misleading is shown on its topic page, flagged as not counted', async ({ page }) => {
  const found = SOURCES.flatMap((source) => source.claims.filter((c) => c.check?.rating === 'inaccurate' || c.check?.rating === 'misleading').map((claim) => ({ source, claim })))[0];
  test.skip(!found, 'no claim in the content is rated inaccurate or misleading');
  const { source, claim } = found!;
  await page.goto(`topics/${claim.topic}/`);
  const item = page.getByRole('region', { name: 'The evidence, by side' }).locator('li.ev', { has: page.locator(`a[href$="sources/${source.slug}/#passage-${claim.id}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('note', { name: /^Fact-check: (Inaccurate|Misleading)$/ })).toBeVisible();
  await expect(item).toContainText('Not counted');
});

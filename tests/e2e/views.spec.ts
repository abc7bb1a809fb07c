import { expect, test } from './fixtures.ts';
import { STANCE_LABELS } from '../../src/lib/site/labels.ts';
import { SOURCES, TOPICS } from './content.ts';

/** A stance as a cell shows it: its glyph (where it has one) and its word. */
const STANCE_TEXT = new RegExp(
  `(${Object.values(STANCE_LABELS)
    .map(({ glyph, word }) => `${glyph ? `${glyph} ` : ''}${word}`)
    .join('|')})`,
);

/** The topic with the most claims across the sources. */
const BUSIEST = [...TOPICS].sort((a, b) => count(b.id) - count(a.id))[0]!;
function count(topic: string): number {
  return SOURCES.reduce((sum, source) => sum + source.claims.filter((claim) => claim.topic === topic).length, 0);
}

// A test that walks one source's claims gets time for each page it loads: a longer article gets
// more time, and no test ever depends on the whole content's size.
const PER_TEST = 30_000;
const PER_PAGE = 3_000;

const saysAnything = (source: (typeof SOURCES)[number], topic: string) =>
  source.claims.some((c) => c.topic === topic) ||
  source.tables.some((t) => t.rows.some((r) => r.topic === topic)) ||
  source.faqs.some((f) => f.topic === topic);

test('the home page sums up where the sources land before the matrix, every topic once, in the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('');
  const heading = page.getByRole('heading', { name: 'Where the sources land' });
  const glance = page.locator('dl.glance');
  for (const topic of TOPICS)
    await expect(glance.getByRole('link', { name: topic.title, exact: true }), topic.id).toHaveCount(1);
  const box = await glance.boundingBox();
  expect(box!.y + box!.height, 'the summary fits the first screen').toBeLessThanOrEqual(900);
  const matrix = await page.getByRole('table', { name: 'Stances by topic and source' }).boundingBox();
  expect((await heading.boundingBox())!.y).toBeLessThan(matrix!.y);
  // Each group names a side or a verdict, and each topic its source count.
  for (const text of await glance.locator('dd li').allInnerTexts()) expect(text).toMatch(/\d/);
});

test.describe('the home matrix', () => {
  test('has an overall column', async ({ page }) => {
    await page.goto('');
    await expect(
      page.getByRole('table', { name: 'Stances by topic and source' }).getByRole('columnheader', { name: 'Overall' }),
    ).toBeVisible();
  });

  for (const topic of TOPICS) {
    test(`shows ${topic.id} × every source, each linking to that source’s evidence`, async ({ page }) => {
      await page.goto('');
      const matrix = page.getByRole('table', { name: 'Stances by topic and source' });
      const row = matrix
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: topic.title, exact: true }) });
      await expect(row.locator('.m-overall')).toHaveText(/Go|Rust|Tie|Depends|Split|Too few|No side/);
      for (const source of SOURCES) {
        const cell = row.locator(`a[href$="topics/${topic.id}/?sources=${source.slug}#source-${source.slug}"]`);
        await expect(cell, `${topic.id} × ${source.slug}`).toHaveCount(1);
        // A word (and a glyph where the word needs one), never colour alone; the label names source, topic, stance and evidence.
        await expect(cell).toHaveText(STANCE_TEXT);
        await expect(cell).toHaveAccessibleName(
          new RegExp(`on ${topic.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (Go|Rust|Tie|Depends|Mixed|Silent)`),
        );
      }
    });
  }
});

test('the matrix becomes chips on a phone, each naming its source, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  const first = page.getByRole('table', { name: 'Stances by topic and source' }).locator('.m-cell a').first();
  await expect(first).toContainText(new RegExp(`\\S+\\s*${STANCE_TEXT.source}`));
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
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

for (const topic of TOPICS) {
  test(`/topics/${topic.id}/ answers first, names every source with its stance, and keeps a column per source`, async ({
    page,
  }) => {
    await page.goto(`topics/${topic.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(topic.title);
    const answer = page.getByRole('region', { name: /^(Consensus|Split|Too few sources|No side taken)/ });
    await expect(answer).toContainText(/Evidence: /);
    for (const source of SOURCES) {
      await expect(answer.locator(`a[href$="#source-${source.slug}"]`), `${topic.id}: ${source.slug}`).toHaveCount(1);
      await expect(page.locator(`[id="source-${source.slug}"]`)).toHaveCount(1);
      if (!saysAnything(source, topic.id)) {
        await expect(answer.locator('.roster-silent')).toContainText(
          await answer.locator(`a[href$="#source-${source.slug}"]`).innerText(),
        );
      }
    }
    await expect(page.getByRole('navigation', { name: 'Other topics' }).getByRole('link')).not.toHaveCount(0);
  });
}

test('on a topic page, the evidence is grouped by side', async ({ page }) => {
  await page.goto(`topics/${BUSIEST.id}/`);
  const bySide = page.getByRole('region', { name: 'The evidence, by side' });
  // A side with evidence is a region of its own; an empty one is named on one line instead.
  for (const name of ['Favouring Go', 'It depends, tie or no side', 'Favouring Rust']) {
    const regions = await bySide.getByRole('region', { name: new RegExp(`^${name}`) }).count();
    const named = await bySide.locator('.sides-empty', { hasText: name }).count();
    expect(regions + named, name).toBe(1);
  }
  expect(count(BUSIEST.id)).toBeGreaterThan(0);
});

// One test per source, so that a longer article adds a test rather than time to a shared one.
for (const source of SOURCES.filter((s) => s.claims.some((c) => c.topic === BUSIEST.id))) {
  test(`on /topics/${BUSIEST.id}/, every quote of ${source.slug} sits on its side, one click from its highlighted passage`, async ({
    page,
  }) => {
    const claims = source.claims.filter((c) => c.topic === BUSIEST.id);
    test.setTimeout(PER_TEST + claims.length * PER_PAGE);
    for (const claim of claims) {
      await page.goto(`topics/${BUSIEST.id}/`);
      const side =
        claim.favors === 'go'
          ? 'Favouring Go'
          : claim.favors === 'rust'
            ? 'Favouring Rust'
            : 'It depends, tie or no side';
      const link = `a[href$="sources/${source.slug}/#passage-${claim.id}"]`;
      const item = page
        .getByRole('region', { name: new RegExp(`^${side}`) })
        .locator('li.ev', { has: page.locator(link) });
      await expect(item, claim.id).toHaveCount(1);
      await expect(item.locator('blockquote'), 'quote first').toContainText(claim.quote);
      await item.locator(link).click();
      await expect(page).toHaveURL(new RegExp(`sources/${source.slug}/#passage-${claim.id}$`));
      const mark = page.locator(`:is(mark, .passage-block):has(> [id="passage-${claim.id}"])`);
      await expect(mark).toBeInViewport();
      const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background, `${claim.id} is not highlighted`).not.toBe('rgba(0, 0, 0, 0)');
      // Every passage is marked in the article; only the targeted one is outlined.
      await expect(mark).toHaveCSS('outline-style', 'solid');
      await expect(
        page
          .locator('mark.passage')
          .filter({ hasNot: page.locator(':target') })
          .first(),
      ).toHaveCSS('outline-style', 'none');
    }
  });
}

for (const source of SOURCES) {
  test(`every claim of ${source.slug} has its passage marked in the article`, async ({ page }) => {
    await page.goto(`sources/${source.slug}/`);
    const article = page.getByRole('region', { name: 'The article' });
    for (const claim of source.claims)
      await expect(article.locator(`[id="passage-${claim.id}"]`), claim.id).toHaveCount(1);
  });
}

test('the numbers page charts every figure', async ({ page }) => {
  await page.goto('numbers/');
  const figures = SOURCES.flatMap((source) => source.claims.flatMap((claim) => claim.figures ?? []));
  // Rows of what a fact-check found sit beside the article's figures; the article's own are counted here.
  await expect(page.locator('.chart-row:not(.chart-row-found)')).toHaveCount(figures.length);
});

for (const source of SOURCES.filter((s) => s.claims.some((claim) => (claim.figures ?? []).length > 0))) {
  test(`the numbers page links each figure of ${source.slug}, through its quote, to its passage`, async ({ page }) => {
    await page.goto('numbers/');
    for (const claim of source.claims.filter((c) => (c.figures ?? []).length > 0)) {
      const quote = page.locator(`[id="quote-${source.slug}-${claim.id}"]`);
      await expect(page.locator(`.chart-row a[href="#quote-${source.slug}-${claim.id}"]`).first()).toBeVisible();
      await expect(quote.getByRole('link', { name: 'Read in context' })).toHaveAttribute(
        'href',
        new RegExp(`sources/${source.slug}/#passage-${claim.id}$`),
      );
    }
  });
}

test('the verdicts page shows every source’s verdict', async ({ page }) => {
  await page.goto('verdicts/');
  for (const source of SOURCES) await expect(page.getByText(source.verdict.text, { exact: true })).toBeVisible();
});

test('the FAQ page shows every source’s answers', async ({ page }) => {
  await page.goto('faq/');
  for (const faq of SOURCES.flatMap((s) => s.faqs))
    await expect(page.getByText(faq.answer, { exact: true })).toBeVisible();
});

test('the tables page shows every source’s rows', async ({ page }) => {
  await page.goto('tables/');
  const rows = SOURCES.flatMap((s) => s.tables.flatMap((t) => t.rows));
  for (const row of rows) await expect(page.locator('.merged-label', { hasText: row.label }).first()).toBeVisible();
});

// One test per source with fact-checks, each page visited once: the work grows with one article,
// never with the whole content.
for (const source of SOURCES.filter((s) => s.claims.some((claim) => claim.check))) {
  test(`the fact-checks of ${source.slug} appear beside their claims, on the source page and the topic pages, with their sources`, async ({
    page,
  }) => {
    const checked = source.claims.filter((claim) => claim.check);
    const paths = [`sources/${source.slug}/`, ...new Set(checked.map((claim) => `topics/${claim.topic}/`))];
    test.setTimeout(PER_TEST + paths.length * PER_PAGE);
    for (const path of paths) {
      await page.goto(path);
      for (const claim of checked.filter((c) => path.startsWith('sources') || path === `topics/${c.topic}/`)) {
        const rating = claim.check!.rating.replace(/^./, (c) => c.toUpperCase());
        const scope = path.startsWith('sources')
          ? page.locator(`[id="claim-${claim.id}"]`)
          : page
              .getByRole('region', { name: 'The evidence, by side' })
              .locator('li.ev', { has: page.locator(`a[href$="sources/${source.slug}/#passage-${claim.id}"]`) });
        const check = scope.getByRole('note', { name: `Fact-check: ${rating}` });
        await expect(check, `${claim.id} on ${path}`).toContainText(claim.check!.note.slice(0, 60));
        for (const cited of claim.check!.sources) {
          await expect(check.getByRole('link', { name: cited.title })).toHaveAttribute('href', cited.url);
        }
        // A claim rated inaccurate or misleading is shown, flagged, and not counted.
        if (path.startsWith('topics') && ['inaccurate', 'misleading'].includes(claim.check!.rating))
          await expect(scope).toContainText('Not counted');
      }
    }
  });
}

test('a claim the site rates inaccurate or misleading is shown on its topic page, flagged as not counted', async ({
  page,
}) => {
  const found = SOURCES.flatMap((source) =>
    source.claims
      .filter((c) => c.check?.rating === 'inaccurate' || c.check?.rating === 'misleading')
      .map((claim) => ({ source, claim })),
  )[0];
  test.skip(!found, 'no claim in the content is rated inaccurate or misleading');
  const { source, claim } = found!;
  await page.goto(`topics/${claim.topic}/`);
  const item = page
    .getByRole('region', { name: 'The evidence, by side' })
    .locator('li.ev', { has: page.locator(`a[href$="sources/${source.slug}/#passage-${claim.id}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('note', { name: /^Fact-check: (Inaccurate|Misleading)$/ })).toBeVisible();
  await expect(item).toContainText('Not counted');
});

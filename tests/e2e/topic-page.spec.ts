// A topic page reads once through: every quote shows once, the source-by-source comparison says
// how many sources it shows and how to show the rest, and the evidence uses a wide screen's width.
import { expect, test } from './fixtures.ts';
import { repeatedQuotes } from '../support/page-checks.ts';
import { FRAGILE_WORD } from '../../src/lib/site/labels.ts';
import { compare } from '../../src/lib/site/views/comparison.ts';
import { describeConditions, fragileNote } from '../../src/lib/site/views/describe.ts';
import { SOURCE_RECORDS, SOURCES, TOPICS } from './content.ts';

test('every topic page shows each quote at most once', async ({ page }) => {
  // One page per topic: the time allowed grows with the topics.
  test.setTimeout(30_000 + TOPICS.length * 3_000);
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    expect(await repeatedQuotes(page), topic.id).toEqual([]);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    // Times the page gives the words in quotation marks (the site's own sentences may use them unquoted).
    const count = (quote: string) => text.split(`“${quote.replace(/\s+/g, ' ').trim()}”`).length - 1;
    for (const source of SOURCES) {
      // Every claim's quote once; an FAQ answer at most once (one that repeats a claim shows as the claim).
      for (const claim of source.claims.filter((c) => c.topic === topic.id)) {
        const sayers = SOURCES.filter((other) =>
          other.claims.some((c) => c.topic === topic.id && c.quote === claim.quote),
        ).length;
        expect(count(claim.quote), `${topic.id}: ${claim.id}`).toBe(sayers);
      }
      for (const faq of source.faqs.filter((f) => f.topic === topic.id))
        expect(count(faq.answer), `${topic.id}: “${faq.question}”`).toBeLessThanOrEqual(1);
    }
  }
});

test('a consensus one source would overturn says so on its page and on the home page, and only such a one', async ({
  page,
}) => {
  const comparison = compare(SOURCE_RECORDS, TOPICS);
  const fragile = comparison.filter((t) => t.consensus.fragile);
  const firm = comparison.filter((t) => t.consensus.verdict === 'consensus' && !t.consensus.fragile).slice(0, 1);
  // One page per fragile topic: the time allowed grows with the content, not one fixed budget.
  test.setTimeout(30_000 + (fragile.length + firm.length) * 10_000);
  await page.goto('');
  await expect(page.locator('.glance-fragile')).toHaveCount(fragile.length);
  for (const { topic, consensus } of [...fragile, ...firm]) {
    await page.goto(`topics/${topic.id}/`);
    const note = page.locator('.answer-fragile');
    if (consensus.fragile) await expect(note, topic.id).toHaveText(fragileNote(consensus));
    else await expect(note, topic.id).toHaveCount(0);
  }
  for (const { consensus } of fragile) expect(fragileNote(consensus)).toMatch(new RegExp(`^${FRAGILE_WORD}: `));
});

test('a source whose sides differ only by the conditions it states is shown as depending, with them', async ({
  page,
}) => {
  const conditional = compare(SOURCE_RECORDS, TOPICS).flatMap(({ topic, columns }) =>
    columns.filter((c) => c.stance === 'depends' && c.conditions.length > 0).map((column) => ({ topic, column })),
  );
  test.setTimeout(30_000 + conditional.length * 10_000);
  for (const { topic, column } of conditional) {
    await page.goto(`topics/${topic.id}/`);
    await expect(page.locator('.roster'), `${topic.id}: ${column.slug}`).toContainText(
      describeConditions(column.conditions),
    );
  }
});

test('the source-by-source comparison says how many sources it shows and how to show the rest', async ({ page }) => {
  const topic = TOPICS[0]!.id;
  const [a, b] = SOURCES;
  await page.goto(`topics/${topic}/?sources=${a!.slug},${b!.slug}`);
  const shown = page.locator('[data-picker-shown]');
  await expect(shown).toContainText(`Showing 2 of ${SOURCES.length} sources`);
  await expect(shown).toContainText('All sources');
  await page.getByRole('group', { name: 'Compare these sources' }).getByRole('button', { name: 'All sources' }).click();
  await expect(shown).toHaveText(`Showing all ${SOURCES.length} sources.`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the comparison says it shows every source', async ({ page }) => {
    await page.goto(`topics/${TOPICS[0]!.id}/`);
    await expect(page.locator('[data-picker-shown]')).toHaveText(`Showing all ${SOURCES.length} sources.`);
  });
});

test('at 1440 px the evidence by side spans the page’s width, with no empty column', async ({ page }) => {
  test.setTimeout(30_000 + TOPICS.length * 3_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    const region = page.getByRole('region', { name: 'The evidence, by side' });
    const sides = region.locator('section.side');
    if ((await sides.count()) === 0) continue;
    const main = (await page.locator('main').boundingBox())!;
    const boxes = await sides.evaluateAll((sections) =>
      sections.map((s) => s.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
    );
    const used = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
    expect(used, topic.id).toBeGreaterThan(main.width * 0.9);
    for (const side of await sides.all()) await expect(side.locator('li.ev'), topic.id).not.toHaveCount(0);
  }
});

test('the topics overview draws each bar with the same evidence strength as its topic page', async ({ page }) => {
  test.setTimeout(30_000 + TOPICS.length * 3_000);
  await page.goto('topics/');
  const bars = await page
    .locator('.topic-list > li')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('h2 a')!.getAttribute('href')!,
        item.querySelector('svg.consensus-bar')!.getAttribute('class')!,
      ]),
    );
  expect(bars).toHaveLength(TOPICS.length);
  for (const [href, overviewClass] of bars) {
    await page.goto(href!);
    const strength = /strength-\w+/.exec(overviewClass!)?.[0];
    expect(strength, `${href} on /topics/ has a strength`).toBeDefined();
    await expect(page.locator('section.answer svg.consensus-bar')).toHaveClass(new RegExp(strength!));
  }
});

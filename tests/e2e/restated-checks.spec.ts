// Every table row and FAQ answer with a rated claim behind it carries that claim's fact-check
// wherever it appears, and a row or answer the rule book discredits is flagged and does not vote:
// /tables/, the topic pages, /faq/ and the home matrix agree. Expectations come from content/.
import { type Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  answerRestates,
  castsVote,
  isDiscredited,
  rowRestates,
  stanceOfVotes,
  votesOf,
} from '../../src/lib/rule-book.ts';
import { EVIDENCE_WORDS, NOT_COUNTED_WORD, RATING_WORDS, STANCE_LABELS } from '../../src/lib/site/labels.ts';
import { checkAnchor, evidenceItemId, faqAnswerId } from '../../src/lib/site/urls.ts';
import { SOURCES, TOPICS } from './content.ts';

type Source = (typeof SOURCES)[number];

const ROWS = SOURCES.flatMap((source) =>
  source.tables.flatMap((table) =>
    table.rows.map((row) => ({ source, row, restated: rowRestates(row, source.claims) })),
  ),
);
const ANSWERS = SOURCES.flatMap((source) =>
  source.faqs.map((faq, index) => ({ source, faq, index, restated: answerRestates(faq, source.claims) })),
);
const rated = <T extends { restated: Source['claims'] }>(items: T[]) =>
  items.filter((item) => item.restated.some((claim) => claim.check));

/** A source's stance on a topic, counted here from its front matter with the rule book's vote rules. */
function expectedStance(source: Source, topic: string) {
  return stanceOfVotes(
    votesOf({
      claims: source.claims.filter((claim) => claim.topic === topic),
      rows: ROWS.filter((r) => r.source === source && r.row.topic === topic),
      faqs: ANSWERS.filter((a) => a.source === source && a.faq.topic === topic),
    }),
  );
}

/** The marks an item shows: one link per rated claim to its check's text, and the flag when discredited. */
async function expectMarks(
  where: Locator,
  source: Source,
  restated: Source['claims'],
  discredited: boolean,
  label: string,
) {
  for (const claim of restated.filter((c) => c.check)) {
    const mark = where.locator(`a.check-mark[href$="#${checkAnchor(source.slug, claim.id)}"]`);
    await expect(mark, `${label}: mark of ${claim.id}`).toHaveCount(1);
    await expect(mark, `${label}: mark of ${claim.id}`).toContainText(RATING_WORDS[claim.check!.rating]);
  }
  await expect(
    where.locator('.flag-not-counted', { hasText: NOT_COUNTED_WORD }),
    `${label}: not-counted flag`,
  ).toHaveCount(discredited ? 1 : 0);
}

test('there is content to test: some row or FAQ answer restates a rated claim', () => {
  expect(rated(ROWS).length + rated(ANSWERS).length).toBeGreaterThan(0);
});

/** Time for a test that visits each of `items`: it grows with the content, never one fixed limit. */
const timeFor = (items: number) => 15_000 + 3_000 * items;

test('/tables/ shows each row’s fact-checks and flags a discredited winner, and the matrix does not count it', async ({
  page,
}) => {
  test.setTimeout(timeFor(rated(ROWS).length));
  await page.goto('tables/');
  for (const { source, row, restated } of rated(ROWS)) {
    const cell = page
      .locator(`td[data-source="${source.slug}"] .merged-cell`)
      .filter({ has: page.locator('.merged-label', { hasText: row.label }) });
    await expect(cell, `${source.slug} ${row.label}`).toHaveCount(1);
    await expectMarks(
      cell,
      source,
      restated,
      row.winner !== undefined && isDiscredited(restated),
      `/tables/ ${source.slug} ${row.label}`,
    );
  }
  await page.goto('');
  for (const { source, row } of rated(ROWS)) {
    const cell = page.locator(`.m-cell a[href$="topics/${row.topic}/?sources=${source.slug}#source-${source.slug}"]`);
    await expect(cell.locator('.m-stance'), `matrix ${row.topic} × ${source.slug}`).toHaveText(
      new RegExp(`${STANCE_LABELS[expectedStance(source, row.topic)].word}$`),
    );
  }
});

test('/faq/ shows each answer’s fact-checks and flags a discredited one, and the matrix does not count it', async ({
  page,
}) => {
  test.setTimeout(timeFor(rated(ANSWERS).length));
  await page.goto('faq/');
  for (const { source, faq, index, restated } of rated(ANSWERS)) {
    const answer = page.locator(`#${faqAnswerId(source.slug, index)}`);
    await expect(answer).toHaveCount(1);
    await expectMarks(
      answer,
      source,
      restated,
      faq.favors !== undefined && isDiscredited(restated),
      `/faq/ ${source.slug} ${index}`,
    );
  }
  await page.goto('');
  for (const { source, faq } of rated(ANSWERS)) {
    const cell = page.locator(`.m-cell a[href$="topics/${faq.topic}/?sources=${source.slug}#source-${source.slug}"]`);
    await expect(cell.locator('.m-stance'), `matrix ${faq.topic} × ${source.slug}`).toHaveText(
      new RegExp(`${STANCE_LABELS[expectedStance(source, faq.topic)].word}$`),
    );
  }
});

test('topic pages show the same marks and flags on rows and answers, by side and in the source’s column', async ({
  page,
}) => {
  const items = [
    ...rated(ROWS).map(({ source, row, restated }) => ({
      source,
      topic: row.topic,
      text: row.label,
      // A row made of a claim's words is shown once, as that claim, which says so.
      also: `a.ev-also:text-is(${JSON.stringify(EVIDENCE_WORDS.alsoRow(row.label))})`,
      restated,
      discredited: row.winner !== undefined && isDiscredited(restated),
    })),
    ...rated(ANSWERS).map(({ source, faq, index, restated }) => ({
      source,
      topic: faq.topic,
      text: faq.question,
      also: `a.ev-also[href$="#${faqAnswerId(source.slug, index)}"]`,
      restated,
      discredited: faq.favors !== undefined && isDiscredited(restated),
    })),
  ];
  test.setTimeout(timeFor(items.length));
  for (const topic of TOPICS.filter((t) => items.some((item) => item.topic === t.id))) {
    await page.goto(`topics/${topic.id}/`);
    for (const { source, text, also, restated, discredited } of items.filter((item) => item.topic === topic.id)) {
      // A row's label or an answer's question, in bold, names the item (claims may mention the same words).
      const bySide = page
        .locator(`li.ev[data-source-item="${source.slug}"]`)
        .filter({ has: page.locator('strong').getByText(text, { exact: true }) });
      const folded = page.locator(`li.ev[data-source-item="${source.slug}"]`).filter({ has: page.locator(also) });
      if ((await bySide.count()) === 1) {
        await expectMarks(bySide, source, restated, discredited, `${topic.id} by side: ${text}`);
      } else {
        // Shown once, as the claim it restates: that claim's own check is there, and its flag.
        await expect(folded, `${topic.id}: ${source.slug} “${text}” by side, on its own or as its claim`).toHaveCount(
          1,
        );
        const id = await folded.getAttribute('id');
        const claim = restated.find((c) => evidenceItemId(source.slug, c.id) === id);
        expect(claim, `${topic.id}: “${text}” is shown as a claim it restates`).toBeDefined();
        if (claim?.check) {
          await expect(folded.locator(`a[href$="#${checkAnchor(source.slug, claim.id)}"]`).first()).toBeVisible();
        }
        if (discredited && claim && !castsVote(claim)) await expect(folded).toHaveClass(/ev-discounted/);
      }
      const column = page.locator(`#source-${source.slug}`);
      await expect(
        column.locator('.column-rows dt, .column-faqs .faq-question').filter({ hasText: text }),
        `${topic.id}: “${text}” in its column`,
      ).not.toHaveCount(0);
      for (const claim of restated.filter((c) => c.check)) {
        await expect(
          column.locator(`a.check-mark[href$="#${checkAnchor(source.slug, claim.id)}"]`),
          `${topic.id} column: mark of ${claim.id}`,
        ).not.toHaveCount(0);
      }
    }
  }
});

import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { evidenceStrength, isIndependent, sizesTheDifference } from '../../src/lib/rule-book.ts';
import { axeViolations, sidewaysOverflow } from '../support/page-checks.ts';
import { CASE_QUESTIONS, METRICS, SOURCE_KINDS, SOURCE_LABELS, SOURCES, TOPICS } from './content.ts';

// The case the issue names: a high-throughput HTTP API, a team new to both languages, time to
// market first. Its answers are picked by id; everything the page must say is derived from
// content/ (cases.yaml and the sources), never pinned.
const CASE = ['http-api', 'high-throughput', 'knows-neither', 'time-to-market'];
const answers = CASE_QUESTIONS.map((question) => question.answers.find((answer) => CASE.includes(answer.id))!);
const casePath = `choose/${CASE.join('/')}/`;

type Side = 'go' | 'rust';
const applies = (useCase: string | undefined, side: Side) =>
  answers.some((answer) =>
    answer.advice.some((advice) => advice.useCase === useCase && (advice.only ?? side) === side),
  );
const caseTopics = new Set(answers.flatMap((answer) => answer.topics));

/** Each source's applicable advice and the claims it makes on the case's topics, as content/ says. */
const advising = SOURCES.flatMap((source) => {
  const sides = (['go', 'rust'] as const).filter((side) =>
    source.recommendations[side].some((r) => applies(r.useCase, side)),
  );
  if (sides.length === 0) return [];
  const claims = source.claims.filter((claim) => caseTopics.has(claim.topic));
  const ratings = { accurate: 0, unsupported: 0, misleading: 0, inaccurate: 0 };
  for (const claim of claims) if (claim.check) ratings[claim.check.rating] += 1;
  const checked = claims.filter((claim) => claim.check).length;
  const quoted = (['go', 'rust'] as const).some((side) =>
    source.recommendations[side].some((r) => applies(r.useCase, side) && r.quote),
  );
  return [
    {
      slug: source.slug,
      label: SOURCE_LABELS.get(source.slug)!,
      sides,
      quoted,
      quality: { claims: claims.length, checked, ratings },
    },
  ];
});
const bySide = (side: Side) => advising.filter((entry) => entry.sides.includes(side)).map((entry) => entry.label);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether the element's bottom edge lies within the first `height` pixels of the page. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is laid out`).not.toBeNull();
  return box!.y + box!.height;
}

test.describe('a case at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('names the recommendation, who backs each side and where they disagree within the first 900 px', async ({
    page,
  }) => {
    await page.goto(casePath);
    const lead = page.locator('[data-case-lead]');
    for (const side of ['go', 'rust'] as const) {
      const names = bySide(side);
      const language = side === 'go' ? 'Go' : 'Rust';
      if (names.length === 0) {
        await expect(lead).toContainText(`none advises ${language}`);
        continue;
      }
      await expect(lead).toContainText(
        new RegExp(`\\b${names.length}( of the \\d+)?( sources?)? advises? ${language}\\b`),
      );
      const line = page.locator(`[data-case-side="${side}"]`);
      await expect(line.getByRole('link')).toHaveCount(names.length);
      expect((await line.getByRole('link').allTextContents()).sort()).toEqual([...names].sort());
      expect(await bottomOf(page, `[data-case-side="${side}"]`)).toBeLessThanOrEqual(900);
    }
    expect(await bottomOf(page, '[data-case-lead]')).toBeLessThanOrEqual(900);
    if (bySide('go').length > 0 && bySide('rust').length > 0) {
      await expect(page.locator('[data-case-disagreement]')).toContainText(/Go for .+; Rust for .+/);
      expect(await bottomOf(page, '[data-case-disagreement]')).toBeLessThanOrEqual(900);
    }
  });

  test('names every source with applicable advice, each with passage links that exist on its page', async ({
    page,
    request,
  }) => {
    await page.goto(casePath);
    await expect(page.locator('[data-advice-source]')).toHaveCount(advising.length);
    for (const entry of advising) {
      const card = page.locator(`[data-advice-source="${entry.slug}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toContainText(entry.label);
      if (!entry.quoted) continue;
      const hrefs = await card
        .locator('a[href*="#passage-"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.length, `${entry.slug} has a passage link`).toBeGreaterThan(0);
      const html = await (await request.get(hrefs[0]!.split('#')[0]!)).text();
      for (const href of hrefs) expect(html, href).toContain(`id="${href.split('#')[1]}"`);
    }
  });

  test('says how strong each source’s evidence is, as the fact-checks of its claims on the case’s topics show', async ({
    page,
  }) => {
    await page.goto(casePath);
    const strengthWord = {
      none: 'No claims to check',
      unchecked: 'Unchecked',
      unconfirmed: 'Unconfirmed',
      partly: 'Partly confirmed',
      strong: 'Well confirmed',
    };
    for (const entry of advising) {
      const statement = page.locator(`[data-advice-source="${entry.slug}"] [data-advice-strength]`);
      await expect(statement).toContainText(strengthWord[evidenceStrength(entry.quality)]);
      if (entry.quality.claims === 0) continue;
      await expect(statement).toContainText(plural(entry.quality.claims, 'claim'));
      if (entry.quality.checked === 0) await expect(statement).toContainText('none checked');
      else {
        await expect(statement).toContainText(`${entry.quality.checked} checked`);
        for (const [rating, n] of Object.entries(entry.quality.ratings))
          if (n > 0) await expect(statement).toContainText(`${n} ${rating}`);
      }
    }
    const total = advising.reduce(
      (sum, entry) => ({
        claims: sum.claims + entry.quality.claims,
        checked: sum.checked + entry.quality.checked,
        ratings: Object.fromEntries(
          Object.entries(sum.ratings).map(([k, v]) => [
            k,
            v + entry.quality.ratings[k as keyof typeof v & keyof typeof entry.quality.ratings],
          ]),
        ) as typeof entry.quality.ratings,
      }),
      { claims: 0, checked: 0, ratings: { accurate: 0, unsupported: 0, misleading: 0, inaccurate: 0 } },
    );
    const sure = page.locator('[data-case-sure]');
    await expect(sure).toContainText(`How sure: ${strengthWord[evidenceStrength(total)]}`);
    await expect(sure).toContainText(`${plural(total.claims, 'claim')} · ${total.checked} checked`);
  });

  test('shows each topic that matters for the case with its consensus, strength and size', async ({ page }) => {
    await page.goto(casePath);
    await expect(page.locator('[data-case-topic]')).toHaveCount(caseTopics.size);
    for (const topic of caseTopics) {
      const block = page.locator(`[data-case-topic="${topic}"]`);
      await expect(block.getByRole('heading', { level: 3 })).toContainText(TOPICS.find((t) => t.id === topic)!.title);
      await expect(block).toContainText('How sure:');
      await expect(block).toContainText(/How big.*(No source measures the difference|Checked figures)/s);
    }
  });
});

for (const width of [390, 1440]) {
  test.describe(`choosing a case at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the form lands on a page that links to the same case', async ({ page }) => {
        await page.goto('choose/');
        for (const answer of answers) await page.getByRole('radio', { name: answer.label, exact: true }).check();
        await page.getByRole('button', { name: 'Show what the sources advise' }).click();
        await expect(page).toHaveURL(
          new RegExp(`/choose/case/\\?${CASE_QUESTIONS.map((q, i) => `${q.id}=${CASE[i]}`).join('&')}$`),
        );
        const words = answers.map((answer) => answer.short).join(' · ');
        await page.locator('summary', { hasText: answers[0]!.label }).click();
        await page.getByRole('link', { name: words, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${casePath}$`));
        await expect(page.locator('[data-case-lead]')).toBeVisible();
        expect(await sidewaysOverflow(page, undefined, width)).toBe(0);
      });
    });

    test.describe('with JavaScript', () => {
      test('the form opens the case’s own page, and the case page passes axe in both schemes', async ({ page }) => {
        await page.goto('choose/');
        for (const answer of answers) await page.getByRole('radio', { name: answer.label, exact: true }).check();
        await page.getByRole('button', { name: 'Show what the sources advise' }).click();
        await expect(page).toHaveURL(new RegExp(`/${casePath}$`));
        await expect(page.locator('[data-case-lead]')).toBeVisible();
        expect(await sidewaysOverflow(page, undefined, width)).toBe(0);
        for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme)).toEqual([]);
      });

      test('a case page’s form opens another case, its own answers already chosen', async ({ page }) => {
        await page.goto(casePath);
        await page.getByText('Change your answers').click();
        for (const answer of answers)
          await expect(page.getByRole('radio', { name: answer.label, exact: true })).toBeChecked();
        const other = CASE_QUESTIONS[0]!.answers.find((answer) => answer.id !== CASE[0])!;
        await page.getByRole('radio', { name: other.label, exact: true }).check();
        await page.getByRole('button', { name: 'Show this case' }).click();
        await expect(page).toHaveURL(new RegExp(`/choose/${[other.id, ...CASE.slice(1)].join('/')}/$`));
      });
    });
  });
}

test('the use-case table stays on /choose/ below the questions', async ({ page }) => {
  await page.goto('choose/');
  await expect(page.getByRole('table', { name: /Number of sources recommending each language/ })).toBeVisible();
});

/** What a topic's answer must say about size and strength, from its claims in content/. */
function topicExpectations(topic: string) {
  const claims = SOURCES.flatMap((source) => source.claims.filter((claim) => claim.topic === topic));
  const ratings = { accurate: 0, unsupported: 0, misleading: 0, inaccurate: 0 };
  for (const claim of claims) if (claim.check) ratings[claim.check.rating] += 1;
  const quality = { claims: claims.length, checked: claims.filter((claim) => claim.check).length, ratings };
  // Only figures of a metric that is a property of the language size the difference; the rest are context.
  const language = (figure: { metric: string }) => sizesTheDifference(METRICS.find((m) => m.id === figure.metric)!);
  const checkedFigure = claims.some(
    (claim) =>
      (claim.check?.found ?? []).some(language) ||
      (claim.check?.rating === 'accurate' && (claim.figures ?? []).some(language)),
  );
  const anyFigure = claims.some((claim) => (claim.figures ?? []).some(language));
  const contextFigure = claims.some((claim) =>
    [...(claim.figures ?? []), ...(claim.check?.found ?? [])].some((figure) => !language(figure)),
  );
  const size = checkedFigure
    ? 'Checked figures'
    : anyFigure
      ? 'No source measures the difference; the articles claim'
      : 'No source measures the difference.';
  const short = checkedFigure
    ? 'size measured'
    : anyFigure
      ? 'size claimed only'
      : contextFigure
        ? 'context figures only'
        : 'size unmeasured';
  return { quality, size, short };
}

const STRENGTH_WORDS = {
  none: 'No claims to check',
  unchecked: 'Unchecked',
  unconfirmed: 'Unconfirmed',
  partly: 'Partly confirmed',
  strong: 'Well confirmed',
};
const independentCount = SOURCES.filter((source) => isIndependent(source, SOURCE_KINDS)).length;

for (const topic of TOPICS.filter((t) => ['performance', 'learning-curve', 'scalability'].includes(t.id))) {
  test(`${topic.title}: how big and how sure on the home page, its topic page and /choose/`, async ({ page }) => {
    const expected = topicExpectations(topic.id);
    const word = STRENGTH_WORDS[evidenceStrength(expected.quality)];
    await page.goto('');
    const entry = page.locator('.glance li', { has: page.getByRole('link', { name: topic.title, exact: true }) });
    await expect(entry).toContainText(word.toLowerCase());
    await expect(entry).toContainText(`${expected.quality.checked} of ${expected.quality.claims} claims checked`);
    await expect(entry).toContainText(expected.short);
    await expect(page.locator('.glance-key')).toContainText(`Among the ${independentCount} independent sources`);

    await page.goto(`topics/${topic.id}/`);
    const answer = page.locator('section.answer');
    await expect(answer.locator('.consensus-strength')).toContainText(`How sure: ${word}`);
    await expect(answer.locator('.topic-notes')).toContainText(expected.size);
    await expect(answer.locator('.topic-notes')).toContainText(
      `among the ${independentCount} independent of the ${SOURCES.length} sources`,
    );
    // The bar is drawn fainter the weaker the evidence: a solid bar only for well-confirmed evidence.
    await expect(answer.locator('svg.consensus-bar')).toHaveClass(
      new RegExp(`strength-${evidenceStrength(expected.quality)}`),
    );

    if (caseTopics.has(topic.id)) {
      await page.goto(casePath);
      const block = page.locator(`[data-case-topic="${topic.id}"]`);
      await expect(block).toContainText(`How sure: ${word}`);
      await expect(block).toContainText(expected.size);
    }
  });
}

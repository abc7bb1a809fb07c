import { expect, test } from './fixtures.ts';
import { CASE_QUESTIONS, SOURCES } from './content.ts';

// The reader's priority (the last question, "what matters most") leads a case page. For one use
// case (the first answers to every other question), each priority's page is opened; what it must
// say is derived from content/ (cases.yaml and the sources' recommendations), never pinned.
const priorityQuestion = CASE_QUESTIONS.at(-1)!;
const rest = CASE_QUESTIONS.slice(0, -1).map((question) => question.answers[0]!.id);
const pathOf = (priority: string) => `choose/${[...rest, priority].join('/')}/`;

type Side = 'go' | 'rust';
/** The sides each source's advice takes for a priority: advice whose use case (on an allowed side) or topic it names. */
function speakers(priority: (typeof priorityQuestion.answers)[number]) {
  return SOURCES.flatMap((source) => {
    const sides = (['go', 'rust'] as const).filter((side: Side) =>
      source.recommendations[side].some(
        (r) =>
          priority.advice.some((a) => a.useCase === r.useCase && (a.only ?? side) === side) ||
          (r.topic !== undefined && priority.topics.includes(r.topic)),
      ),
    );
    return sides.length > 0 ? [{ slug: source.slug, sides }] : [];
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`a case's priority at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('leads the first screen, and differs between two priorities of the same use case or says why not', async ({
      page,
    }) => {
      test.setTimeout(30_000 + priorityQuestion.answers.length * 10_000);
      const leads = new Map<string, string>();
      for (const priority of priorityQuestion.answers) {
        await page.goto(pathOf(priority.id));
        const lead = page.locator('[data-case-priority]');
        await expect(lead).toHaveAttribute('data-case-priority', priority.id);
        await expect(lead).toContainText(priority.label.toLowerCase(), { ignoreCase: true });
        const box = await lead.boundingBox();
        expect(box, 'the priority’s answer is laid out').not.toBeNull();
        expect(box!.y + box!.height, 'the priority’s answer is on the first screen').toBeLessThanOrEqual(
          viewport.height,
        );
        const speaking = speakers(priority);
        // Each source that speaks to the priority is named with the side its advice takes.
        await expect(page.locator('.case-priority-who a')).toHaveCount(speaking.length);
        if ((await lead.getAttribute('data-priority-separates')) === 'false')
          await expect(lead).toContainText('does not change what the sources advise');
        else await expect(lead).toContainText(`that speak to it`);
        // The topics that decide it are listed with it.
        await expect(page.locator('[data-priority-topic]')).toHaveCount(priority.topics.length);
        leads.set(priority.id, (await lead.textContent())!.replace(priority.label.toLowerCase(), ''));
      }
      // With the priority's own name taken out, no two priorities read the same.
      expect(new Set(leads.values()).size).toBe(leads.size);
    });

    test('ranks the advice that turns on the priority first', async ({ page }) => {
      test.setTimeout(30_000 + priorityQuestion.answers.length * 10_000);
      for (const priority of priorityQuestion.answers) {
        await page.goto(pathOf(priority.id));
        const cards = page.locator('[data-advice-source]');
        const speaking = new Set(speakers(priority).map((entry) => entry.slug));
        const order = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-advice-source')!));
        const firstOther = order.findIndex((slug) => !speaking.has(slug));
        if (firstOther >= 0) expect(order.slice(firstOther).some((slug) => speaking.has(slug))).toBe(false);
      }
    });
  });
}

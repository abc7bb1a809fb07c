// On a phone's first screen (390 × 844) a page shows its answer, not only the header and the lede.
import { expect, test } from './fixtures.ts';
import { TOPICS } from './content.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the home page’s first topic, by the side it went to, is on the first screen', async ({ page }) => {
  await page.goto('');
  const group = (await page.locator('dl.glance dt').first().boundingBox())!;
  expect(group.y + group.height).toBeLessThanOrEqual(844);
  const first = (await page.locator('dl.glance dd a').first().boundingBox())!;
  expect(first.y + first.height).toBeLessThanOrEqual(844);
});

test('every topic page’s answer is on the first screen', async ({ page }) => {
  for (const topic of TOPICS) {
    await page.goto(`topics/${topic.id}/`);
    const answer = (await page.locator('#answer-heading').boundingBox())!;
    expect(answer.y + answer.height, topic.id).toBeLessThanOrEqual(844);
  }
});

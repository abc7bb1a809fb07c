// WCAG 2.2 success criterion 2.5.8 (target size, minimum), measured in the page: every visible
// control is at least 24 × 24 CSS px, unless it is a link in a sentence (the criterion's "inline" exception).
import type { Page } from '@playwright/test';

/** Every control on the page as it is now that fails 2.5.8, one line each ("a “Topics” 40×19"). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const visible = controls
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(
        ({ el, box }) =>
          box.width > 0 &&
          box.height > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          !el.closest('.visually-hidden'),
      );
    const blockOf = (el: HTMLElement) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return block;
    };
    // Exception "inline": a link in a sentence, sized by the line height of the text around it.
    // A sentence here is at least three words of the block's own text outside its links.
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = blockOf(el);
      if (!block) return false;
      const copy = block.cloneNode(true) as HTMLElement;
      for (const node of copy.querySelectorAll('a, .visually-hidden, [aria-hidden="true"]')) node.remove();
      return (copy.textContent?.match(/\p{L}{2,}/gu) ?? []).length >= 3;
    };
    // The criterion also spares small targets spaced 24 px apart; this site holds itself to the
    // size alone, so a target never depends on what happens to be laid out beside it.
    const small = visible.filter(({ el, box }) => (box.width < MIN || box.height < MIN) && !inSentence(el));
    return small.map(
      ({ el, box }) =>
        `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
    );
  });
}

import { describe, expect, it } from 'vitest';
import { planPassages } from '../../src/lib/text/passage-plan.ts';
import { locateQuote } from '../../src/lib/text/normalise.ts';

describe('locateQuote', () => {
  it('finds a straight-quoted quote in typographically rendered text, returning original offsets', () => {
    const text = 'He said: “Rust’s fast…”  and  Go—simple.';
    const found = locateQuote(text, 'Rust\'s fast..." and Go-simple');
    expect(found && text.slice(found.start, found.end)).toBe('Rust’s fast…”  and  Go—simple');
  });

  it('folds every odd space, zero-width character and backtick, and maps past emoji and long texts', () => {
    const filler = 'Lorem ipsum 🦀 dolor. '.repeat(2000); // longer than one 8,192-character piece
    const text = `${filler}Go\u00A0is\u2009\u200Bsimple;\u3000\`Rust\u00B4s\`\u202Fsafe\u2028too.`;
    const found = locateQuote(text, "Go is simple; 'Rust's' safe too.");
    expect(found && text.slice(found.start, found.end)).toBe(
      'Go\u00A0is\u2009\u200Bsimple;\u3000`Rust\u00B4s`\u202Fsafe\u2028too.',
    );
  });

  it('keeps a lone surrogate as it is, so offsets still match the original text', () => {
    const text = 'broken \uD800 pair,  then  the quote';
    const found = locateQuote(text, 'then the quote');
    expect(found && text.slice(found.start, found.end)).toBe('then  the quote');
    expect(locateQuote(text, '\uD800 pair')).toEqual({ start: 7, end: 13 });
  });

  it('finds nothing for a changed word', () => {
    expect(locateQuote('Rust is fast.', 'Rust is quick.')).toBeUndefined();
  });
});

describe('planPassages', () => {
  it('marks a passage inside one text node precisely', () => {
    const plan = planPassages([['Intro. Rust is fast. Outro.']], [{ id: 'speed', quote: 'Rust is fast.' }]);
    expect(plan).toEqual({
      inline: [{ block: 0, node: 0, start: 7, end: 20, ids: ['speed'] }],
      blocks: [],
      missing: [],
    });
  });

  it('merges overlapping passages into one mark carrying both anchors', () => {
    const plan = planPassages(
      [['Go is simple and Go is fast.']],
      [
        { id: 'a', quote: 'Go is simple' },
        { id: 'b', quote: 'simple and Go is fast.' },
      ],
    );
    expect(plan.inline).toEqual([{ block: 0, node: 0, start: 0, end: 28, ids: ['a', 'b'] }]);
  });

  it('keeps separate passages in one text node apart', () => {
    const plan = planPassages(
      [['Startups prefer Go, while Rust ensures reliability.']],
      [
        { id: 'go', quote: 'Startups prefer Go' },
        { id: 'rust', quote: 'Rust ensures reliability.' },
      ],
    );
    expect(plan.inline.map((s) => s.ids)).toEqual([['go'], ['rust']]);
  });

  it('highlights whole blocks for a passage crossing blocks or inline markup', () => {
    const plan = planPassages(
      [['Executive insight:'], ['Rust prevents bugs.'], ['Go handles them gracefully.'], ['Bold ', 'part', ' here.']],
      [
        { id: 'bugs', quote: 'Rust prevents bugs. Go handles them gracefully.' },
        { id: 'bold', quote: 'Bold part here.' },
      ],
    );
    expect(plan.blocks).toEqual([
      { id: 'bugs', from: 1, to: 2 },
      { id: 'bold', from: 3, to: 3 },
    ]);
    expect(plan.inline).toEqual([]);
  });

  it('reports passages it cannot find', () => {
    expect(planPassages([['Nothing here.']], [{ id: 'gone', quote: 'Rust is fast.' }]).missing).toEqual(['gone']);
  });
});

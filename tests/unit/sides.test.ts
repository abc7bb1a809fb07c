import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Faq } from '../../src/schemas/faq.ts';
import type { FaqEvidence, RowEvidence } from '../../src/lib/site/views/evidence.ts';
import { evidenceBySide, sideLayout, SIDE_TRACKS, statementBesideQuote } from '../../src/lib/site/views/sides.ts';

const claim = (id: string, quote: string, favors: Claim['favors'] = 'go') =>
  ({ id, topic: 't', statement: id, quote, favors }) as Claim;
const faq = (answer: string, favors?: Faq['favors'], index = 0): FaqEvidence => ({
  faq: { question: 'Q?', answer, topic: 't', ...(favors ? { favors } : {}) } as Faq,
  index,
  restated: [],
  discounted: false,
});
const row = (go: string, rust: string, winner?: 'go' | 'rust') =>
  ({
    tableId: 'x',
    caption: 'X',
    row: { topic: 't', label: 'Row', go, rust, ...(winner ? { winner } : {}) },
    restated: [],
    discounted: false,
  }) as RowEvidence;

describe('evidenceBySide', () => {
  it('shows an FAQ answer or a table row that repeats a claim’s words once, as the claim', () => {
    const said = claim('a', 'Go is easier to learn.');
    const answer = faq('Go is easier to learn. Rust takes longer.', 'go');
    const other = faq('Something else entirely.', 'rust', 1);
    const cells = row('Gentle, weeks', 'Steep', 'go');
    const quick = claim('b', 'Gentle, weeks');
    const sides = evidenceBySide([
      { slug: 's', evidence: { claims: [said, quick], rows: [cells], faqs: [answer, other] } },
    ]);
    expect(sides.go.map((item) => item.kind)).toEqual(['claim', 'claim']);
    expect(sides.go[0]).toMatchObject({ kind: 'claim', also: [{ kind: 'faq', faq: answer }] });
    expect(sides.go[1]).toMatchObject({ kind: 'claim', also: [{ kind: 'row', row: cells }] });
    expect(sides.rust).toMatchObject([{ kind: 'faq', faq: other.faq }]);
  });

  it('keeps an answer that only shares a word or two with a claim', () => {
    const said = claim('a', 'memory efficiency');
    const answer = faq('Yes, in most benchmarks Rust shows lower latency and better memory efficiency.', 'rust');
    const sides = evidenceBySide([{ slug: 's', evidence: { claims: [said], rows: [], faqs: [answer] } }]);
    expect(sides.rust).toHaveLength(1);
  });
});

describe('sideLayout', () => {
  it('folds empty sides into a line and gives the width to the side with the most evidence', () => {
    const layout = sideLayout({ go: 0, middle: 1, rust: 13 });
    expect(layout.empty).toEqual(['go']);
    expect(layout.shown).toEqual([
      { side: 'middle', tracks: 3 },
      { side: 'rust', tracks: 9 },
    ]);
  });

  it('splits evenly between even sides, and always fills the grid', () => {
    expect(sideLayout({ go: 4, middle: 0, rust: 4 }).shown.map((s) => s.tracks)).toEqual([6, 6]);
    for (const counts of [
      { go: 1, middle: 1, rust: 1 },
      { go: 9, middle: 2, rust: 1 },
      { go: 0, middle: 5, rust: 0 },
    ]) {
      const tracks = sideLayout(counts).shown.map((s) => s.tracks);
      expect(tracks.reduce((a, b) => a + b, 0)).toBe(SIDE_TRACKS);
      expect(Math.min(...tracks)).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows nothing when no side has evidence', () => {
    expect(sideLayout({ go: 0, middle: 0, rust: 0 })).toEqual({ shown: [], empty: ['go', 'middle', 'rust'] });
  });
});

describe('statementBesideQuote', () => {
  it('gives the statement unless it is the quote word for word', () => {
    expect(statementBesideQuote({ statement: 'Go is simpler.', quote: 'Go is simpler' })).toBeUndefined();
    expect(statementBesideQuote({ statement: 'Go is simpler to learn.', quote: 'Go is simple' })).toBe(
      'Go is simpler to learn.',
    );
  });
});

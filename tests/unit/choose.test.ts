import { describe, expect, it } from 'vitest';
import { chooseByUseCase, guideLead, guideTally } from '../../src/lib/site/views/choose.ts';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import type { SourceInput } from '../../src/schemas/source.ts';
import { source as buildSource, useCase } from '../support/builders.ts';

const USE_CASES = [useCase('latency', 2), useCase('crud-api', 1), useCase('unused', 3)];

type Recommendations = NonNullable<SourceInput['recommendations']>;

const source = (slug: string, recommendations: Recommendations): SourceRecord => buildSource(slug, { recommendations });

const rec = (text: string, useCase?: string) => ({ text, quote: `“${text}”`, ...(useCase ? { useCase } : {}) });

describe('the decision guide', () => {
  const sources = [
    source('a', {
      go: [rec('Ship a CRUD API', 'crud-api')],
      rust: [
        rec('Maximum performance', 'latency'),
        rec('If milliseconds matter', 'latency'),
        rec('Ultra-low latency', 'latency'),
      ],
    }),
    source('b', { go: [rec('A simple API', 'crud-api')], rust: [rec('Low latency', 'latency')] }),
    source('c', { go: [rec('No use case yet')], rust: [] }),
  ];
  const guide = chooseByUseCase(sources, USE_CASES);

  it('lists the use cases sources speak to, in use-case order, leaving out the rest', () => {
    expect(guide.map((g) => g.useCase.id)).toEqual(['crud-api', 'latency']);
  });

  it('merges one source’s near-duplicates (same use case, same side) into one answer with all its passages', () => {
    const latency = guide[1]!;
    expect(latency.rust.map((answer) => answer.slug)).toEqual(['a', 'b']);
    expect(latency.rust[0]!.passages.map((p) => p.key)).toEqual(['rec-rust-0', 'rec-rust-1', 'rec-rust-2']);
    expect(latency.rust[0]!.passages[1]).toEqual({
      key: 'rec-rust-1',
      text: 'If milliseconds matter',
      quote: '“If milliseconds matter”',
    });
  });

  it('never lists a source twice on one side of a use case', () => {
    for (const g of guide)
      for (const side of [g.go, g.rust]) expect(new Set(side.map((a) => a.slug)).size).toBe(side.length);
  });

  it('keys each passage by its place in the source’s own list, so the anchor is stable', () => {
    expect(guide[0]!.go.map((a) => [a.slug, a.passages.map((p) => p.key)])).toEqual([
      ['a', ['rec-go-0']],
      ['b', ['rec-go-0']],
    ]);
  });

  it('leaves out recommendations without a use case (a draft’s)', () => {
    expect(guide.flatMap((g) => [...g.go, ...g.rust]).map((a) => a.slug)).not.toContain('c');
  });
});

describe('the tally of a use case', () => {
  it('counts sources, not recommendations, the better-backed side first', () => {
    const [latency] = chooseByUseCase(
      [
        source('a', { go: [], rust: [rec('x', 'latency'), rec('y', 'latency')] }),
        source('b', { go: [rec('z', 'latency')], rust: [rec('w', 'latency')] }),
      ],
      USE_CASES,
    );
    expect(guideTally(latency!)).toEqual([
      { side: 'rust', sources: 2 },
      { side: 'go', sources: 1 },
    ]);
  });

  it('puts Go first on a tie, and names no lead then', () => {
    const tie = { go: [{ slug: 'a', passages: [] }], rust: [{ slug: 'b', passages: [] }] };
    expect(guideTally(tie).map((t) => t.side)).toEqual(['go', 'rust']);
    expect(guideLead(tie)).toBeUndefined();
    expect(guideLead({ ...tie, rust: [] })).toBe('go');
  });
});

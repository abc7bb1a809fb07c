import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/schemas/metric.ts';
import { formatTick } from '../../src/lib/site/labels.ts';
import {
  figureQuotes,
  LOG_THRESHOLD,
  placeFigures,
  position,
  scaleFor,
  type MetricFigures,
} from '../../src/lib/site/views/figures.ts';

const f = (min: number, unit = 'x', max?: number) => ({ min, unit, ...(max === undefined ? {} : { max }) });

describe('figure scales', () => {
  it('starts a linear axis at zero, however large the smallest value', () => {
    const scale = scaleFor([f(900), f(1000)]);
    expect(scale.kind).toBe('linear');
    expect(scale.min).toBe(0);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(1000);
  });

  it('draws percentages on 0–100, so one 30 % figure does not fill the width', () => {
    expect(scaleFor([f(30, '%')])).toEqual({ kind: 'linear', min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
    expect(position(scaleFor([f(30, '%')]), 30)).toBeCloseTo(0.3);
  });

  it('extends past 100 for percentages above 100', () => {
    const scale = scaleFor([f(20, '%'), f(250, '%')]);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(250);
  });

  it('ticks in steps of 1, 2 or 5 × 10ⁿ, ending at or just above the largest value', () => {
    expect(scaleFor([f(1, 'months', 3), f(6, 'months', 12)]).ticks).toEqual([0, 5, 10, 15]);
    expect(scaleFor([f(1000), f(2000)]).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    expect(scaleFor([f(10)]).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(scaleFor([f(0.3)]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('switches to a log scale only when values span more than two orders of magnitude', () => {
    expect(scaleFor([f(1), f(LOG_THRESHOLD)]).kind).toBe('linear');
    const log = scaleFor([f(100), f(100_000)]);
    expect(log).toEqual({ kind: 'log', min: 100, max: 100_000, ticks: [100, 1000, 10_000, 100_000] });
    expect(position(log, 10_000)).toBeCloseTo(2 / 3);
  });

  it('rounds a log axis out to whole powers of ten and thins its ticks over wide spans', () => {
    const scale = scaleFor([f(3), f(4_000)]);
    expect(scale).toMatchObject({ kind: 'log', min: 1, max: 10_000 });
    const wide = scaleFor([f(1), f(1e12)]);
    expect(wide.ticks.length).toBeLessThanOrEqual(9);
    expect(wide.ticks[0]).toBe(1);
    expect(wide.max).toBeGreaterThanOrEqual(1e12);
  });

  it('places single values as dots and ranges from end to end, clamped to the axis', () => {
    const scale = scaleFor([f(20, '%', 40), f(10, '%')]);
    expect(placeFigures(scale, [{ min: 20, max: 40 }, { min: 10 }])).toEqual([
      { from: 0.2, to: 0.4 },
      { from: 0.1, to: 0.1 },
    ]);
    expect(position(scale, -5)).toBe(0);
  });

  it('has an axis even with no positive values', () => {
    expect(scaleFor([f(0)])).toEqual({ kind: 'linear', min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('quotes behind the figures', () => {
  it('lists each quote once with every figure it states, across metrics', () => {
    const metric = (id: string): Metric => ({ id, title: id, unit: '%' });
    const sourced = (claimId: string, min: number) => ({
      slug: 's',
      claimId,
      topic: 't',
      quote: `q-${claimId}`,
      rating: 'unsupported' as const,
      figure: { metric: 'm', subject: 'go' as const, min, unit: '%' },
      found: [],
    });
    const charts: MetricFigures[] = [
      { metric: metric('a'), figures: [sourced('one', 1), sourced('two', 2)], confirmed: false },
      { metric: metric('b'), figures: [sourced('one', 3)], confirmed: false },
    ];
    const quotes = figureQuotes(charts);
    expect(quotes.map((q) => q.quote)).toEqual(['q-one', 'q-two']);
    expect(quotes[0]!.figures.map((x) => [x.metric.id, x.figure.min])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(quotes[0]!.rating).toBe('unsupported');
  });
});

describe('axis ticks', () => {
  it('are short on large numbers and keep % and ×, naming other units elsewhere', () => {
    expect([
      formatTick(0, 'users'),
      formatTick(2500, 'USD/month'),
      formatTick(100_000, 'users'),
      formatTick(1_000_000, 'users'),
    ]).toEqual(['0', '2,500', '100K', '1M']);
    expect([formatTick(50, '%'), formatTick(10, '×')]).toEqual(['50%', '10×']);
  });
});

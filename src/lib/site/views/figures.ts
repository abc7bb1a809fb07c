import type { FactCheck } from '../../../schemas/fact-check.ts';
import type { z } from 'astro/zod';
import type { foundFigureSchema } from '../../../schemas/fact-check.ts';
import type { Figure } from '../../../schemas/figure.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { SourceRecord } from './evidence.ts';
import { isFigureConfirmed } from '../../rule-book.ts';

/** A figure with where it comes from. */
interface SourcedFigure {
  slug: string;
  claimId: string;
  topic: string;
  quote: string;
  figure: Figure;
  /** The site's fact-check of the claim that states the figure, if it has one. */
  rating?: FactCheck['rating'] | undefined;
  /** What the check's primary sources show for the same metric and language, charted beside it. */
  found: FoundFigure[];
}

/** A number a fact-check's primary source shows (fact-check.ts `found`). */
type FoundFigure = z.output<typeof foundFigureSchema>;

/** Every figure of one metric, across sources. */
export interface MetricFigures {
  metric: Metric;
  figures: SourcedFigure[];
  /**
   * Whether any of its figures is confirmed: rated accurate, or set beside a number a primary
   * source shows. A chart without one says that none is.
   */
  confirmed: boolean;
}

/**
 * Every figure grouped by metric, unused metrics left out. Metrics come in the order of the topic
 * their figures are about (performance first, as in the matrix), then by title.
 */
export function figuresByMetric(
  sources: readonly SourceRecord[],
  metrics: readonly Metric[],
  topicOrder: readonly string[] = [],
): MetricFigures[] {
  const byMetric = new Map<string, SourcedFigure[]>(metrics.map((metric) => [metric.id, []]));
  for (const { slug, data } of sources) {
    for (const claim of data.claims) {
      for (const figure of claim.figures ?? []) {
        const found = (claim.check?.found ?? []).filter(
          (f) => f.metric === figure.metric && f.subject === figure.subject,
        );
        byMetric.get(figure.metric)?.push({
          slug,
          claimId: claim.id,
          topic: claim.topic,
          quote: claim.quote,
          figure,
          rating: claim.check?.rating,
          found,
        });
      }
    }
  }
  const rank = (entry: MetricFigures) => {
    const index = Math.min(...entry.figures.map((f) => topicOrder.indexOf(f.topic)).filter((i) => i >= 0));
    return Number.isFinite(index) ? index : topicOrder.length;
  };
  return metrics
    .flatMap((metric) => {
      const figures = byMetric.get(metric.id) ?? [];
      const confirmed = figures.some((f) => isFigureConfirmed(f.rating, f.found.length));
      return figures.length ? [{ metric, figures, confirmed }] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || a.metric.title.localeCompare(b.metric.title, 'en'));
}

/** A quote that states figures, with every figure it states: each quote is shown once. */
export interface FigureQuote {
  slug: string;
  claimId: string;
  quote: string;
  rating?: FactCheck['rating'] | undefined;
  figures: Array<{ metric: Metric; figure: Figure }>;
}

/** The quotes behind the charts, one per claim, in the order their first figure is charted. */
export function figureQuotes(charts: readonly MetricFigures[]): FigureQuote[] {
  const byClaim = new Map<string, FigureQuote>();
  for (const { metric, figures } of charts) {
    for (const { slug, claimId, quote, rating, figure } of figures) {
      const key = `${slug}#${claimId}`;
      const entry = byClaim.get(key) ?? { slug, claimId, quote, rating, figures: [] };
      entry.figures.push({ metric, figure });
      byClaim.set(key, entry);
    }
  }
  return [...byClaim.values()];
}

/**
 * An axis for one metric's figures, in the manner of Our World in Data: linear from zero (0–100
 * for percentages), or logarithmic when the values span more than two orders of magnitude, because
 * then a linear axis squeezes the small values into a dot at zero.
 */
export interface Scale {
  kind: 'linear' | 'log';
  /** The axis's ends. A linear axis always starts at 0. */
  min: number;
  max: number;
  /** Tick values from min to max, evenly spaced on the axis. */
  ticks: number[];
}

/** Values further apart than this factor are drawn on a log scale. */
export const LOG_THRESHOLD = 100;

const tidy = (n: number) => Number(n.toPrecision(12));

/** The smallest 1, 2 or 5 × 10ⁿ step that covers `max` in at most five steps. */
function niceStep(max: number): number {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  return tidy((residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude);
}

/** The values a figure states: its number, or both ends of its range. */
const valuesOf = (figure: Pick<Figure, 'min' | 'max'>) =>
  figure.max === undefined ? [figure.min] : [figure.min, figure.max];

/** Chooses the axis for a set of figures that share a unit. */
export function scaleFor(figures: ReadonlyArray<Pick<Figure, 'min' | 'max' | 'unit'>>): Scale {
  const values = figures.flatMap(valuesOf);
  const largest = Math.max(0, ...values);
  const positive = values.filter((v) => v > 0);
  const smallest = positive.length ? Math.min(...positive) : 0;
  if (smallest > 0 && largest / smallest > LOG_THRESHOLD) {
    const from = Math.floor(Math.log10(smallest));
    const span = Math.max(Math.ceil(Math.log10(largest)) - from, 1);
    // At most eight ticks: a wide span ticks every second (third…) power of ten.
    const every = Math.ceil(span / 8);
    const ticks = Array.from({ length: Math.ceil(span / every) + 1 }, (_, i) => tidy(10 ** (from + i * every)));
    const max = ticks.at(-1)!;
    return { kind: 'log', min: ticks[0]!, max, ticks };
  }
  const percent = figures.length > 0 && figures.every((figure) => figure.unit === '%');
  if (percent && largest <= 100) return { kind: 'linear', min: 0, max: 100, ticks: [0, 25, 50, 75, 100] };
  if (largest <= 0) return { kind: 'linear', min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep(largest);
  const max = tidy(Math.ceil(tidy(largest / step)) * step);
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => tidy(i * step));
  return { kind: 'linear', min: 0, max, ticks };
}

/** Where a value sits on an axis, from 0 (its start) to 1 (its end); clamped to the axis. */
export function position(scale: Scale, value: number): number {
  const at =
    scale.kind === 'log'
      ? value <= 0
        ? 0
        : (Math.log10(value) - Math.log10(scale.min)) / (Math.log10(scale.max) - Math.log10(scale.min))
      : (value - scale.min) / (scale.max - scale.min);
  return Math.min(1, Math.max(0, at));
}

/** A figure on its axis: a dot (from = to) or a range, each end from 0 to 1. */
export interface Mark {
  from: number;
  to: number;
}

/** Places figures on an axis. */
export function placeFigures(scale: Scale, figures: ReadonlyArray<Pick<Figure, 'min' | 'max'>>): Mark[] {
  return figures.map((figure) => ({
    from: position(scale, figure.min),
    to: position(scale, figure.max ?? figure.min),
  }));
}

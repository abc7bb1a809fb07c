import type { Figure } from '../../../schemas/figure.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { SourceRecord } from './evidence.ts';

/** A figure with where it comes from. */
interface SourcedFigure {
  slug: string;
  claimId: string;
  topic: string;
  quote: string;
  figure: Figure;
}

/** Every figure of one metric, across sources. */
export interface MetricFigures {
  metric: Metric;
  figures: SourcedFigure[];
}

/**
 * Every figure grouped by metric, unused metrics left out. Metrics come in the order of the topic
 * their figures are about (performance first, as in the matrix), then by title.
 */
export function figuresByMetric(sources: readonly SourceRecord[], metrics: readonly Metric[], topicOrder: readonly string[] = []): MetricFigures[] {
  const byMetric = new Map<string, SourcedFigure[]>(metrics.map((metric) => [metric.id, []]));
  for (const { slug, data } of sources) {
    for (const claim of data.claims) {
      for (const figure of claim.figures ?? []) {
        byMetric.get(figure.metric)?.push({ slug, claimId: claim.id, topic: claim.topic, quote: claim.quote, figure });
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
      return figures.length ? [{ metric, figures }] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || a.metric.title.localeCompare(b.metric.title, 'en'));
}

/** A bar of a figure chart: where it starts and ends on a 0–1 scale of the chart's largest value. */
export interface Bar {
  from: number;
  to: number;
}

/** Scales figures to bars that share one axis from 0 to the largest value among them. */
export function scaleBars(figures: readonly Figure[]): { max: number; bars: Bar[] } {
  const max = Math.max(0, ...figures.map((figure) => figure.max ?? figure.min));
  if (max <= 0) return { max, bars: figures.map(() => ({ from: 0, to: 0 })) };
  return {
    max,
    bars: figures.map((figure) => ({ from: figure.max === undefined ? 0 : figure.min / max, to: (figure.max ?? figure.min) / max })),
  };
}

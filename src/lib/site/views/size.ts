import type { FactCheck } from '../../../schemas/fact-check.ts';
import type { Metric } from '../../../schemas/metric.ts';
import { formatFigure } from '../labels.ts';
import type { SourceRecord } from './evidence.ts';

/** One number on a topic, with the claim it comes from. */
interface SizeFigure {
  slug: string;
  claimId: string;
  metric: Metric;
  subject: 'go' | 'rust';
  /** The number as a reader reads it, e.g. "20–40 %", "up to 10 ×". */
  text: string;
  context?: string | undefined;
  /** The fact-check of the claim stating it; undefined when unchecked. */
  rating?: FactCheck['rating'] | undefined;
  /** For a measured figure: the primary source showing it, and the day it describes. */
  url?: string;
  asOf?: Date;
}

/**
 * How big the difference is on a topic, as the evidence shows it:
 * - `measured`: numbers a primary source shows (a fact-check's `found`);
 * - `confirmed`: numbers stated by claims checked and found accurate;
 * - `unconfirmed`: numbers stated by claims unchecked or rated otherwise.
 */
export interface TopicSize {
  measured: SizeFigure[];
  confirmed: SizeFigure[];
  unconfirmed: SizeFigure[];
}

/** The numbers on one topic, checked ones first. Figures with unknown metrics are left out (the check reports them). */
export function sizeOnTopic(sources: readonly SourceRecord[], topic: string, metrics: readonly Metric[]): TopicSize {
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  const size: TopicSize = { measured: [], confirmed: [], unconfirmed: [] };
  for (const { slug, data } of sources) {
    for (const claim of data.claims) {
      if (claim.topic !== topic) continue;
      const rating = claim.check?.rating;
      for (const figure of claim.figures ?? []) {
        const metric = metricById.get(figure.metric);
        if (!metric) continue;
        const entry = {
          slug,
          claimId: claim.id,
          metric,
          subject: figure.subject,
          text: formatFigure(figure),
          context: figure.context,
          rating,
        };
        (rating === 'accurate' ? size.confirmed : size.unconfirmed).push(entry);
      }
      for (const found of claim.check?.found ?? []) {
        const metric = metricById.get(found.metric);
        if (!metric) continue;
        size.measured.push({
          slug,
          claimId: claim.id,
          metric,
          subject: found.subject,
          text: formatFigure(found),
          rating,
          url: found.url,
          asOf: found.asOf,
        });
      }
    }
  }
  return size;
}

/** Whether any checked number (measured or confirmed) shows the size. */
const isMeasured = (size: TopicSize): boolean => size.measured.length + size.confirmed.length > 0;

const LANGUAGE = { go: 'Go', rust: 'Rust' } as const;
const phrase = (figure: SizeFigure) =>
  `${LANGUAGE[figure.subject]} ${figure.text}${figure.context ? ` (${figure.context})` : ''}`;
/** Each distinct phrase once, in order: two sources stating "30 %" are one number to a reader. */
const distinct = (figures: readonly SizeFigure[]) => [...new Set(figures.map(phrase))];

/**
 * The size in one sentence, checked numbers first: "Measured: Rust 2 × (CPU-bound tasks)." or
 * "No source measures the difference; the articles claim Rust 30 %, Rust up to 10 × (unconfirmed)."
 * `limit` caps how many unconfirmed numbers are listed (the rest are counted).
 */
export function describeSize(size: TopicSize, limit = 4): string {
  const checked = [...distinct(size.measured), ...distinct(size.confirmed)];
  const claimed = distinct(size.unconfirmed);
  const listed =
    claimed.slice(0, limit).join(', ') + (claimed.length > limit ? ` and ${claimed.length - limit} more` : '');
  if (checked.length > 0) {
    const rest = claimed.length > 0 ? ` Unconfirmed in the articles: ${listed}.` : '';
    return `Checked figures: ${checked.join(', ')}.${rest}`;
  }
  if (claimed.length === 0) return 'No source measures the difference.';
  return `No source measures the difference; the articles claim ${listed} (unconfirmed).`;
}

/**
 * The size in two or three words, for the home page's one line per topic: measured (a checked
 * figure), claimed only (the articles' own, unconfirmed figures) or unmeasured (no figure at all).
 */
export function sizeWords(size: TopicSize): string {
  if (isMeasured(size)) return 'size measured';
  return size.unconfirmed.length > 0 ? 'size claimed only' : 'size unmeasured';
}

import type { FactCheck } from '../../../schemas/fact-check.ts';
import type { Metric } from '../../../schemas/metric.ts';
import { isConfirmed, sizesTheDifference } from '../../rule-book.ts';
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
 * - `unconfirmed`: numbers stated by claims unchecked or rated otherwise;
 * - `context`: numbers of a metric that is not a property of the language (rule book,
 *   `sizesTheDifference`), checked or not: shown, never the size of the difference.
 */
export interface TopicSize {
  measured: SizeFigure[];
  confirmed: SizeFigure[];
  unconfirmed: SizeFigure[];
  context: SizeFigure[];
}

/** The numbers on one topic, checked ones first. Figures with unknown metrics are left out (the check reports them). */
export function sizeOnTopic(sources: readonly SourceRecord[], topic: string, metrics: readonly Metric[]): TopicSize {
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  const size: TopicSize = { measured: [], confirmed: [], unconfirmed: [], context: [] };
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
        (!sizesTheDifference(metric) ? size.context : isConfirmed(rating) ? size.confirmed : size.unconfirmed).push(
          entry,
        );
      }
      for (const found of claim.check?.found ?? []) {
        const metric = metricById.get(found.metric);
        if (!metric) continue;
        (sizesTheDifference(metric) ? size.measured : size.context).push({
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

const LANGUAGE = { go: 'Go', rust: 'Rust' } as const;
const phrase = (figure: SizeFigure, markChecked: boolean) =>
  `${LANGUAGE[figure.subject]} ${figure.text}${figure.context ? ` (${figure.context})` : ''}${markChecked && figure.url ? ' (checked)' : ''}`;

/**
 * Figures in words, each under the metric it measures (its title names the measure, each number
 * carries its unit), each distinct phrase once: "How much faster Rust is than Go: Rust 30 %
 * (web server), Rust 20–40 %; Projected revenue increase: Go 20 %". Past `limit` phrases, the rest
 * are counted; `markChecked` marks the numbers a primary source shows.
 */
function figureWords(figures: readonly SizeFigure[], limit = Infinity, markChecked = false): string {
  const groups = new Map<string, string[]>();
  let shown = 0;
  let more = 0;
  const seen = new Set<string>();
  for (const figure of figures) {
    const words = phrase(figure, markChecked);
    const key = `${figure.metric.id} ${words}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (shown >= limit) {
      more += 1;
      continue;
    }
    shown += 1;
    const group = groups.get(figure.metric.title) ?? [];
    group.push(words);
    groups.set(figure.metric.title, group);
  }
  const listed = [...groups].map(([title, phrases]) => `${title}: ${phrases.join(', ')}`).join('; ');
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

/**
 * The size in one sentence, checked numbers first, each under the metric it measures:
 * "Checked figures — How much faster Rust is than Go: Rust 2 × (CPU-bound tasks)." or "No source
 * measures the difference; the articles claim How much faster Rust is than Go: Rust 30 %
 * (unconfirmed)." Figures that are not a property of the language follow as context. `limit`
 * caps how many unconfirmed numbers are listed (the rest are counted).
 */
export function describeSize(size: TopicSize, limit = 4): string {
  const checked = figureWords([...size.measured, ...size.confirmed]);
  const claimed = figureWords(size.unconfirmed, limit);
  const context =
    size.context.length > 0
      ? ` Context, not a property of the language — ${figureWords(size.context, limit, true)}.`
      : '';
  if (checked) {
    const rest = claimed ? ` Unconfirmed in the articles — ${claimed}.` : '';
    return `Checked figures — ${checked}.${rest}${context}`;
  }
  if (!claimed) return `No source measures the difference.${context}`;
  return `No source measures the difference; the articles claim (unconfirmed) — ${claimed}.${context}`;
}

/**
 * The size in two or three words, for one line per topic: measured (a checked figure of the
 * language), claimed only (the articles' own, unconfirmed figures), context figures only (numbers
 * that are not a property of the language) or unmeasured (no figure at all).
 */
export function sizeWords(size: TopicSize): string {
  if (size.measured.length + size.confirmed.length > 0) return 'size measured';
  if (size.unconfirmed.length > 0) return 'size claimed only';
  return size.context.length > 0 ? 'context figures only' : 'size unmeasured';
}

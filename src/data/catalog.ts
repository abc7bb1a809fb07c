// The one module pages read content through: the sources as the loader stored them (checked,
// drafts already left out of a production build), and the derived views, computed once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Metric } from '../schemas/metric.ts';
import type { Topic } from '../schemas/topic.ts';
import { shortNames } from '../lib/site/labels.ts';
import { compare, type TopicComparison } from '../lib/site/views/comparison.ts';
import type { SourceRecord } from '../lib/site/views/evidence.ts';
import { groupFaqs, type FaqGroup } from '../lib/site/views/faq-groups.ts';
import { figuresByMetric, type MetricFigures } from '../lib/site/views/figures.ts';
import { atAGlance, type GlanceEntry, type GlanceKey } from '../lib/site/views/glance.ts';
import { qualityOf, type EvidenceQuality } from '../lib/site/views/quality.ts';
import { chooseByUseCase, type UseCaseGuide } from '../lib/site/views/choose.ts';
import type { UseCase } from '../schemas/use-case.ts';
import type { Correction } from '../schemas/correction.ts';
import { correctionLog } from '../lib/site/views/corrections.ts';
import { editorNotes, type EditorNoteText } from '../lib/text/prose-only.ts';
import { byOrderThenId } from '../lib/rule-book.ts';

export type SourceEntry = CollectionEntry<'sources'>;

/** Everything the pages show, loaded and derived once. */
export interface Catalog {
  /** The sources the loader stored (drafts only in `astro dev`), by title. */
  sources: SourceEntry[];
  sourceBySlug: Map<string, SourceEntry>;
  /** The same sources as plain `{ slug, data }` records, the shape the derived views take. */
  records: SourceRecord[];
  /** Each source's short name, for column headers and filters: publisher, author or title. */
  shortNames: Map<string, string>;
  /** Topics in matrix order. */
  topics: Topic[];
  topicTitles: Map<string, string>;
  metrics: Metric[];
  metricTitles: Map<string, string>;
  /** The topics × sources comparison, in topic order. */
  comparison: TopicComparison[];
  figures: MetricFigures[];
  faqs: Map<string, FaqGroup[]>;
  /** Use cases in /choose/ order, and their titles by id. */
  useCases: UseCase[];
  useCaseTitles: Map<string, string>;
  /** The decision guide: recommendations merged by use case, one answer per source and side. */
  guide: UseCaseGuide[];
  /** The text of each question claims may answer, by id (a contradiction is one question answered both ways). */
  questionTexts: Map<string, string>;
  // Evidence quality and the summary (answer first).
  /** Topics by where the sources land: Go, Rust, neither, split, thin. */
  glance: Record<GlanceKey, GlanceEntry[]>;
  /** Each source's claims, all topics: how many are checked and how the checks came out. */
  sourceQuality: Map<string, EvidenceQuality>;
  /** The corrections log (content/corrections.yaml), newest first; entries about drafts left out. */
  corrections: Correction[];
  /** The editors' notes in the sources' bodies (<EditorNote>), newest first, for the corrections page. */
  editorNotes: Array<EditorNoteText & { source: string }>;
}

let loading: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const sources = (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const topics = (await getCollection('topics')).map((entry) => entry.data).sort(byOrderThenId);
  const metrics = (await getCollection('metrics')).map((entry) => entry.data);
  const useCases = (await getCollection('useCases')).map((entry) => entry.data).sort(byOrderThenId);
  const questions = (await getCollection('questions')).map((entry) => entry.data);
  const corrections = (await getCollection('corrections')).map((entry) => entry.data);
  const records: SourceRecord[] = sources.map((source) => ({ slug: source.id, data: source.data }));
  const comparison = compare(records, topics);
  return {
    sources,
    sourceBySlug: new Map(sources.map((source) => [source.id, source])),
    records,
    shortNames: shortNames(records),
    topics,
    topicTitles: new Map(topics.map((topic) => [topic.id, topic.title])),
    metrics,
    metricTitles: new Map(metrics.map((metric) => [metric.id, metric.title])),
    comparison,
    figures: figuresByMetric(
      records,
      metrics,
      topics.map((topic) => topic.id),
    ),
    faqs: groupFaqs(records),
    useCases,
    useCaseTitles: new Map(useCases.map((useCase) => [useCase.id, useCase.title])),
    guide: chooseByUseCase(records, useCases),
    questionTexts: new Map(questions.map((question) => [question.id, question.text])),
    glance: atAGlance(comparison),
    sourceQuality: new Map(records.map(({ slug, data }) => [slug, qualityOf(data.claims)])),
    corrections: correctionLog(corrections, new Set(sources.map((source) => source.id))),
    editorNotes: sources
      .flatMap((source) => editorNotes(source.body ?? '').map((note) => ({ ...note, source: source.id })))
      .sort((a, b) => b.date.localeCompare(a.date) || a.source.localeCompare(b.source)),
  };
}

/** The catalog, loaded on first use. */
export function getCatalog(): Promise<Catalog> {
  loading ??= load();
  return loading;
}

/** Every published source, by title. */
export async function getSources(): Promise<SourceEntry[]> {
  return (await getCatalog()).sources;
}

// The one module pages read content through. Drafts are left out of production builds here,
// so no page can leak one.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Source = CollectionEntry<'sources'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type MetricEntry = CollectionEntry<'metrics'>;

/** Every published source (and, in `astro dev`, every draft), by title. */
export async function getSources(): Promise<Source[]> {
  const sources = await getCollection('sources', (entry) => !(import.meta.env.PROD && entry.data.draft));
  return sources.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** Every topic, in matrix order. */
export async function getTopics(): Promise<TopicEntry['data'][]> {
  const topics = await getCollection('topics');
  return topics.map((entry) => entry.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Topics by id, for labelling claims, rows and FAQs. */
export async function getTopicTitles(): Promise<Map<string, string>> {
  return new Map((await getTopics()).map((topic) => [topic.id, topic.title]));
}

/** Metrics by id, for labelling figures. */
export async function getMetricTitles(): Promise<Map<string, string>> {
  const metrics = await getCollection('metrics');
  return new Map(metrics.map((entry) => [entry.data.id, entry.data.title]));
}

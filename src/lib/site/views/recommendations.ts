import type { Recommendation } from '../../../schemas/verdict.ts';
import type { SourceRecord } from './evidence.ts';

/** A recommendation with the source that gives it. */
interface SourcedRecommendation {
  slug: string;
  recommendation: Recommendation;
}

/** "Choose Go when… / choose Rust when…" from every source, on one topic. */
export interface TopicRecommendations {
  /** A topic id, or undefined for recommendations that name no topic. */
  topic: string | undefined;
  go: SourcedRecommendation[];
  rust: SourcedRecommendation[];
}

/** Every source's recommendations, grouped by topic in the given topic order; untopiced ones last. */
export function recommendationsByTopic(sources: readonly SourceRecord[], topicOrder: readonly string[]): TopicRecommendations[] {
  const groups = new Map<string | undefined, TopicRecommendations>();
  for (const { slug, data } of sources) {
    for (const side of ['go', 'rust'] as const) {
      for (const recommendation of data.recommendations[side]) {
        const topic = recommendation.topic;
        const group = groups.get(topic) ?? { topic, go: [], rust: [] };
        group[side].push({ slug, recommendation });
        groups.set(topic, group);
      }
    }
  }
  const rank = (topic: string | undefined) => (topic === undefined ? Infinity : topicOrder.indexOf(topic));
  return [...groups.values()].sort((a, b) => rank(a.topic) - rank(b.topic));
}

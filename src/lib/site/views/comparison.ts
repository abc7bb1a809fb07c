import type { Topic } from '../../../schemas/topic.ts';
import { deriveConsensus, type Consensus } from './consensus.ts';
import { findContradictions, type Contradiction } from './contradictions.ts';
import { evidenceByTopic, type SourceRecord, type TopicEvidence } from './evidence.ts';
import { sumQuality, type EvidenceQuality } from './quality.ts';
import { evidenceBySide, rosterOf, type RosterGroup, type Side, type SideItem } from './sides.ts';
import { deriveStance, type SourceStance } from './stance.ts';
import { byOrderThenId } from '../../rule-book.ts';

/** One source's column on a topic page, or one cell of the matrix. */
export interface Column extends SourceStance {
  slug: string;
  /** Undefined when the source says nothing on the topic. */
  evidence: TopicEvidence | undefined;
}

/** Everything the sources say on one topic. */
export interface TopicComparison {
  topic: Topic;
  /** One column per source, in source order, silent ones included. */
  columns: Column[];
  consensus: Consensus;
  /** Every source's claims on the topic: how many are checked, and how the checks came out. */
  quality: EvidenceQuality;
  /** The evidence grouped by the side it takes. */
  sides: Record<Side, SideItem[]>;
  /** The sources grouped by where they stand: Go, middle (tie, depends, mixed), Rust, silent. */
  roster: Record<RosterGroup, Column[]>;
  contradictions: Contradiction[];
}

/**
 * The topics × sources comparison every side-by-side page is drawn from. Each source's evidence
 * is indexed once, so the cost grows with the amount of content, not with topics × content.
 */
export function compare(sources: readonly SourceRecord[], topics: readonly Topic[]): TopicComparison[] {
  const indexes = sources.map((source) => ({ slug: source.slug, byTopic: evidenceByTopic(source.data) }));
  return [...topics].sort(byOrderThenId).map((topic) => {
    const columns = indexes.map(({ slug, byTopic }) => {
      const evidence = byTopic.get(topic.id);
      return { slug, evidence, ...deriveStance(evidence) };
    });
    return {
      topic,
      columns,
      consensus: deriveConsensus(columns.map((column) => column.stance)),
      quality: sumQuality(columns.map((column) => column.quality)),
      sides: evidenceBySide(columns),
      roster: rosterOf(columns),
      contradictions: findContradictions(topic.id, columns),
    };
  });
}

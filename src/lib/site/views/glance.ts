import type { Stance } from '../../../schemas/stance.ts';
import type { Topic } from '../../../schemas/topic.ts';
import { sideOfStance } from '../../rule-book.ts';
import type { Consensus } from './consensus.ts';

/** The home page's summary groups: topics given to Go, to Rust, to a tie or "it depends", split, or thin. */
export type GlanceKey = 'go' | 'rust' | 'neither' | 'split' | 'thin';

export interface GlanceEntry {
  topic: Topic;
  consensus: Consensus;
  /** Sources holding the agreed stance (consensus) or taking a side (otherwise). */
  count: number;
  /** Sources taking a side. */
  of: number;
  /** The agreed stance, in the `neither` group (tie or depends). */
  stance?: Stance;
}

const keyOf = (consensus: Consensus): GlanceKey => {
  if (consensus.verdict === 'consensus') return sideOfStance(consensus.stance) ?? 'neither';
  return consensus.verdict === 'split' ? 'split' : 'thin';
};

/**
 * Topics by where the sources land, each with the sources it rests on. Within a group, topics keep
 * their order; topics with no source taking a side are thin, like those with one or two.
 */
export function atAGlance(
  comparison: ReadonlyArray<{ topic: Topic; consensus: Consensus }>,
): Record<GlanceKey, GlanceEntry[]> {
  const groups: Record<GlanceKey, GlanceEntry[]> = { go: [], rust: [], neither: [], split: [], thin: [] };
  for (const { topic, consensus } of comparison) {
    const agreed =
      consensus.verdict === 'consensus' && consensus.stance ? consensus.counts[consensus.stance] : consensus.taking;
    groups[keyOf(consensus)].push({
      topic,
      consensus,
      count: agreed,
      of: consensus.taking,
      ...(consensus.stance ? { stance: consensus.stance } : {}),
    });
  }
  return groups;
}

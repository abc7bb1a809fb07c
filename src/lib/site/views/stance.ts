import { STANCES, type Stance } from '../../../schemas/stance.ts';
import { stancesOf, type TopicEvidence } from './evidence.ts';
import { qualityOf, type EvidenceQuality } from './quality.ts';

/** A source's position on a topic: one stance, `mixed` when its evidence disagrees, `silent` when it takes none. */
export type DerivedStance = Stance | 'mixed' | 'silent';

/** How many pieces of evidence take each stance. */
export type StanceCounts = Record<Stance, number>;

/** A source's derived position on a topic, with the tally behind it. */
export interface SourceStance {
  stance: DerivedStance;
  /** The counted evidence only: claims rated inaccurate or misleading are left out. */
  counts: StanceCounts;
  /** How many of the claims behind the stance are checked, and how the checks came out. */
  quality: EvidenceQuality;
}

/** Tallies stances. */
function countStances(stances: readonly Stance[]): StanceCounts {
  const counts = Object.fromEntries(STANCES.map((stance) => [stance, 0])) as StanceCounts;
  for (const stance of stances) counts[stance] += 1;
  return counts;
}

/**
 * A source's stance on a topic, from its claims, table winners and FAQ `favors` on that topic:
 * the one stance they all take; `mixed` when they take more than one; `silent` when none.
 * A row without a winner or an FAQ without `favors` says something but takes no stance, and so
 * does a claim rated inaccurate or misleading: a source whose only claims are rated so is silent.
 */
export function deriveStance(evidence: TopicEvidence | undefined): SourceStance {
  const stances = evidence ? stancesOf(evidence) : [];
  const counts = countStances(stances);
  const distinct = STANCES.filter((stance) => counts[stance] > 0);
  const stance: DerivedStance = distinct.length === 0 ? 'silent' : distinct.length === 1 ? distinct[0]! : 'mixed';
  return { stance, counts, quality: qualityOf(evidence?.claims ?? []) };
}

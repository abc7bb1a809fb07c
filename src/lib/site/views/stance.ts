import { STANCES, type Stance } from '../../../schemas/stance.ts';
import {
  conditionsOf,
  stanceOfVotes,
  votesOf,
  type DerivedStance,
  type StatedCondition,
  type Vote,
} from '../../rule-book.ts';
import type { TopicEvidence } from './evidence.ts';
import { qualityOf, type EvidenceQuality } from './quality.ts';

export type { DerivedStance, StatedCondition };

/** How many pieces of evidence take each stance. */
export type StanceCounts = Record<Stance, number>;

/** A source's derived position on a topic, with the tally behind it. */
export interface SourceStance {
  stance: DerivedStance;
  /** The votes only: evidence the rule book takes the vote from is left out. */
  counts: StanceCounts;
  /** How many of the claims behind the stance are checked, and how the checks came out. */
  quality: EvidenceQuality;
  /** The conditions its votes name, each with the stance taken under it: what a `depends` is shown with. */
  conditions: StatedCondition[];
}

/** Tallies stances. */
function countStances(votes: readonly Vote[]): StanceCounts {
  const counts = Object.fromEntries(STANCES.map((stance) => [stance, 0])) as StanceCounts;
  for (const { stance } of votes) counts[stance] += 1;
  return counts;
}

/** A source's stance on a topic, from the votes its evidence casts there (rule-book.ts). */
export function deriveStance(evidence: TopicEvidence | undefined): SourceStance {
  const votes = evidence ? votesOf(evidence) : [];
  return {
    stance: stanceOfVotes(votes),
    counts: countStances(votes),
    quality: qualityOf(evidence?.claims ?? []),
    conditions: conditionsOf(votes),
  };
}

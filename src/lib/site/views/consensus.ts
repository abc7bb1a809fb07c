import type { Stance } from '../../../schemas/stance.ts';
import type { DerivedStance } from './stance.ts';

/** How many sources take each derived stance on a topic. */
type ConsensusCounts = Record<DerivedStance, number>;

/** A topic's consensus across sources. */
export interface Consensus {
  counts: ConsensusCounts;
  /** Sources that take a stance (anything but silent). */
  taking: number;
  /**
   * `consensus` when at least three quarters of the sources taking a stance take the same one;
   * `split` otherwise; `none` when no source takes a stance.
   */
  verdict: 'consensus' | 'split' | 'none';
  /** The stance agreed on, when there is consensus. */
  stance?: Stance;
  /** Share of the stance-taking sources that hold the agreed (or leading) stance, 0–1. */
  share: number;
}

/** The order stances are shown in, and counted in. */
export const DERIVED_STANCES: readonly DerivedStance[] = ['go', 'rust', 'tie', 'depends', 'mixed', 'silent'];

/** A topic's consensus from its sources' stances. A `mixed` source takes a stance but agrees with no one. */
export function deriveConsensus(stances: readonly DerivedStance[]): Consensus {
  const counts = Object.fromEntries(DERIVED_STANCES.map((stance) => [stance, 0])) as ConsensusCounts;
  for (const stance of stances) counts[stance] += 1;
  const taking = stances.length - counts.silent;
  if (taking === 0) return { counts, taking, verdict: 'none', share: 0 };
  const single = (['go', 'rust', 'tie', 'depends'] as const).map((stance) => ({ stance, count: counts[stance] }));
  const leading = single.reduce((best, next) => (next.count > best.count ? next : best));
  const share = leading.count / taking;
  return share >= 0.75 ? { counts, taking, verdict: 'consensus', stance: leading.stance, share } : { counts, taking, verdict: 'split', share };
}

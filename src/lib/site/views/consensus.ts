import { STANCES, type Stance } from '../../../schemas/stance.ts';
import { AGREEMENT, isFragileConsensus, MIN_SOURCES } from '../../rule-book.ts';
import type { DerivedStance } from './stance.ts';

/** How many sources take each derived stance on a topic. */
type ConsensusCounts = Record<DerivedStance, number>;

/**
 * What the sources add up to on a topic:
 * - `consensus`: at least MIN_SOURCES take a side and at least AGREEMENT of them take the same one;
 * - `split`: at least MIN_SOURCES take a side, and no stance has AGREEMENT of them;
 * - `too-few`: one or two sources take a side, too few to call anything a consensus;
 * - `none`: every source is silent.
 */
type ConsensusVerdict = 'consensus' | 'split' | 'too-few' | 'none';

/** A topic's consensus across sources. */
export interface Consensus {
  counts: ConsensusCounts;
  /** Sources that take a side: any stance but silent, mixed included. */
  taking: number;
  verdict: ConsensusVerdict;
  /** The stance agreed on, when there is consensus. */
  stance?: Stance;
  /** The most-held single stance, when one leads alone (split and too-few topics too). */
  leading?: Stance;
  /** Share of the side-taking sources that hold the leading stance, 0–1. */
  share: number;
  /** A consensus that one source more or less would turn into a split (rule-book.ts). */
  fragile: boolean;
}

/** The order stances are shown in, and counted in. */
export const DERIVED_STANCES: readonly DerivedStance[] = [...STANCES, 'mixed', 'silent'];
const SINGLE: readonly Stance[] = STANCES;

/**
 * A topic's consensus from its sources' stances. Go, Rust, tie and depends are four separate
 * positions: a source agrees only with sources holding the same one (a tie does not agree with
 * "it depends"). A mixed source takes a side, so it counts among those taking one, but agrees
 * with no one. A silent source (one that says nothing on the topic, or nothing the site lets
 * count) is left out.
 */
export function deriveConsensus(stances: readonly DerivedStance[]): Consensus {
  const counts = Object.fromEntries(DERIVED_STANCES.map((stance) => [stance, 0])) as ConsensusCounts;
  for (const stance of stances) counts[stance] += 1;
  const taking = stances.length - counts.silent;
  if (taking === 0) return { counts, taking, verdict: 'none', share: 0, fragile: false };
  const top = Math.max(...SINGLE.map((stance) => counts[stance]));
  const leaders = SINGLE.filter((stance) => counts[stance] === top && top > 0);
  const leading = leaders.length === 1 ? leaders[0] : undefined;
  const share = top / taking;
  const base = { counts, taking, share, fragile: false, ...(leading ? { leading } : {}) };
  if (taking < MIN_SOURCES) return { ...base, verdict: 'too-few' };
  return share >= AGREEMENT && leading
    ? { ...base, verdict: 'consensus', stance: leading, fragile: isFragileConsensus(top, taking) }
    : { ...base, verdict: 'split' };
}

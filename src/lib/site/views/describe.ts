import { STANCES } from '../../../schemas/stance.ts';
import type { DerivedStance } from '../../rule-book.ts';
import { FRAGILE_WORD, NOT_COUNTED_WORD, RATING_WORDS, sourceCount, STANCE_LABELS, VERDICT_WORDS } from '../labels.ts';
import type { Consensus } from './consensus.ts';
import { AGREEMENT, consensusMargin, MIN_SOURCES, RATINGS_BEST_FIRST } from '../../rule-book.ts';
import { shareWords } from '../method.ts';
import { DERIVED_STANCES } from './consensus.ts';
import type { EvidenceQuality } from './quality.ts';
import type { StanceCounts, StatedCondition } from './stance.ts';

const holds = (stance: DerivedStance, n: number) => STANCE_LABELS[stance].holds[n === 1 ? 0 : 1];
const phrase = (stance: DerivedStance, n: number) => `${n} ${holds(stance, n)}`;

/**
 * A topic's consensus in words, without its verdict word, e.g. "4 of the 5 sources taking a side
 * favour Rust; 1 is mixed. 2 are silent." The counts are always of sources, never of claims.
 */
export function consensusDetail(consensus: Consensus): string {
  const { counts, taking, verdict, stance } = consensus;
  const silent = counts.silent > 0 ? ` ${phrase('silent', counts.silent)}.` : '';
  const others = DERIVED_STANCES.filter((s) => s !== 'silent' && s !== stance && counts[s] > 0).map((s) =>
    phrase(s, counts[s]),
  );
  if (verdict === 'none')
    return counts.silent === 1
      ? 'the one source takes no side.'
      : `none of the ${sourceCount(counts.silent)} takes a side.`;
  if (verdict === 'consensus' && stance) {
    const lead = `${counts[stance]} of the ${sourceCount(taking)} taking a side ${holds(stance, counts[stance])}`;
    return `${others.length ? `${lead}; ${others.join(', ')}` : lead}.${silent}`;
  }
  if (verdict === 'too-few')
    return `only ${sourceCount(taking)} ${taking === 1 ? 'takes' : 'take'} a side (${others.join(', ')}); a consensus needs ${MIN_SOURCES}.${silent}`;
  return `${others.join(', ')}.${silent}`;
}

/** The verdict as a label, e.g. "Consensus for Rust", "Split", "Too few sources". */
export function consensusLabel(consensus: Consensus): string {
  return consensus.verdict === 'consensus' && consensus.stance
    ? `${VERDICT_WORDS.consensus} for ${STANCE_LABELS[consensus.stance].named}`
    : VERDICT_WORDS[consensus.verdict];
}

/**
 * Why a fragile consensus is fragile, in words, e.g. "Fragile consensus: 3 of the 4 sources taking
 * a side agree, the fewest the 3-in-4 rule allows; one more source taking another position, or one
 * fewer agreeing, would make it a split." Empty for a consensus that is not fragile.
 */
export function fragileNote(consensus: Consensus): string {
  if (!consensus.fragile || !consensus.stance) return '';
  const agreeing = consensus.counts[consensus.stance];
  const { oneMoreSplits, oneFewerSplits } = consensusMargin(agreeing, consensus.taking);
  const changes = [
    ...(oneMoreSplits ? ['one more source taking another position'] : []),
    ...(oneFewerSplits ? ['one fewer agreeing'] : []),
  ];
  const would = `${changes.join(', or ')}${changes.length > 1 ? ',' : ''}`;
  const rule = shareWords(AGREEMENT).replace(/ /g, '-');
  return `${FRAGILE_WORD}: ${agreeing} of the ${sourceCount(consensus.taking)} taking a side agree, within one source of the ${rule} rule; ${would} would make it ${VERDICT_WORDS.split.toLowerCase()}.`;
}

/** A topic's consensus in one sentence, e.g. "Consensus for Rust: 4 of the 5 sources taking a side favour Rust." */
export function describeConsensus(consensus: Consensus): string {
  return `${consensusLabel(consensus)}: ${consensusDetail(consensus)}`;
}

/**
 * The conditions a source's "it depends" rests on, e.g. "Go in the short term; Rust in the long
 * term"; empty when it names none.
 */
export function describeConditions(conditions: readonly StatedCondition[]): string {
  return conditions.map(({ condition, stance }) => `${STANCE_LABELS[stance].named} ${condition}`).join('; ');
}

/** A mixed source's tally, e.g. "2 Go, 1 Rust, 1 depends". */
export function describeCounts(counts: StanceCounts): string {
  return STANCES.filter((stance) => counts[stance] > 0)
    .map((stance) => `${counts[stance]} ${STANCE_LABELS[stance].short}`)
    .join(', ');
}

/**
 * How many of the claims behind a stance are checked and how the checks came out, e.g.
 * "3 claims · 2 checked: 1 accurate, 1 unsupported" or
 * "2 claims · 1 checked: 1 inaccurate (not counted)".
 */
export function describeQuality(quality: EvidenceQuality): string {
  const claims = `${quality.claims} ${quality.claims === 1 ? 'claim' : 'claims'}`;
  if (quality.claims === 0) return 'no claims';
  if (quality.checked === 0) return `${claims} · none checked`;
  const ratings = RATINGS_BEST_FIRST.filter((rating) => quality.ratings[rating] > 0).map(
    (rating) => `${quality.ratings[rating]} ${RATING_WORDS[rating].toLowerCase()}`,
  );
  const notCounted = NOT_COUNTED_WORD.toLowerCase();
  const discounted =
    quality.discounted === 0
      ? ''
      : quality.discounted === quality.checked && ratings.length === 1
        ? ` (${notCounted})`
        : ` (${quality.discounted} ${notCounted})`;
  return `${claims} · ${quality.checked} checked: ${ratings.join(', ')}${discounted}`;
}

/** Where the side-taking sources stand, shortest form, e.g. "2 Go · 2 Rust · 1 mixed". */
export function describeSpread(consensus: Consensus): string {
  return DERIVED_STANCES.filter((stance) => stance !== 'silent' && consensus.counts[stance] > 0)
    .map((stance) => `${consensus.counts[stance]} ${STANCE_LABELS[stance].short}`)
    .join(' · ');
}

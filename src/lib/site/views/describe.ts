import type { Consensus } from './consensus.ts';
import { DERIVED_STANCES } from './consensus.ts';
import type { StanceCounts } from './stance.ts';

const PHRASE: Record<string, [string, string]> = {
  go: ['favours Go', 'favour Go'],
  rust: ['favours Rust', 'favour Rust'],
  tie: ['calls it a tie', 'call it a tie'],
  depends: ['says it depends', 'say it depends'],
  mixed: ['is mixed', 'are mixed'],
  silent: ['is silent', 'are silent'],
};

const phrase = (stance: string, n: number) => `${n} ${PHRASE[stance]![n === 1 ? 0 : 1]}`;

/** A topic's consensus in one sentence, e.g. "Consensus: 4 of 5 sources favour Rust; 1 is mixed." */
export function describeConsensus(consensus: Consensus): string {
  const total = DERIVED_STANCES.reduce((n, stance) => n + consensus.counts[stance], 0);
  const parts = DERIVED_STANCES.filter((stance) => consensus.counts[stance] > 0 && stance !== consensus.stance).map((stance) =>
    phrase(stance, consensus.counts[stance]),
  );
  if (consensus.verdict === 'none') return `No source takes a side (${total} ${total === 1 ? 'source' : 'sources'} checked).`;
  if (consensus.verdict === 'consensus' && consensus.stance) {
    const lead = `Consensus: ${consensus.counts[consensus.stance]} of ${total} ${total === 1 ? 'source' : 'sources'} ${PHRASE[consensus.stance]![consensus.counts[consensus.stance] === 1 ? 0 : 1]}`;
    return parts.length ? `${lead}; ${parts.join(', ')}.` : `${lead}.`;
  }
  return `Split: ${parts.join(', ')}.`;
}

/** A mixed source's tally, e.g. "2 Go, 1 Rust, 1 depends". */
export function describeCounts(counts: StanceCounts): string {
  const words: Record<keyof StanceCounts, string> = { go: 'Go', rust: 'Rust', tie: 'tie', depends: 'depends' };
  return (Object.keys(words) as Array<keyof StanceCounts>)
    .filter((stance) => counts[stance] > 0)
    .map((stance) => `${counts[stance]} ${words[stance]}`)
    .join(', ');
}

import { evidenceStrength, type EvidenceStrength } from '../../rule-book.ts';
import type { EvidenceQuality } from './quality.ts';

/** Each strength as a reader reads it (what each means is the rule book's `EvidenceStrength`). */
const STRENGTH_WORDS: Record<EvidenceStrength, string> = {
  none: 'No claims to check',
  unchecked: 'Unchecked',
  unconfirmed: 'Unconfirmed',
  partly: 'Partly confirmed',
  strong: 'Well confirmed',
};

/** The strength of some evidence, with the counts it comes from. */
export interface StrengthStatement {
  strength: EvidenceStrength;
  word: string;
  /** The counts behind the word, e.g. "2 of 9 claims checked, 0 accurate". */
  detail: string;
}

const claimsWord = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;

/**
 * The strength of the evidence behind an answer, as a word and the counts that make it, e.g.
 * "Unchecked: 0 of 9 claims checked" or "Partly confirmed: 4 of 11 claims checked, 3 accurate".
 */
export function strengthOf(quality: EvidenceQuality): StrengthStatement {
  const strength = evidenceStrength(quality);
  const word = STRENGTH_WORDS[strength];
  if (strength === 'none') return { strength, word, detail: 'no claims, only tables, FAQ answers or advice' };
  const checked = `${quality.checked} of ${claimsWord(quality.claims)} checked`;
  return {
    strength,
    word,
    detail: quality.checked === 0 ? checked : `${checked}, ${quality.ratings.accurate} accurate`,
  };
}

import type { Correction } from '../../../schemas/correction.ts';

/**
 * The corrections log as readers see it: newest first (same day: by id), and only entries about
 * sources the site shows, so a correction to a draft never names a page that does not exist.
 */
export function correctionLog(corrections: readonly Correction[], shown: ReadonlySet<string>): Correction[] {
  return corrections
    .filter((correction) => shown.has(correction.source))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The words for each kind of change, as the log and the feed show them. */
export const CHANGE_WORDS: Record<Correction['change'], string> = {
  rating: 'Rating changed',
  stance: 'Stance changed',
  topic: 'Topic changed',
  'use-case': 'Use case changed',
  quote: 'Quote corrected',
  statement: 'Statement reworded',
  'claim-added': 'Claim added',
  'claim-split': 'Claim split in two',
  'claim-removed': 'Claim removed',
  'check-added': 'Fact-check added',
  note: 'Fact-check note changed',
};

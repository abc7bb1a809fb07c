import type { Correction } from '../../../schemas/correction.ts';
import type { SourceData } from '../../../schemas/source.ts';
import { LANGUAGE_NAMES, RATING_WORDS, STANCE_LABELS } from '../labels.ts';

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

/** One part of a source a correction changed, in a reader's words: what it is, and its text on the page. */
export interface CorrectionSubject {
  /** "Claim", "Recommendation for Go", "Comparison table row", "FAQ answer", "Bottom line". */
  what: string;
  /** The claim's statement, the recommendation's or the verdict's text, the row's label, the FAQ's question; none for a claim since removed. */
  text?: string;
}

/**
 * What a correction's `item` (field paths in the source, comma-separated, e.g.
 * `claims.go-fast.check.rating, recommendations.go[2].useCase`) names, as a reader reads it:
 * each part once, with its words as the page shows them now.
 */
export function correctionSubjects(item: string, data: SourceData): CorrectionSubject[] {
  const subjects = item
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean)
    .map((path): CorrectionSubject => {
      const claim = /^claims\.([^.[\]]+)/.exec(path);
      if (claim) {
        const found = data.claims.find((candidate) => candidate.id === claim[1]);
        return found ? { what: 'Claim', text: found.statement } : { what: 'A claim since removed or split' };
      }
      const recommendation = /^recommendations\.(go|rust)\[(\d+)\]/.exec(path);
      if (recommendation) {
        const side = recommendation[1] as 'go' | 'rust';
        const found = data.recommendations[side][Number(recommendation[2])];
        return { what: `Recommendation for ${LANGUAGE_NAMES[side]}`, ...(found ? { text: found.text } : {}) };
      }
      const row = /^tables\.([^.[\]]+)\.rows\[(\d+)\]/.exec(path);
      if (row) {
        const found = data.tables.find((table) => table.id === row[1])?.rows[Number(row[2])];
        return { what: 'Comparison table row', ...(found ? { text: found.label } : {}) };
      }
      const faq = /^faqs\[(\d+)\]/.exec(path);
      if (faq) {
        const found = data.faqs[Number(faq[1])];
        return { what: 'FAQ answer', ...(found ? { text: found.question } : {}) };
      }
      if (path.startsWith('verdict'))
        return { what: 'Bottom line', ...(data.verdict ? { text: data.verdict.text } : {}) };
      return { what: 'The source’s details' };
    });
  const seen = new Set<string>();
  return subjects.filter((subject) => {
    const key = `${subject.what}\u0000${subject.text ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A correction's before or after value in readers' words: a rating or stance id becomes its word, anything else stays as written. */
export function correctionValue(change: Correction['change'], value: string): string {
  if ((change === 'rating' || change === 'check-added') && value in RATING_WORDS)
    return RATING_WORDS[value as keyof typeof RATING_WORDS];
  if (change === 'stance' && value in STANCE_LABELS) return STANCE_LABELS[value as keyof typeof STANCE_LABELS].word;
  return value;
}

/** The subjects as one line for the feed: `Claim “…”; Recommendation for Go “…”`. */
export function describeSubjects(subjects: readonly CorrectionSubject[]): string {
  return subjects.map((subject) => (subject.text ? `${subject.what} “${subject.text}”` : subject.what)).join('; ');
}

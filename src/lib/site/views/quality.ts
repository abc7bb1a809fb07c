import type { Claim } from '../../../schemas/claim.ts';
import { RATINGS, type FactCheck } from '../../../schemas/fact-check.ts';
import { castsVote, isAllConfirmed } from '../../rule-book.ts';

type Rating = FactCheck['rating'];

/** How well checked the claims behind a stance are. */
export interface EvidenceQuality {
  /** Claims behind the stance, counted or not. */
  claims: number;
  /** Claims the site has fact-checked. */
  checked: number;
  /** How the checks came out. */
  ratings: Record<Rating, number>;
  /** Claims shown but not counted (rated inaccurate or misleading). */
  discounted: number;
}

const noRatings = () => Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as Record<Rating, number>;

/** The quality of a set of claims. */
export function qualityOf(claims: ReadonlyArray<Pick<Claim, 'check'>>): EvidenceQuality {
  const ratings = noRatings();
  let checked = 0;
  for (const claim of claims) {
    if (!claim.check) continue;
    checked += 1;
    ratings[claim.check.rating] += 1;
  }
  return { claims: claims.length, checked, ratings, discounted: claims.filter((claim) => !castsVote(claim)).length };
}

/** Several qualities added up, e.g. every source's on one topic. */
export function sumQuality(qualities: readonly EvidenceQuality[]): EvidenceQuality {
  const total: EvidenceQuality = { claims: 0, checked: 0, ratings: noRatings(), discounted: 0 };
  for (const quality of qualities) {
    total.claims += quality.claims;
    total.checked += quality.checked;
    total.discounted += quality.discounted;
    for (const rating of RATINGS) total.ratings[rating] += quality.ratings[rating];
  }
  return total;
}

/**
 * The one mark a compact view (a matrix cell) shows for a stance's evidence, most serious first:
 * `discounted` when a claim was not counted, `unsupported` when a counted claim is unproven,
 * `accurate` when every claim is checked and found accurate, `none` otherwise.
 */
export type QualityMark = 'discounted' | 'unsupported' | 'accurate' | 'none';

export function qualityMark(quality: EvidenceQuality): QualityMark {
  if (quality.discounted > 0) return 'discounted';
  if (quality.ratings.unsupported > 0) return 'unsupported';
  if (isAllConfirmed(quality)) return 'accurate';
  return 'none';
}

// The sentences that explain the counting rules on / and /about/, written from the rule book's
// constants, so the method a reader is told is the method the pages apply.
import { RATINGS } from '../../schemas/fact-check.ts';
import { AGREEMENT, isConfirmed, MIN_SOURCES, ratingVotes } from '../rule-book.ts';
import {
  DISCOUNTED_RATING_WORDS,
  eitherWords,
  FRAGILE_WORD,
  NOT_COUNTED_WORD,
  RATING_WORDS,
  STANCE_LABELS,
  VERDICT_WORDS,
} from './labels.ts';

/** A share as the smallest "n in d" that states it exactly, e.g. 0.75 → "3 in 4"; else a percentage. */
export function shareWords(share: number): string {
  for (let of = 2; of <= 10; of += 1) {
    const n = share * of;
    if (Math.abs(n - Math.round(n)) < 1e-9) return `${Math.round(n)} in ${of}`;
  }
  return `${Math.round(share * 100)} %`;
}

/** The counts below a minimum, e.g. 3 → "1 or 2", 5 → "1 to 4". */
function fewerThan(min: number): string {
  if (min <= 2) return '1';
  return min === 3 ? '1 or 2' : `1 to ${min - 1}`;
}

const lower = (rating: (typeof RATINGS)[number]) => RATING_WORDS[rating].toLowerCase();

/** The sentences of the method, each a rule of the rule book in words. */
export interface MethodSentences {
  /** The ratings that take a vote away, e.g. "inaccurate or misleading". */
  discountedRatings: string;
  /** One line for the home page: when a topic goes to one side, and what does not count. */
  summary: string;
  /** What a rating that takes the vote away does to a claim, and to the rows and answers restating it. */
  discounted: string;
  /** When a topic has a consensus (after the word "Consensus"), is split, or has too few sources. */
  consensus: string;
  /** What a discounted claim does to a contradiction. */
  contradictions: string;
  /** How a source's sides that differ only by the conditions it states are counted. */
  conditions: string;
  /** When a consensus is called fragile. */
  fragile: string;
  /** What a fact-check's rating needs from the pages it cites. */
  evidence: string;
}

/** The method in words, from the rule book's current constants. */
export function methodSentences(): MethodSentences {
  const discounted = DISCOUNTED_RATING_WORDS;
  // Ratings that keep their vote but still say something is wrong with the claim.
  const keeping = RATINGS.filter((rating) => ratingVotes(rating) && !isConfirmed(rating)).map(lower);
  const kept = eitherWords(keeping);
  const still = keeping.length ? ` Claims rated ${kept} still count, and are marked.` : '';
  const share = shareWords(AGREEMENT);
  return {
    discountedRatings: discounted,
    summary: `A topic goes to one side when at least ${MIN_SOURCES} sources take a side and ${share} of them agree; claims we rate ${discounted}, and table rows and FAQ answers restating them, do not count.`,
    discounted:
      `A claim rated ${discounted} is still shown, flagged “${NOT_COUNTED_WORD.toLowerCase()}”, but it does not move its source’s stance. ` +
      `Nor does a table row or FAQ answer that restates such a claim: it is shown with the claim’s fact-check, flagged the same way. ` +
      `A source whose only evidence on a topic is rated so is silent on it.${still}`,
    consensus:
      `needs at least ${MIN_SOURCES} sources taking a side, and at least ${share} of them holding the same position. ` +
      `With ${MIN_SOURCES} or more and no such majority the topic is ${VERDICT_WORDS.split.toLowerCase()}; ` +
      `with ${fewerThan(MIN_SOURCES)} it has ${VERDICT_WORDS['too-few'].toLowerCase()}; with none: ${VERDICT_WORDS.none.toLowerCase()}.`,
    conditions:
      `A claim, table row or FAQ answer may carry the condition the source says it holds under: a time horizon (“in the short term”), a team, a workload. ` +
      `When a source takes different sides on a topic only under different conditions it names — every side it takes comes with a condition, no condition gets two sides, and anything else it says there is “it depends” — its stance is ${STANCE_LABELS.depends.named}, shown with the conditions (“Go in the short term; Rust in the long term”), not ${STANCE_LABELS.mixed.named}. ` +
      `A side taken without a condition, or two sides under the same condition, still makes the source ${STANCE_LABELS.mixed.named}.`,
    fragile:
      `A consensus is marked “${FRAGILE_WORD.toLowerCase()}” when one source more or less would make the topic ${VERDICT_WORDS.split.toLowerCase()}: one more source taking another position, or one fewer of those agreeing, would leave fewer than ${share} of the sources taking a side agreeing (as at exactly 3 of 4, or 4 of 5). ` +
      `It is counted from the same threshold, never written by hand.`,
    evidence:
      `A check is rated ${lower('accurate')} only when at least one primary page it cites was opened and shows the fact; each cited page says the day we opened it. ` +
      `A figure we could read only in someone else’s report of it (a news report of a survey) settles nothing either way: it leaves the claim ${lower('unsupported')}, unless the check says why that report can be relied on. A page we could not open is not cited.`,
    contradictions: `A claim we rate ${discounted} contradicts nothing${keeping.length ? `; one rated ${kept} still counts` : ''}.`,
  };
}

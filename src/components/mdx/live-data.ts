// What the live-data components of the editorial pages look up, each failing the build with a
// clear message when an id names nothing (the content check reports the same first).
import { AGREEMENT, MIN_SOURCES, STRONG_EVIDENCE } from '../../lib/rule-book.ts';
import { shareWords } from '../../lib/site/method.ts';
import type { TopicComparison } from '../../lib/site/views/comparison.ts';
import type { SourceEntry } from '../../data/catalog.ts';
import type { FactCheck } from '../../schemas/fact-check.ts';

export function topicRow(comparison: readonly TopicComparison[], topic: string): TopicComparison {
  const row = comparison.find((candidate) => candidate.topic.id === topic);
  if (!row) throw new Error(`An editorial page names the topic "${topic}", which content/topics.yaml does not have.`);
  return row;
}

export function checkedClaim(
  sources: ReadonlyMap<string, SourceEntry>,
  source: string,
  claimId: string,
): { claim: SourceEntry['data']['claims'][number]; rating: FactCheck['rating'] } {
  const claim = sources.get(source)?.data.claims.find((candidate) => candidate.id === claimId);
  if (!claim?.check)
    throw new Error(`An editorial page names the checked claim "${source}#${claimId}", which does not exist.`);
  return { claim, rating: claim.check.rating };
}

/** The rule book's thresholds, by the names `<Threshold name="…">` takes. */
const THRESHOLDS: Record<string, string> = {
  'min-sources': String(MIN_SOURCES),
  agreement: shareWords(AGREEMENT),
  'strong-evidence': shareWords(STRONG_EVIDENCE),
};

export function thresholdWords(name: string): string {
  const words = THRESHOLDS[name];
  if (words === undefined)
    throw new Error(`An editorial page names the threshold "${name}", which the rule book does not have.`);
  return words;
}

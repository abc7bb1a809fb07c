import type { CaseAnswer } from '../../../schemas/case.ts';
import type { Stance } from '../../../schemas/stance.ts';
import { evidenceStrength, MIN_SOURCES, stanceOfVotes, type DerivedStance } from '../../rule-book.ts';
import { sourceCount, STANCE_LABELS } from '../labels.ts';
import { recommendationKey } from '../urls.ts';
import type { Case, CasePassage } from './cases.ts';
import { listWords } from './cases.ts';
import { deriveConsensus, DERIVED_STANCES, type Consensus } from './consensus.ts';
import type { SourceRecord } from './evidence.ts';
import type { EvidenceQuality } from './quality.ts';
import { strengthOf } from './strength.ts';

/** One source's advice for the reader's priority: its passages, and the stance they add up to. */
interface PriorityAdvice {
  slug: string;
  passages: CasePassage[];
  /** One side when all its passages take it, `mixed` when they take both (rule book). */
  stance: DerivedStance;
}

/** What the sources say for the reader's priority: the case's answer to "what matters most". */
export interface PriorityView {
  /** The priority: the case's answer to its last question. */
  answer: CaseAnswer;
  /** Every source whose advice turns on the priority, in source order. */
  advice: PriorityAdvice[];
  /** Those sources' stances read by the rule book's consensus rule. */
  consensus: Consensus;
  /** The topics that decide it: the ones the priority names. */
  topics: string[];
}

/**
 * What the sources advise for the case's priority, its last answer. A recommendation turns on the
 * priority when its use case is one the priority brings in (on the side it allows) or its topic
 * is one the priority names; each source counts once, its stance the one its passages agree on.
 * A case without questions has no priority.
 */
export function viewPriority(theCase: Case, sources: readonly SourceRecord[]): PriorityView | undefined {
  const last = theCase.choices.at(-1);
  if (!last) return undefined;
  const { answer } = last;
  const topics = new Set(answer.topics);
  const advice: PriorityAdvice[] = [];
  for (const { slug, data } of sources) {
    const passages: CasePassage[] = [];
    for (const side of ['go', 'rust'] as const) {
      data.recommendations[side].forEach((recommendation, index) => {
        const byUseCase = answer.advice.some(
          (advice) => advice.useCase === recommendation.useCase && (advice.only ?? side) === side,
        );
        const byTopic = recommendation.topic !== undefined && topics.has(recommendation.topic);
        if (!byUseCase && !byTopic) return;
        passages.push({
          side,
          useCase: recommendation.useCase ?? '',
          key: recommendationKey(side, index),
          index,
          text: recommendation.text,
          quote: recommendation.quote,
        });
      });
    }
    if (passages.length === 0) continue;
    advice.push({
      slug,
      passages,
      stance: stanceOfVotes(passages.map((passage) => ({ stance: passage.side as Stance }))),
    });
  }
  return { answer, advice, consensus: deriveConsensus(advice.map((entry) => entry.stance)), topics: answer.topics };
}

/** Whether a passage turns on the priority: the same recommendation of the same source. */
function turnsOnPriority(priority: PriorityView | undefined, slug: string, passage: CasePassage): boolean {
  return (
    priority?.advice.some((entry) => entry.slug === slug && entry.passages.some((p) => p.key === passage.key)) ?? false
  );
}

/**
 * Entries ordered for a page: those of sources whose advice turns on the priority first, each
 * group in the order given. The order is the only change: every entry stays.
 */
export function priorityFirst<T extends { slug: string }>(
  entries: readonly T[],
  priority: PriorityView | undefined,
): T[] {
  const speaks = new Set(priority?.advice.map((entry) => entry.slug));
  return [...entries.filter((entry) => speaks.has(entry.slug)), ...entries.filter((entry) => !speaks.has(entry.slug))];
}

/** The case's topics with the priority's first, each once: the topics that decide it lead. */
export function topicsPriorityFirst(topics: readonly string[], priority: PriorityView | undefined): string[] {
  const first = priority?.topics ?? [];
  return [...first.filter((id) => topics.includes(id)), ...topics.filter((id) => !first.includes(id))];
}

/**
 * A source's groups of passages (views/cases.ts `groupPassages`) with those that turn on the
 * priority first, each marked.
 */
export function groupsPriorityFirst<G extends { passages: readonly CasePassage[] }>(
  groups: readonly G[],
  slug: string,
  priority: PriorityView | undefined,
): Array<G & { forPriority: boolean }> {
  const marked = groups.map((group) => ({
    ...group,
    forPriority: group.passages.some((passage) => turnsOnPriority(priority, slug, passage)),
  }));
  return [...marked.filter((group) => group.forPriority), ...marked.filter((group) => !group.forPriority)];
}

/** The priority's answer in one sentence, and whether the sources separate the cases on it. */
export interface PriorityWords {
  sentence: string;
  /** False when the sources speaking to the priority reach no reading of their own. */
  separates: boolean;
}

const advise = (n: number) => (n === 1 ? 'advises' : 'advise');

/** The stances the speaking sources take, as "3 advise Go, 1 advises Rust, 1 is mixed". */
function spread(consensus: Consensus): string {
  return listWords(
    DERIVED_STANCES.filter((stance) => stance !== 'silent' && consensus.counts[stance] > 0).map((stance) => {
      const n = consensus.counts[stance];
      return stance === 'go' || stance === 'rust'
        ? `${n} ${advise(n)} ${STANCE_LABELS[stance].named}`
        : `${n} ${STANCE_LABELS[stance].holds[n === 1 ? 0 : 1]}`;
    }),
  );
}

/**
 * The priority's answer in one sentence, from the rule book's consensus rule over the sources
 * whose advice turns on it, with how sure the claims on its topics are: "For time to market, 4 of
 * the 5 sources that speak to it advise Go; the evidence on productivity is unconfirmed." Where
 * those sources reach no reading (too few, or none), the sentence says the priority does not
 * separate the cases, and why. `name` is the priority as a reader says it ("time to market");
 * `topicTitle` names a topic; `quality` is the claims on the priority's topics, summed.
 */
export function describePriority(
  priority: PriorityView,
  name: string,
  topicTitle: (id: string) => string,
  quality: EvidenceQuality,
): PriorityWords {
  const { consensus } = priority;
  const strength = evidenceStrength(quality);
  // One topic is named; several are counted, since titles such as "deployment and operations" run together in a list.
  const topics =
    priority.topics.length === 1 ? topicTitle(priority.topics[0]!) : `its ${priority.topics.length} topics`;
  const evidence =
    priority.topics.length === 0
      ? ''
      : strength === 'none'
        ? `; no claim on ${topics} can be checked`
        : `; the evidence on ${topics} is ${strengthOf(quality).word.toLowerCase()}`;
  const taking = consensus.taking;
  if (consensus.verdict === 'none')
    return {
      sentence: `No source’s advice turns on ${name}, so it does not change what the sources advise for this case${evidence}.`,
      separates: false,
    };
  if (consensus.verdict === 'too-few')
    return {
      sentence: `${name.charAt(0).toUpperCase()}${name.slice(1)} does not change what the sources advise for this case: only ${sourceCount(taking)} ${taking === 1 ? 'speaks' : 'speak'} to it (${spread(consensus)}), and a reading needs ${MIN_SOURCES}${evidence}.`,
      separates: false,
    };
  const of = `of the ${sourceCount(taking)} that speak to it`;
  if (consensus.verdict === 'consensus' && consensus.stance) {
    const n = consensus.counts[consensus.stance];
    const side = consensus.stance;
    const verb =
      side === 'go' || side === 'rust'
        ? `${advise(n)} ${STANCE_LABELS[side].named}`
        : STANCE_LABELS[side].holds[n === 1 ? 0 : 1];
    return { sentence: `For ${name}, ${n} ${of} ${verb}${evidence}.`, separates: true };
  }
  return {
    sentence: `For ${name}, the ${sourceCount(taking)} that speak to it are split: ${spread(consensus)}${evidence}.`,
    separates: true,
  };
}

import type { CaseAnswer, CaseQuestion } from '../../../schemas/case.ts';
import type { Claim } from '../../../schemas/claim.ts';
import { recommendationKey } from '../urls.ts';
import type { Side } from './choose.ts';
import type { SourceRecord } from './evidence.ts';
import { qualityOf, sumQuality, type EvidenceQuality } from './quality.ts';

/** A reader's case: one answer to each question, in question order. */
export interface Case {
  /** The answers' ids, in question order: the case's address is `/choose/<id>/<id>/…/`. */
  ids: string[];
  choices: Array<{ question: CaseQuestion; answer: CaseAnswer }>;
}

/** Every case: each combination of one answer per question, the first answers' case first. */
export function allCases(questions: readonly CaseQuestion[]): Case[] {
  let cases: Case[] = [{ ids: [], choices: [] }];
  for (const question of questions) {
    cases = cases.flatMap((partial) =>
      question.answers.map((answer) => ({ ids: [...partial.ids, answer.id], choices: [...partial.choices, { question, answer }] })),
    );
  }
  return questions.length === 0 ? [] : cases;
}

/**
 * The case a form's fields name (`question id → answer id`), or undefined when an answer is
 * missing or unknown. The form on /choose/ sends these fields; the page it lands on opens the case.
 */
export function caseFromFields(questions: readonly CaseQuestion[], fields: (name: string) => string | null | undefined): string[] | undefined {
  const ids = questions.map((question) => {
    const value = fields(question.id);
    return question.answers.find((answer) => answer.id === value)?.id;
  });
  return ids.every((id) => id !== undefined) && ids.length > 0 ? (ids as string[]) : undefined;
}

/** One piece of a source's advice that applies to the case. */
export interface CasePassage {
  side: Side;
  useCase: string;
  /** The passage key, e.g. `rec-go-2`, for `passagePath`. */
  key: string;
  text: string;
  quote: string | undefined;
}

/** A source's advice for the case, and the claims it makes on the case's topics. */
export interface SourceAdvice {
  slug: string;
  passages: CasePassage[];
  /** The sides its applicable advice takes (both, when it advises each in a different situation). */
  sides: Side[];
  /** The source's claims on the case's topics: what its advice for the case rests on. */
  claims: Claim[];
  quality: EvidenceQuality;
}

/** A source's own resolution of the disagreement: a tie or "it depends" claim on one of the case's topics. */
export interface Resolution {
  slug: string;
  claim: Claim;
}

/** What the sources say for one case. */
export interface CaseView {
  case: Case;
  /** The use cases whose advice applies, in the order the answers bring them in. */
  useCases: string[];
  /** The topics that matter, in the order the answers bring them in, each once. */
  topics: string[];
  /** Every source with advice that applies, in source order. */
  advice: SourceAdvice[];
  /** The sources advising each side (a source advising both is in both). */
  bySide: Record<Side, string[]>;
  /** For each side, which use cases its advice comes from and which sources give it. */
  reasons: Record<Side, Array<{ useCase: string; slugs: string[] }>>;
  /** The side more sources advise; undefined when as many advise each. */
  lead: Side | undefined;
  resolutions: Resolution[];
  /** Sources whose bottom line is "it depends", and how many sources there are. */
  dependsVerdicts: string[];
  sources: number;
  /** Every claim the advising sources make on the case's topics, checked or not. */
  quality: EvidenceQuality;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * The sources' advice for a case. An answer's `advice` names use cases (optionally one side
 * only); every recommendation of those use cases applies. A source counts once per side
 * however many passages it gives, so the counts are of sources. What a source's advice rests
 * on is its claims on the topics the case's answers name.
 */
export function viewCase(theCase: Case, sources: readonly SourceRecord[]): CaseView {
  const applies = new Map<string, Set<Side>>();
  for (const { answer } of theCase.choices) {
    for (const advice of answer.advice) {
      const sides = applies.get(advice.useCase) ?? new Set<Side>();
      for (const side of advice.only ? [advice.only] : (['go', 'rust'] as const)) sides.add(side);
      applies.set(advice.useCase, sides);
    }
  }
  const topics = unique(theCase.choices.flatMap(({ answer }) => answer.topics));
  const onTopic = new Set(topics);
  const advice: SourceAdvice[] = [];
  for (const { slug, data } of sources) {
    const passages: CasePassage[] = [];
    for (const side of ['go', 'rust'] as const) {
      data.recommendations[side].forEach((recommendation, index) => {
        const useCase = recommendation.useCase;
        if (useCase === undefined || !applies.get(useCase)?.has(side)) return;
        passages.push({ side, useCase, key: recommendationKey(side, index), text: recommendation.text, quote: recommendation.quote });
      });
    }
    if (passages.length === 0) continue;
    const claims = data.claims.filter((claim) => onTopic.has(claim.topic));
    advice.push({ slug, passages, sides: unique(passages.map((passage) => passage.side)), claims, quality: qualityOf(claims) });
  }
  const bySide = { go: [] as string[], rust: [] as string[] };
  for (const entry of advice) for (const side of entry.sides) bySide[side].push(entry.slug);
  const useCases = [...applies.keys()];
  const reasons = { go: [], rust: [] } as CaseView['reasons'];
  for (const side of ['go', 'rust'] as const) {
    for (const useCase of useCases) {
      const slugs = advice.filter((entry) => entry.passages.some((p) => p.side === side && p.useCase === useCase)).map((entry) => entry.slug);
      if (slugs.length > 0) reasons[side].push({ useCase, slugs });
    }
  }
  const lead = bySide.go.length === bySide.rust.length ? undefined : bySide.go.length > bySide.rust.length ? 'go' : 'rust';
  const resolutions = sources.flatMap(({ slug, data }) =>
    data.claims.filter((claim) => onTopic.has(claim.topic) && (claim.favors === 'depends' || claim.favors === 'tie')).map((claim) => ({ slug, claim })),
  );
  return {
    case: theCase,
    useCases,
    topics,
    advice,
    bySide,
    reasons,
    lead,
    resolutions,
    dependsVerdicts: sources.filter(({ data }) => data.verdict?.leans === 'depends').map(({ slug }) => slug),
    sources: sources.length,
    quality: sumQuality(advice.map((entry) => entry.quality)),
  };
}

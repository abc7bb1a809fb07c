import type { CaseAnswer, CaseQuestion } from '../../../schemas/case.ts';
import type { Claim } from '../../../schemas/claim.ts';
import { isMiddleGround, recommendationAnswer } from '../../rule-book.ts';
import { sourceCount } from '../labels.ts';
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
      question.answers.map((answer) => ({
        ids: [...partial.ids, answer.id],
        choices: [...partial.choices, { question, answer }],
      })),
    );
  }
  return questions.length === 0 ? [] : cases;
}

/** One piece of a source's advice that applies to the case. */
export interface CasePassage {
  side: Side;
  useCase: string;
  /** The passage key, e.g. `rec-go-2`, for `passagePath`. */
  key: string;
  /** Its place in the source's recommendations for `side`, for `recommendationPath`. */
  index: number;
  text: string;
  quote: string | undefined;
}

/** A source's advice for the case, and the claims it makes on the case's topics. */
interface SourceAdvice {
  slug: string;
  passages: CasePassage[];
  /** The sides its applicable advice takes (both, when it advises each in a different situation). */
  sides: Side[];
  /** The source's claims on the case's topics: what its advice for the case rests on. */
  claims: Claim[];
  quality: EvidenceQuality;
}

/** A source's own resolution of the disagreement: a tie or "it depends" claim on one of the case's topics. */
interface Resolution {
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
        const useCase = recommendationAnswer(recommendation);
        if (useCase === undefined || !applies.get(useCase)?.has(side)) return;
        passages.push({
          side,
          useCase,
          key: recommendationKey(side, index),
          index,
          text: recommendation.text,
          quote: recommendation.quote,
        });
      });
    }
    if (passages.length === 0) continue;
    const claims = data.claims.filter((claim) => onTopic.has(claim.topic));
    advice.push({
      slug,
      passages,
      sides: unique(passages.map((passage) => passage.side)),
      claims,
      quality: qualityOf(claims),
    });
  }
  const bySide = { go: [] as string[], rust: [] as string[] };
  for (const entry of advice) for (const side of entry.sides) bySide[side].push(entry.slug);
  const useCases = [...applies.keys()];
  const reasons = { go: [], rust: [] } as CaseView['reasons'];
  for (const side of ['go', 'rust'] as const) {
    for (const useCase of useCases) {
      const slugs = advice
        .filter((entry) => entry.passages.some((p) => p.side === side && p.useCase === useCase))
        .map((entry) => entry.slug);
      if (slugs.length > 0) reasons[side].push({ useCase, slugs });
    }
  }
  const lead =
    bySide.go.length === bySide.rust.length ? undefined : bySide.go.length > bySide.rust.length ? 'go' : 'rust';
  const resolutions = sources.flatMap(({ slug, data }) =>
    data.claims.filter((claim) => onTopic.has(claim.topic) && isMiddleGround(claim)).map((claim) => ({ slug, claim })),
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

/** What a page shows in full and what it only names; together, every entry, in the order given. */
export interface InFull<T> {
  /** The entries of the first sources, up to the cap. */
  full: T[];
  /** Every later source, once each, with its entries. */
  named: Array<{ slug: string; entries: T[] }>;
}

/**
 * Splits entries (one or several per source) by source: the first `cap` sources' entries are
 * shown in full, every later source is named with its entries, so a page's length stops growing
 * with the sources while none of them drops off it.
 */
export function inFull<T extends { slug: string }>(entries: readonly T[], cap: number): InFull<T> {
  const full: T[] = [];
  const named = new Map<string, T[]>();
  const fullSlugs = new Set<string>();
  for (const entry of entries) {
    if (fullSlugs.has(entry.slug) || (fullSlugs.size < cap && !named.has(entry.slug))) {
      fullSlugs.add(entry.slug);
      full.push(entry);
      continue;
    }
    const list = named.get(entry.slug);
    if (list) list.push(entry);
    else named.set(entry.slug, [entry]);
  }
  return { full, named: [...named].map(([slug, list]) => ({ slug, entries: list })) };
}

/** The sources a case page names past its cap, taken together: the sides they advise and their claims' quality summed. */
export interface NamedAdvice {
  entries: SourceAdvice[];
  sides: Side[];
  quality: EvidenceQuality;
}

/** The later sources of `inFull(view.advice, cap)`, together, for the page's last table row. */
export function namedAdvice(named: InFull<SourceAdvice>['named']): NamedAdvice {
  const entries = named.flatMap((source) => source.entries);
  return {
    entries,
    sides: (['go', 'rust'] as const).filter((side) => entries.some((entry) => entry.sides.includes(side))),
    quality: sumQuality(entries.map((entry) => entry.quality)),
  };
}

/** A list in prose: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const advise = (n: number) => (n === 1 ? 'advises' : 'advise');
/** The sources that advise both languages, each for another part of the case, as a clause. */
const eachPart = (both: number) =>
  both === 0
    ? ''
    : ` (${both === 1 ? '1 of them advises' : `${both} of them advise`} Go for one part of the case and Rust for another)`;

/** The case's answer in words: what the advice adds up to, where it pulls apart, and how the sources resolve it. */
export interface CaseWords {
  /** What the sources advise, with how many: the page's first sentence. */
  answer: string;
  /** Where the advice disagrees: which part of the case each side's advice comes from. */
  disagreement?: string;
  /** The sources' own bottom lines, when they say "it depends". */
  verdicts?: string;
}

/** The answer first, in one or two sentences. `useCaseTitle` names a use case; `label` names a source. */
export function describeCase(
  view: CaseView,
  useCaseTitle: (id: string) => string,
  label: (slug: string) => string,
): CaseWords {
  const go = view.bySide.go.length;
  const rust = view.bySide.rust.length;
  const both = view.bySide.go.filter((slug) => view.bySide.rust.includes(slug)).length;
  const total = view.sources;
  let answer: string;
  if (go + rust === 0) answer = `None of the ${sourceCount(total)} gives advice that fits this case.`;
  else if (go === 0 || rust === 0) {
    const [side, n, other] = go > 0 ? ['Go', go, 'Rust'] : ['Rust', rust, 'Go'];
    answer = `${n} of the ${sourceCount(total)} ${advise(n)} ${side} for this case; none advises ${other}.`;
  } else if (view.lead) {
    const [side, n, other, m] = view.lead === 'go' ? ['Go', go, 'Rust', rust] : ['Rust', rust, 'Go', go];
    answer = `More of the advice for this case is for ${side}: ${n} of the ${sourceCount(total)} ${advise(n)} ${side}, ${m} ${advise(m)} ${other}${eachPart(both)}.`;
  } else {
    answer = `The advice for this case is split: ${go} of the ${sourceCount(total)} ${advise(go)} Go and ${rust} ${advise(rust)} Rust${eachPart(both)}.`;
  }
  const part = (side: Side) =>
    view.reasons[side].map((reason) => `${useCaseTitle(reason.useCase)} (${reason.slugs.length})`);
  const words: CaseWords = { answer };
  if (go > 0 && rust > 0)
    words.disagreement = `They disagree on what decides: Go for ${listWords(part('go'))}; Rust for ${listWords(part('rust'))}.`;
  const depends = view.dependsVerdicts.length;
  if (depends > 0) {
    const who =
      depends === total && total > 1
        ? `All ${sourceCount(total)}`
        : `${depends} of the ${sourceCount(total)} (${listWords(view.dependsVerdicts.map(label))})`;
    words.verdicts = `${who} end on “it depends”.`;
  }
  return words;
}

/** A source's passages for one side and use case, listed together: one line per reason, not per sentence. */
export function groupPassages(
  passages: readonly CasePassage[],
): Array<{ side: Side; useCase: string; passages: CasePassage[] }> {
  const groups: Array<{ side: Side; useCase: string; passages: CasePassage[] }> = [];
  for (const passage of passages) {
    const group = groups.find((existing) => existing.side === passage.side && existing.useCase === passage.useCase);
    if (group) group.passages.push(passage);
    else groups.push({ side: passage.side, useCase: passage.useCase, passages: [passage] });
  }
  return groups;
}

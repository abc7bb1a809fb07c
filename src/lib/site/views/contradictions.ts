import type { FactCheck } from '../../../schemas/fact-check.ts';
import { castsVote } from '../../rule-book.ts';
import { NAMED_ON_CARD } from '../tunables.ts';
import type { TopicEvidence } from './evidence.ts';

/** One source on one side of a contradiction: its first quote that answers this way, and how often it does. */
interface SideSource {
  slug: string;
  /** The verbatim text of the source's first claim that answers this way. */
  quote: string;
  /** That claim's id, for linking to its passage and its fact-check. */
  claimId: string;
  /** That claim's fact-check rating, if it has one (only ratings that keep the vote get here). */
  rating?: FactCheck['rating'] | undefined;
  /** How many of the source's claims answer the question this way. */
  weight: number;
}

/** The sources that answer a question one way: firmest (most claims) first, then by slug. */
interface ContradictionSide {
  sources: SideSource[];
  /** The claims behind this side, all sources together. */
  claims: number;
}

/** A question of one topic that sources answer both ways: one per question, however many sources answer it. */
export interface Contradiction {
  topic: string;
  /** The id of the question in `content/questions.yaml` that every claim on both sides answers. */
  question: string;
  go: ContradictionSide;
  rust: ContradictionSide;
  /** How firmly both sides hold: the number of sources on the smaller side. */
  strength: number;
  /** The claims on both sides together: the tie-break between equally strong contradictions. */
  claims: number;
}

type Answers = Record<'go' | 'rust', Map<string, SideSource>>;

function sideOf(answers: Map<string, SideSource>): ContradictionSide {
  const sources = [...answers.values()].sort((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug));
  return { sources, claims: sources.reduce((n, source) => n + source.weight, 0) };
}

/** Strongest first (sources on the smaller side, then claims), then by topic and question, so the order is stable. */
function firmerFirst(a: Contradiction, b: Contradiction): number {
  return (
    b.strength - a.strength ||
    b.claims - a.claims ||
    a.topic.localeCompare(b.topic) ||
    a.question.localeCompare(b.question)
  );
}

/**
 * The questions of a topic that sources answer on opposite sides, one contradiction per question
 * with every source on each side, firmest first. One pass over the claims, so the work and the
 * result grow with the number of sources, never with pairs of them.
 *
 * Sharing a topic is not enough: "goroutines are built in" and "goroutines have scheduling
 * gotchas" are both about concurrency and can both be true, so only editors, by giving two claims
 * one question, say that they oppose each other. Claims rated inaccurate or misleading are left
 * out (unsupported ones count). A source that answers both ways is listed on both sides, since it
 * says both; but it never makes a contradiction alone: at least two different sources must take
 * part, so a question answered both ways by one source only is not listed.
 */
export function findContradictions(
  topic: string,
  columns: ReadonlyArray<{ slug: string; evidence: TopicEvidence | undefined }>,
): Contradiction[] {
  const byQuestion = new Map<string, Answers>();
  for (const { slug, evidence } of columns) {
    for (const claim of evidence?.claims ?? []) {
      if (!claim.question || (claim.favors !== 'go' && claim.favors !== 'rust') || !castsVote(claim)) continue;
      let answers = byQuestion.get(claim.question);
      if (!answers) byQuestion.set(claim.question, (answers = { go: new Map(), rust: new Map() }));
      const side = answers[claim.favors];
      const known = side.get(slug);
      if (known) known.weight += 1;
      else side.set(slug, { slug, quote: claim.quote, claimId: claim.id, rating: claim.check?.rating, weight: 1 });
    }
  }
  const found: Contradiction[] = [];
  for (const [question, answers] of byQuestion) {
    if (answers.go.size === 0 || answers.rust.size === 0) continue;
    if (new Set([...answers.go.keys(), ...answers.rust.keys()]).size < 2) continue; // one source answering both ways
    const go = sideOf(answers.go);
    const rust = sideOf(answers.rust);
    found.push({
      topic,
      question,
      go,
      rust,
      strength: Math.min(go.sources.length, rust.sources.length),
      claims: go.claims + rust.claims,
    });
  }
  return found.sort(firmerFirst);
}

/** The firmest few contradictions across topics, for the home page. */
export function firmestContradictions(
  perTopic: ReadonlyArray<{ contradictions: readonly Contradiction[] }>,
  limit: number,
): Contradiction[] {
  return perTopic
    .flatMap((topic) => topic.contradictions)
    .sort(firmerFirst)
    .slice(0, limit);
}

/**
 * One side as a card shows it: the firmest source (its quote is shown), the next few by name, and
 * how many more there are. The card's size stays the same however many sources answer; the full
 * list of who stands where is on the topic page.
 */
export function cardSide(
  side: ContradictionSide,
  named = NAMED_ON_CARD,
): { count: number; firmest: SideSource; named: SideSource[]; more: number } {
  const [firmest, ...others] = side.sources;
  if (!firmest) throw new Error('a side of a contradiction has at least one source');
  return {
    count: side.sources.length,
    firmest,
    named: others.slice(0, named),
    more: Math.max(0, others.length - named),
  };
}

import type { Claim } from '../../../schemas/claim.ts';
import type { TopicEvidence } from './evidence.ts';

/** The words a source uses to take a side: the quote of a claim that answers the question. */
interface SideQuote {
  kind: 'claim';
  /** The verbatim text. */
  quote: string;
  /** The claim's id, for linking to its passage. */
  claimId: string;
  /** How many of the source's claims answer the question on this side. */
  weight: number;
}

/** One side of a contradiction. */
interface ContradictionSide {
  slug: string;
  quote: SideQuote;
}

/** Two sources answering the same question on opposite sides. */
export interface Contradiction {
  topic: string;
  /** The id of the question in `content/questions.yaml` both claims answer. */
  question: string;
  go: ContradictionSide;
  rust: ContradictionSide;
  /** How firmly both sides hold: the smaller of the two sides' claim counts. */
  strength: number;
}

/** Ratings that mean the site found the claim wrong: such a claim is shown, but contradicts nothing. */
const DISCREDITED = new Set(['inaccurate', 'misleading']);

/** A source's claims that answer a question on one side, leaving out those the site rates wrong. */
function answers(evidence: TopicEvidence, question: string, side: 'go' | 'rust'): Claim[] {
  return evidence.claims.filter((claim) => claim.question === question && claim.favors === side && !DISCREDITED.has(claim.check?.rating ?? ''));
}

/**
 * Every pair of sources that answer the same question (a claim's `question`) on opposite sides,
 * firmest first. Sharing a topic is not enough: "goroutines are built in" and "goroutines have
 * scheduling gotchas" are both about concurrency and can both be true, so only editors, by
 * giving two claims one question, say that they oppose each other. Claims rated inaccurate or
 * misleading are left out; a source is never paired with itself.
 */
export function findContradictions(
  topic: string,
  columns: ReadonlyArray<{ slug: string; evidence: TopicEvidence | undefined }>,
): Contradiction[] {
  const questions = [...new Set(columns.flatMap((column) => column.evidence?.claims.flatMap((claim) => (claim.question ? [claim.question] : [])) ?? []))].sort();
  const found: Contradiction[] = [];
  for (const question of questions) {
    for (const a of columns) {
      const go = a.evidence && answers(a.evidence, question, 'go');
      if (!go?.length) continue;
      for (const b of columns) {
        const rust = b.slug === a.slug || !b.evidence ? [] : answers(b.evidence, question, 'rust');
        if (!rust.length) continue;
        found.push({
          topic,
          question,
          go: { slug: a.slug, quote: { kind: 'claim', quote: go[0]!.quote, claimId: go[0]!.id, weight: go.length } },
          rust: { slug: b.slug, quote: { kind: 'claim', quote: rust[0]!.quote, claimId: rust[0]!.id, weight: rust.length } },
          strength: Math.min(go.length, rust.length),
        });
      }
    }
  }
  return found.sort((x, y) => y.strength - x.strength || x.question.localeCompare(y.question) || x.go.slug.localeCompare(y.go.slug) || x.rust.slug.localeCompare(y.rust.slug));
}

import type { Stance } from '../../../schemas/stance.ts';
import type { TopicEvidence } from './evidence.ts';
import type { DerivedStance } from './stance.ts';

/** The words a source uses to take a side: a claim's quote, a table row's cells, or an FAQ answer. */
interface SideQuote {
  kind: 'claim' | 'row' | 'faq';
  /** The verbatim text. */
  quote: string;
  /** The claim's id, when the quote is a claim's (for linking to its passage). */
  claimId?: string;
  /** How many pieces of the source's evidence take this side. */
  weight: number;
}

/** One side of a contradiction. */
interface ContradictionSide {
  slug: string;
  quote: SideQuote;
}

/** Two sources taking opposite sides on a topic. */
export interface Contradiction {
  topic: string;
  go: ContradictionSide;
  rust: ContradictionSide;
  /** How firmly both sides hold: the smaller of the two sides' evidence counts. */
  strength: number;
}

/** The best quote a source gives for a side: its first claim taking it, else a row, else an FAQ answer. */
function quoteFor(evidence: TopicEvidence, side: Stance): SideQuote | undefined {
  const claims = evidence.claims.filter((claim) => claim.favors === side);
  const rows = evidence.rows.filter(({ row }) => row.winner === side);
  const faqs = evidence.faqs.filter((faq) => faq.favors === side);
  const weight = claims.length + rows.length + faqs.length;
  const claim = claims[0];
  if (claim) return { kind: 'claim', quote: claim.quote, claimId: claim.id, weight };
  const row = rows[0];
  if (row) return { kind: 'row', quote: `${row.row.label}: Go “${row.row.go}”, Rust “${row.row.rust}”, winner ${row.row.winner}`, weight };
  const faq = faqs[0];
  if (faq) return { kind: 'faq', quote: faq.answer, weight };
  return undefined;
}

/** Every pair of sources where one's stance on the topic is `go` and the other's `rust`, firmest first. */
export function findContradictions(
  topic: string,
  columns: ReadonlyArray<{ slug: string; stance: DerivedStance; evidence: TopicEvidence | undefined }>,
): Contradiction[] {
  const found: Contradiction[] = [];
  for (const a of columns) {
    if (a.stance !== 'go' || !a.evidence) continue;
    for (const b of columns) {
      if (b.stance !== 'rust' || !b.evidence) continue;
      const go = quoteFor(a.evidence, 'go');
      const rust = quoteFor(b.evidence, 'rust');
      if (go && rust) found.push({ topic, go: { slug: a.slug, quote: go }, rust: { slug: b.slug, quote: rust }, strength: Math.min(go.weight, rust.weight) });
    }
  }
  return found.sort((x, y) => y.strength - x.strength || x.go.slug.localeCompare(y.go.slug) || x.rust.slug.localeCompare(y.rust.slug));
}

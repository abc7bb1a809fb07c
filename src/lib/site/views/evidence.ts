import type { Claim } from '../../../schemas/claim.ts';
import type { Faq } from '../../../schemas/faq.ts';
import type { SourceData } from '../../../schemas/source.ts';
import type { TableRow } from '../../../schemas/table.ts';
import { answerRestates, faqVote, isDiscounted, rowRestates, rowVote } from '../../rule-book.ts';

/** A source as the views see it: its slug and its validated front matter. */
export interface SourceRecord {
  slug: string;
  data: SourceData;
}

/** A table row, with the table it belongs to and the claims it restates. */
export interface RowEvidence {
  tableId: string;
  caption: string;
  row: TableRow;
  /** The source's claims the row states again: their fact-checks are the row's (rule-book.ts). */
  restated: Claim[];
  /** The row gives a winner, but a claim it restates is rated so that the winner does not vote. */
  discounted: boolean;
}

/** An FAQ answer, with its place in the source's FAQ and the claims it restates. */
export interface FaqEvidence {
  faq: Faq;
  /** Its position in the source's `faqs`, for its anchor on the FAQ page. */
  index: number;
  /** The source's claims the answer states again: their fact-checks are the answer's. */
  restated: Claim[];
  /** The answer favours a side, but a claim it restates is rated so that it does not vote. */
  discounted: boolean;
}

/** Everything one source says on one topic. */
export interface TopicEvidence {
  claims: Claim[];
  rows: RowEvidence[];
  faqs: FaqEvidence[];
}

const empty = (): TopicEvidence => ({ claims: [], rows: [], faqs: [] });

/**
 * Indexes one source's claims, table rows and FAQs by topic in a single pass, so building a
 * topics × sources view costs O(items), not O(topics × items).
 */
export function evidenceByTopic(data: SourceData): Map<string, TopicEvidence> {
  const byTopic = new Map<string, TopicEvidence>();
  const at = (topic: string) => {
    let evidence = byTopic.get(topic);
    if (!evidence) byTopic.set(topic, (evidence = empty()));
    return evidence;
  };
  for (const claim of data.claims) at(claim.topic).claims.push(claim);
  for (const table of data.tables) {
    for (const row of table.rows) {
      const restated = rowRestates(row, data.claims);
      at(row.topic).rows.push({
        tableId: table.id,
        caption: table.caption,
        row,
        restated,
        discounted: isDiscounted(row.winner, rowVote(row, restated)),
      });
    }
  }
  for (const answer of faqEvidence(data)) at(answer.faq.topic).faqs.push(answer);
  return byTopic;
}

/** A source's FAQ answers, in order, each with the claims it restates. */
export function faqEvidence(data: Pick<SourceData, 'faqs' | 'claims'>): FaqEvidence[] {
  return data.faqs.map((faq, index) => {
    const restated = answerRestates(faq, data.claims);
    return { faq, index, restated, discounted: isDiscounted(faq.favors, faqVote(faq, restated)) };
  });
}

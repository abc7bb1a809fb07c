import type { Claim } from '../../../schemas/claim.ts';
import type { Faq } from '../../../schemas/faq.ts';
import type { SourceData } from '../../../schemas/source.ts';
import type { Stance } from '../../../schemas/stance.ts';
import type { TableRow } from '../../../schemas/table.ts';
import { castsVote } from '../../rule-book.ts';

/** A source as the views see it: its slug and its validated front matter. */
export interface SourceRecord {
  slug: string;
  data: SourceData;
}

/** A table row, with the table it belongs to. */
export interface RowEvidence {
  tableId: string;
  caption: string;
  row: TableRow;
}

/** Everything one source says on one topic. */
export interface TopicEvidence {
  claims: Claim[];
  rows: RowEvidence[];
  faqs: Faq[];
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
  for (const table of data.tables) for (const row of table.rows) at(row.topic).rows.push({ tableId: table.id, caption: table.caption, row });
  for (const faq of data.faqs) at(faq.topic).faqs.push(faq);
  return byTopic;
}

/**
 * The stances the evidence takes: claims' `favors`, rows' `winner`, FAQs' `favors`. A claim the
 * site rates inaccurate or misleading casts no vote (see quality.ts).
 */
export function stancesOf(evidence: TopicEvidence): Stance[] {
  return [
    ...evidence.claims.filter(castsVote).map((claim) => claim.favors),
    ...evidence.rows.flatMap(({ row }) => (row.winner ? [row.winner] : [])),
    ...evidence.faqs.flatMap((faq) => (faq.favors ? [faq.favors] : [])),
  ];
}

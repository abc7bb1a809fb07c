import type { SourceData } from '../../../schemas/source.ts';
import type { EvidenceQuality } from './quality.ts';

/** Where an article comes from and how its checked claims came out: a source's provenance card. */
export interface Provenance {
  /** The original page, or that none was found; either way what an editor searched, when they say. */
  original: ({ found: true; url: string; host: string } | { found: false }) & { searched?: string };
  captured?: Date;
  publisher?: string;
  author?: { name: string; role?: string };
  /** What the publisher sells, where that bears on the topic. */
  disclosure?: string;
  kind?: SourceData['kind'];
  /** Its claims, all topics: how many are checked and how each check came out. */
  record: EvidenceQuality;
  /**
   * Set when some of its claims are checked and none is rated accurate: the card says so plainly,
   * because a reader would otherwise have to add up the record to notice.
   */
  noneAccurate: boolean;
}

/** A source's provenance card, from its front matter and the quality of its claims. */
export function provenanceOf(data: SourceData, record: EvidenceQuality): Provenance {
  // What was searched stays on the card when an address was found too: the editor wrote it for readers.
  const searched = data.provenance ? { searched: data.provenance.searched } : {};
  const original: Provenance['original'] = data.url
    ? { found: true, url: data.url, host: new URL(data.url).hostname.replace(/^www\./, ''), ...searched }
    : { found: false, ...searched };
  return {
    original,
    ...(data.captured ? { captured: data.captured } : {}),
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.author
      ? { author: { name: data.author.name, ...(data.author.role ? { role: data.author.role } : {}) } }
      : {}),
    ...(data.disclosure ? { disclosure: data.disclosure } : {}),
    ...(data.kind ? { kind: data.kind } : {}),
    record,
    noneAccurate: record.checked > 0 && record.ratings.accurate === 0,
  };
}

/** The plain, neutral sentence a card shows when none of a source's checked claims is accurate. */
export function noneAccurateNote(record: EvidenceQuality): string {
  if (record.checked === 1) return 'The one claim we checked in this article is not rated accurate.';
  return `None of the ${record.checked} claims we checked in this article is rated accurate.`;
}

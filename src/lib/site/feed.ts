import type { Correction } from '../../schemas/correction.ts';
import type { SourceRecord } from './views/evidence.ts';
import { CHANGE_WORDS, correctionSubjects, correctionValue, describeSubjects } from './views/corrections.ts';

/** One entry of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** Newest first; entries without a date go last, by title. */
const byDate = (a: FeedItem, b: FeedItem) =>
  (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity) || a.title.localeCompare(b.title, 'en');

/** One feed entry per source, newest first; sources without a date go last, by title. */
export function feedItems(sources: readonly SourceRecord[], link: (slug: string) => string): FeedItem[] {
  return sources
    .map(({ slug, data }) => {
      const date = data.updated ?? data.published;
      return {
        title: data.title,
        link: link(slug),
        description: data.summary ?? '',
        ...(date ? { pubDate: date } : {}),
        categories: [...new Set(data.claims.map((claim) => claim.topic))],
      };
    })
    .sort(byDate);
}

/**
 * One feed entry per correction, so a reader who follows the feed learns when a published source's
 * rating, stance or quote changed, what changed and why. `link` leads to its entry in the log.
 */
export function correctionFeedItems(
  corrections: readonly Correction[],
  shortNames: ReadonlyMap<string, string>,
  link: (id: string) => string,
  sources: readonly SourceRecord[],
): FeedItem[] {
  const dataOf = new Map(sources.map((source) => [source.slug, source.data]));
  return corrections
    .map((correction) => {
      const value = (text: string) => correctionValue(correction.change, text);
      const change = [
        correction.from && `from “${value(correction.from)}”`,
        correction.to && `to “${value(correction.to)}”`,
      ]
        .filter(Boolean)
        .join(' ');
      const data = dataOf.get(correction.source);
      const subjects = data ? describeSubjects(correctionSubjects(correction.item, data)) : '';
      return {
        title: `Correction: ${CHANGE_WORDS[correction.change]} in ${shortNames.get(correction.source) ?? correction.source}`,
        link: link(correction.id),
        description: `${subjects}${change ? `, ${change}` : ''}. ${correction.why}`,
        pubDate: correction.date,
        categories: ['correction'],
      };
    })
    .sort(byDate);
}

/** The feed: sources and corrections together, newest first. */
export function mergeFeeds(...feeds: ReadonlyArray<readonly FeedItem[]>): FeedItem[] {
  return feeds.flat().sort(byDate);
}

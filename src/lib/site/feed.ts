import type { SourceRecord } from './views/evidence.ts';

/** One feed entry per source, newest first; sources without a date go last, by title. */
export function feedItems(sources: readonly SourceRecord[], link: (slug: string) => string) {
  return [...sources]
    .map(({ slug, data }) => ({ slug, data, date: data.updated ?? data.published }))
    .sort((a, b) => (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity) || a.data.title.localeCompare(b.data.title, 'en'))
    .map(({ slug, data, date }) => ({
      title: data.title,
      link: link(slug),
      description: data.summary ?? '',
      ...(date ? { pubDate: date } : {}),
      categories: [...new Set(data.claims.map((claim) => claim.topic))],
    }));
}

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { correctionFeedItems, feedItems, mergeFeeds } from '../lib/site/feed.ts';
import { SITE_NAME } from '../lib/site/labels.ts';
import { correctionPath, sourcePath, withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, corrections, shortNames } = await getCatalog();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${SITE_NAME}: sources and corrections`,
    description:
      'Go vs Rust articles added to or updated on the site, each normalised into verbatim claims by topic, and every correction we make to them.',
    site: new URL(withBase(base), site),
    items: mergeFeeds(
      feedItems(records, (slug) => sourcePath(base, slug)),
      correctionFeedItems(corrections, shortNames, (id) => correctionPath(base, id), records),
    ),
    customData: '<language>en</language>',
  });
};

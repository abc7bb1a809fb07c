import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedItems } from '../lib/site/feed.ts';
import { SITE_NAME } from '../lib/site/labels.ts';
import { sourcePath, withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await getCatalog();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${SITE_NAME}: sources`,
    description: 'Go vs Rust articles added to or updated on the site, each normalised into verbatim claims by topic.',
    site: new URL(withBase(base), site),
    items: feedItems(records, (slug) => sourcePath(base, slug)),
    customData: '<language>en</language>',
  });
};

// The Sätteri processor every MDX file of the site is compiled with (astro.config.mjs hands it to
// `markdown.processor`, which @astrojs/mdx inherits), with its plugins in the order they run. The
// prose-only gate comes first: a file that breaks the body policy stops the compile, naming its
// file and line, before any other plugin sees it or anything is compiled to a module.
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { proseOnlyHtml } from './hast-prose-only.ts';
import { proseOnly } from './mdast-prose-only.ts';
import { externalLinks } from './rehype-external-links.ts';
import { headingIdsPlugin } from './rehype-heading-ids.ts';
import { passageMarks } from './rehype-passage-marks.ts';
import { tableRegions } from './rehype-table-regions.ts';

const SOURCE_BODY_MDAST_PLUGINS: MdastPluginList = [proseOnly];
const SOURCE_BODY_HAST_PLUGINS: HastPluginList = [
  proseOnlyHtml,
  headingIdsPlugin,
  passageMarks,
  tableRegions,
  externalLinks,
];

/**
 * The site's processor. Smart punctuation is off: verbatim articles keep their own punctuation,
 * and Sätteri's is quadratic on a long straight-quoted paragraph.
 */
export function siteProcessor(): ReturnType<typeof satteri> {
  return satteri({
    mdastPlugins: SOURCE_BODY_MDAST_PLUGINS,
    hastPlugins: SOURCE_BODY_HAST_PLUGINS,
    features: { gfm: true, smartPunctuation: false },
  });
}

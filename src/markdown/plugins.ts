// The Sätteri plugins every source body is rendered with, in the order they run. The prose-only
// guards come first: a body that is not prose stops the render naming its file, whatever ran before.
import type { HastPluginList, MdastPluginList } from 'satteri';
import { proseOnlyHtml } from './hast-prose-only.ts';
import { proseOnly } from './mdast-prose-only.ts';
import { externalLinks } from './rehype-external-links.ts';
import { headingIdsPlugin } from './rehype-heading-ids.ts';
import { passageMarks } from './rehype-passage-marks.ts';
import { tableRegions } from './rehype-table-regions.ts';

export const SOURCE_BODY_MDAST_PLUGINS: MdastPluginList = [proseOnly];
export const SOURCE_BODY_HAST_PLUGINS: HastPluginList = [
  proseOnlyHtml,
  headingIdsPlugin,
  passageMarks,
  tableRegions,
  externalLinks,
];

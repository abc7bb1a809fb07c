// The HAST plugins every source body is rendered with, in the order they run.
import type { HastPluginList } from 'satteri';
import { externalLinks } from './rehype-external-links.ts';
import { headingIdsPlugin } from './rehype-heading-ids.ts';
import { passageMarks } from './rehype-passage-marks.ts';
import { tableRegions } from './rehype-table-regions.ts';

export const SOURCE_BODY_PLUGINS: HastPluginList = [headingIdsPlugin, passageMarks, tableRegions, externalLinks];

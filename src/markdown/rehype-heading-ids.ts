// Clean ids for an article's headings. Sätteri's own heading ids (GitHub's slugger) turn emoji and
// symbols into stray hyphens ("☁️ Cloud Infrastructure & DevOps" → "-cloud-infrastructure--devops",
// with an invisible U+FE0F at the start); this runs before them and sets ids they then keep.
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { isSourcePageId } from '../lib/site/urls.ts';
import { headingIds } from '../lib/text/slug.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** A factory, so each page gets its own set of ids and never a "-1" for another page's heading. */
export const headingIdsPlugin = () => {
  // The page's own ids and its claims' and passages' anchors stay theirs (src/lib/site/urls.ts).
  const ids = headingIds(isSourcePageId);
  return defineHastPlugin({
    name: 'clean-heading-ids',
    element: {
      filter: HEADINGS,
      visit(node: Readonly<Element>, ctx) {
        ctx.setProperty(node as never, 'id', ids.next(ctx.textContent(node as never)));
      },
    },
  });
};

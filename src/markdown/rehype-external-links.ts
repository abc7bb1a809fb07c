// Links inside an article body that leave the site (including addresses GFM turns into links,
// like "www.codism.io") get rel="noopener noreferrer", as every other external link here does.
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node: Readonly<Element>, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && /^https?:\/\//i.test(href))
        ctx.setProperty(node as never, 'rel', ['noopener', 'noreferrer']);
    },
  },
});

// Wraps each table of an article in a focusable, labelled region that scrolls sideways on its own,
// so a wide table never widens a phone's page and keyboard users can scroll it. The label names
// the table by its number and the heading above it ("Table 1: Feature Comparison Table"), which
// keeps landmarks unique however many tables an article has. Column alignment (`:---:`) becomes a
// class instead of an inline style, which the site's Content-Security-Policy would block.
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A factory, so each article counts its own tables. A filtered visitor: Sätteri hands over only
 * headings, tables and cells, in document order, instead of building the whole tree in JavaScript.
 */
export const tableRegions = () => {
  let heading = '';
  let count = 0;
  return defineHastPlugin({
    name: 'table-regions',
    element: {
      filter: [...HEADINGS, 'table', 'td', 'th'],
      visit(node: Readonly<Element>, ctx) {
        if (HEADINGS.has(node.tagName)) {
          heading = ctx.textContent(node as never).trim();
          return;
        }
        if (node.tagName === 'table') {
          count += 1;
          const wrapper: Element = {
            type: 'element',
            tagName: 'section',
            properties: {
              className: ['table-scroll'],
              tabIndex: 0,
              ariaLabel: `Table ${count}${heading ? `: ${heading}` : ''} (scrolls sideways on narrow screens)`,
            },
            children: [],
          };
          ctx.wrapNode(node as never, wrapper as never);
          return;
        }
        const align =
          /text-align:\s*(left|center|right)/.exec(String(node.properties?.style ?? ''))?.[1] ?? node.properties?.align;
        if (node.properties?.style !== undefined) ctx.setProperty(node as never, 'style', undefined);
        if (node.properties?.align !== undefined) ctx.setProperty(node as never, 'align', undefined);
        if (typeof align === 'string') ctx.setProperty(node as never, 'className', [`align-${align}`]);
      },
    },
  });
};

// Marks every claim's quoted passage inside the rendered article, so that a link to
// /sources/<slug>/#passage-<claim-id> lands on the passage and CSS highlights it (:target),
// with no client-side script. Every passage is visibly marked, and ends with a small link back
// to its claim (and the claim's fact-check) in the page's list of claims. The plan is made by a pure function (src/lib/text/passage-plan.ts);
// this file only walks Sätteri's HAST and applies it.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { splitFrontMatter } from '../lib/text/front-matter.ts';
import { planPassages, type PassageQuote } from '../lib/text/passage-plan.ts';
import { claimAnchor, passageId } from '../lib/site/urls.ts';

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'pre', 'figcaption', 'blockquote']);

type Node = Root | RootContent;
const hasChildren = (node: Node): node is Node & { children: RootContent[] } => 'children' in node && Array.isArray(node.children);
const isBlock = (node: Node): node is Element => node.type === 'element' && BLOCKS.has(node.tagName);

function containsBlock(node: Node): boolean {
  return hasChildren(node) && node.children.some((child) => isBlock(child) || containsBlock(child));
}

/** The article's leaf blocks in order, each with its text nodes in order. */
function leafBlocks(root: Root): Array<{ element: Element; texts: Text[] }> {
  const blocks: Array<{ element: Element; texts: Text[] }> = [];
  const texts = (node: Node, out: Text[]): Text[] => {
    if (node.type === 'text') out.push(node);
    else if (hasChildren(node)) for (const child of node.children) texts(child, out);
    return out;
  };
  const visit = (node: Node) => {
    if (isBlock(node) && !containsBlock(node)) blocks.push({ element: node, texts: texts(node, []) });
    else if (hasChildren(node)) for (const child of node.children) visit(child);
  };
  visit(root);
  return blocks;
}

/** The claims' quotes from the source file's front matter (already validated by the content check). */
function quotesOf(path: string): Array<PassageQuote & { statement: string }> {
  const { data } = splitFrontMatter(readFileSync(path, 'utf8'));
  const claims = (data as { claims?: Array<{ id?: unknown; quote?: unknown; statement?: unknown }> } | undefined)?.claims ?? [];
  return claims.flatMap((claim) =>
    typeof claim.id === 'string' && typeof claim.quote === 'string' ? [{ id: claim.id, quote: claim.quote, statement: typeof claim.statement === 'string' ? claim.statement : claim.id }] : [],
  );
}

/**
 * The link from a passage back to its claim: "↩ claim" on screen, the claim's statement for
 * screen readers; left out of the search index, so searches find only the article's own words.
 */
const backLink = (id: string, statement: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href: `#${claimAnchor(id)}`, className: ['passage-back'], dataPagefindIgnore: '' },
  children: [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↩' }] },
    { type: 'text', value: ' claim' },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `: ${statement}` }] },
  ],
});

const anchor = (id: string): Element => ({ type: 'element', tagName: 'span', properties: { id: passageId(id), className: ['passage-anchor'] }, children: [] });

export const passageMarks: HastPluginEntry = (factory) => {
  const path = factory.fileURL && fileURLToPath(factory.fileURL);
  if (!path || !/[\\/]content[\\/]sources[\\/][^\\/]+\.mdx$/.test(path) || !existsSync(path)) return null;
  const quotes = quotesOf(path);
  if (quotes.length === 0) return null;
  const statements = new Map(quotes.map((quote) => [quote.id, quote.statement]));
  const back = (id: string) => backLink(id, statements.get(id) ?? id);
  return defineHastPlugin({
    name: 'passage-marks',
    before(root, ctx) {
      const blocks = leafBlocks(root as Root);
      const plan = planPassages(
        blocks.map((block) => block.texts.map((text) => text.value)),
        quotes,
      );
      if (plan.missing.length) {
        // The content check found these quotes in the Markdown; not finding them in the rendered
        // HTML means the renderer changed the text in a way the matcher does not know about.
        throw new Error(`${path}: could not find the quoted passage of claim(s) ${plan.missing.join(', ')} in the rendered article`);
      }
      const byNode = new Map<Text, typeof plan.inline>();
      for (const segment of plan.inline) {
        const text = blocks[segment.block]!.texts[segment.node]!;
        byNode.set(text, [...(byNode.get(text) ?? []), segment]);
      }
      for (const [text, segments] of byNode) {
        const pieces: ElementContent[] = [];
        let at = 0;
        for (const segment of segments) {
          if (segment.start > at) pieces.push({ type: 'text', value: text.value.slice(at, segment.start) });
          pieces.push({
            type: 'element',
            tagName: 'mark',
            properties: { className: ['passage'] },
            children: [...segment.ids.map(anchor), { type: 'text', value: text.value.slice(segment.start, segment.end) }],
          });
          pieces.push(...segment.ids.flatMap((id) => [{ type: 'text', value: ' ' } as const, back(id)]));
          at = segment.end;
        }
        if (at < text.value.length) pieces.push({ type: 'text', value: text.value.slice(at) });
        ctx.replaceNode(text as never, pieces as never);
      }
      const classes = new Map<Element, string[]>();
      for (const passage of plan.blocks) {
        for (let b = passage.from; b <= passage.to; b++) {
          const element = blocks[b]!.element;
          classes.set(element, [...new Set([...(classes.get(element) ?? []), b === passage.from ? 'passage-block' : 'passage-continued'])]);
        }
        ctx.prependChild(blocks[passage.from]!.element as never, anchor(passage.id) as never);
        ctx.appendChild(blocks[passage.to]!.element as never, { type: 'text', value: ' ' } as never);
        ctx.appendChild(blocks[passage.to]!.element as never, back(passage.id) as never);
      }
      for (const [element, names] of classes) {
        const existing = element.properties?.className;
        ctx.setProperty(element as never, 'className', [...(Array.isArray(existing) ? existing.map(String) : []), ...names]);
      }
    },
  });
};

// Marks every claim's and recommendation's quoted passage inside the rendered article, so that a
// link to /sources/<slug>/#passage-<claim-id> (or #passage-rec-go-0 for recommendations.go[0])
// lands on the passage and CSS highlights it (:target), with no client-side script. Every passage
// is visibly marked, and ends with a small link back to its claim (with the claim's fact-check) or
// recommendation on the same page. The plan is made by a pure function (src/lib/text/passage-plan.ts);
// this file only walks Sätteri's HAST and applies it.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { planPassages, type PassageQuote } from '../lib/text/passage-plan.ts';
import type { SourceData } from '../schemas/source.ts';
import { claimAnchor, passageId, recommendationAnchor, recommendationKey } from '../lib/site/urls.ts';

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'pre',
  'figcaption',
  'blockquote',
]);

const isBlock = (node: Root | RootContent): node is Element => node.type === 'element' && BLOCKS.has(node.tagName);

function textsOf(node: Root | RootContent, texts: Text[]): Text[] {
  if (node.type === 'text') texts.push(node);
  else if ('children' in node) for (const child of node.children) textsOf(child, texts);
  return texts;
}

/**
 * The article's leaf blocks (blocks with no block inside) in order, each with its text nodes in
 * order. One pass over the tree: Sätteri builds each node a plugin reads, so reading a node twice,
 * or keeping an ancestor stack per node as unist-util-visit does, is paid for 500 articles over.
 */
function leafBlocks(root: Root): Array<{ element: Element; texts: Text[] }> {
  const blocks: Array<{ element: Element; texts: Text[] }> = [];
  /** Walks `node`; true when it is, or holds, a block. A site component (an editor's note) holds
   * the site's words, not the article's, so no passage is looked for in it. */
  const walk = (node: Root | RootContent): boolean => {
    if (!('children' in node) || (node.type as string).startsWith('mdxJsx')) return false;
    let inner = false;
    for (const child of node.children) if (walk(child)) inner = true;
    if (!isBlock(node)) return inner;
    if (!inner) blocks.push({ element: node, texts: textsOf(node, []) });
    return true;
  };
  walk(root);
  return blocks;
}

/** A quote to mark, and where its back link leads: the claim (or recommendation) it belongs to. */
type MarkedQuote = PassageQuote & { back: { href: string; label: string; text: string } };

/** The parts of a source's front matter this plugin reads. */
type QuotedFields = Pick<SourceData, 'claims' | 'recommendations'>;

/**
 * The claims' and recommendations' quotes. The content check has already refused a claim id that
 * takes a recommendation's passage key (the unique-ids rule); the throw below only keeps a page from
 * ever getting two elements with one id should the renderer be handed unchecked data.
 */
function quotesOf(front: QuotedFields, where: string): MarkedQuote[] {
  const claims = front.claims.map((claim) => ({
    id: claim.id,
    quote: claim.quote,
    back: { href: `#${claimAnchor(claim.id)}`, label: 'claim', text: claim.statement },
  }));
  const recommendations = (['go', 'rust'] as const).flatMap((side) =>
    front.recommendations[side].flatMap((item, index) =>
      item.quote === undefined
        ? []
        : [
            {
              id: recommendationKey(side, index),
              quote: item.quote,
              back: { href: `#${recommendationAnchor(side, index)}`, label: 'recommendation', text: item.text },
            },
          ],
    ),
  );
  const taken = new Set(claims.map((claim) => claim.id));
  const clash = recommendations.find((item) => taken.has(item.id));
  if (clash)
    throw new Error(`${where}: the claim id "${clash.id}" is reserved for recommendation passages; rename the claim`);
  return [...claims, ...recommendations];
}

/**
 * The link from a passage back to its claim or recommendation: "↩ claim" on screen, the claim's
 * statement for screen readers; left out of the search index, so searches find only the article's own words.
 */
const backLink = ({ href, label, text }: MarkedQuote['back']): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, className: ['passage-back'], dataPagefindIgnore: '' },
  children: [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↩' }] },
    { type: 'text', value: ` ${label}` },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: `: ${text}` }],
    },
  ],
});

const anchor = (id: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { id: passageId(id), className: ['passage-anchor'] },
  children: [],
});

/** The front matter as @astrojs/mdx parsed it: fields the schema defaults may be absent. */
interface RawQuotedFields {
  claims?: QuotedFields['claims'];
  recommendations?: Partial<QuotedFields['recommendations']>;
}

/**
 * Reads the source's front matter where Astro's MDX renderer hands it to plugins,
 * `data.astro.frontmatter`: @astrojs/mdx's parse of the file the content check passed. Claim ids
 * and quotes are plain strings, read alike by both YAML readers; an editorial page has neither.
 */
export const passageMarks: HastPluginEntry = (factory) => {
  const front = (factory.data.astro as { frontmatter?: RawQuotedFields } | undefined)?.frontmatter;
  if (!front?.claims && !front?.recommendations) return null;
  const path = factory.fileURL ? fileURLToPath(factory.fileURL) : 'a source body';
  const quotes = quotesOf(
    {
      claims: front.claims ?? [],
      recommendations: { go: front.recommendations?.go ?? [], rust: front.recommendations?.rust ?? [] },
    },
    path,
  );
  if (quotes.length === 0) return null;
  const targets = new Map(quotes.map((quote) => [quote.id, quote.back]));
  const back = (id: string) => backLink(targets.get(id)!);
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
        throw new Error(
          `${path}: could not find the quoted passage of ${plan.missing.join(', ')} (claim ids, or rec-<side>-<index> for recommendations) in the rendered article`,
        );
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
            children: [
              ...segment.ids.map(anchor),
              { type: 'text', value: text.value.slice(segment.start, segment.end) },
            ],
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
          classes.set(element, [
            ...new Set([...(classes.get(element) ?? []), b === passage.from ? 'passage-block' : 'passage-continued']),
          ]);
        }
        ctx.prependChild(blocks[passage.from]!.element as never, anchor(passage.id) as never);
        ctx.appendChild(blocks[passage.to]!.element as never, { type: 'text', value: ' ' } as never);
        ctx.appendChild(blocks[passage.to]!.element as never, back(passage.id) as never);
      }
      for (const [element, names] of classes) {
        const existing = element.properties?.className;
        ctx.setProperty(element as never, 'className', [
          ...(Array.isArray(existing) ? existing.map(String) : []),
          ...names,
        ]);
      }
    },
  });
};

import { quoteLocator } from './normalise.ts';

/** A claim's quote to find in a rendered article. */
export interface PassageQuote {
  id: string;
  quote: string;
}

/** A piece of one text node to wrap in a highlight mark, with the passages it carries. */
interface InlineSegment {
  block: number;
  node: number;
  start: number;
  end: number;
  /** Ids of the passages whose anchors sit at the start of this mark. */
  ids: string[];
}

/** A passage spanning several text nodes or blocks: its blocks are highlighted whole. */
interface BlockPassage {
  id: string;
  from: number;
  to: number;
}

/** Where every passage goes in an article, and which could not be found. */
export interface PassagePlan {
  inline: InlineSegment[];
  blocks: BlockPassage[];
  missing: string[];
}

/**
 * Plans the highlight marks for an article's quoted passages. `blocks` is the article's text as
 * rendered: one entry per leaf block (paragraph, list item, cell, heading), each the list of its
 * text nodes' values in order. A passage inside one text node becomes a precise mark (overlapping
 * ones share a mark); one that crosses inline markup or blocks highlights its whole blocks.
 */
export function planPassages(blocks: readonly (readonly string[])[], quotes: readonly PassageQuote[]): PassagePlan {
  // Where each text node starts in the joined text; blocks are joined by a newline, as the check does.
  const starts: Array<{ block: number; node: number; at: number; length: number }> = [];
  let text = '';
  blocks.forEach((nodes, block) => {
    if (block > 0) text += '\n';
    nodes.forEach((value, node) => {
      starts.push({ block, node, at: text.length, length: value.length });
      text += value;
    });
  });
  const nodeAt = (index: number) => starts.find((s) => index >= s.at && index < s.at + s.length);
  const ranges: Array<{ block: number; node: number; start: number; end: number; id: string }> = [];
  const plan: PassagePlan = { inline: [], blocks: [], missing: [] };
  const locate = quoteLocator(text);
  for (const { id, quote } of quotes) {
    const found = locate(quote);
    const first = found && nodeAt(found.start);
    const last = found && nodeAt(found.end - 1);
    if (!found || !first || !last) {
      plan.missing.push(id);
    } else if (first === last) {
      ranges.push({
        block: first.block,
        node: first.node,
        start: found.start - first.at,
        end: found.end - first.at,
        id,
      });
    } else {
      plan.blocks.push({ id, from: first.block, to: last.block });
    }
  }
  ranges.sort((a, b) => a.block - b.block || a.node - b.node || a.start - b.start);
  for (const range of ranges) {
    const previous = plan.inline.at(-1);
    if (previous && previous.block === range.block && previous.node === range.node && range.start < previous.end) {
      previous.end = Math.max(previous.end, range.end);
      previous.ids.push(range.id);
    } else {
      plan.inline.push({ block: range.block, node: range.node, start: range.start, end: range.end, ids: [range.id] });
    }
  }
  return plan;
}

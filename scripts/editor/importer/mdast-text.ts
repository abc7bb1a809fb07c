import type { Heading, Nodes, Root } from 'mdast';

// Blocks whose children are blocks: their texts go on separate lines, as in check's toPlainText.
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * The text of a node as a reader sees it, markup gone. It reads like mdast-util-to-string, which
 * the verbatim-quotes check uses, except for a hard line break: one written as two trailing spaces
 * becomes a newline, because the importer trims trailing spaces and the check then sees a soft
 * line break; one written as a backslash stays a break, which the check reads as nothing.
 */
export function plainText(node: Nodes, source: string): string {
  if (node.type === 'break') return source[node.position?.start.offset ?? -1] === '\\' ? '' : '\n';
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (!('children' in node)) return '';
  const parts = node.children.map((child) => plainText(child, source));
  return BLOCK_CONTAINERS.has(node.type) ? parts.filter((part) => part.trim()).join('\n') : parts.join('');
}

/** A heading's text on one line. */
export function headingText(heading: Heading, source: string): string {
  return plainText(heading, source).replace(/\s+/g, ' ').trim();
}

/** Every node of the tree in document order, with its parent. */
export function* walk(tree: Root): Generator<{ node: Nodes; parent: Nodes | undefined }> {
  const stack: Array<{ node: Nodes; parent: Nodes | undefined }> = [{ node: tree, parent: undefined }];
  while (stack.length) {
    const entry = stack.pop()!;
    yield entry;
    if ('children' in entry.node) {
      const children = entry.node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: entry.node });
    }
  }
}

/** The 1-based first and last line of a node. */
export function linesOf(node: Nodes): { start: number; end: number } {
  return { start: node.position?.start.line ?? 1, end: node.position?.end.line ?? 1 };
}

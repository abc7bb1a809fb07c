import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from '../check/problems.ts';

/** YAML text read with its line numbers kept, for messages that point at a field. */
export interface ReadYaml {
  /** The plain data, or undefined when the YAML has syntax errors. */
  data: unknown;
  /** Syntax errors, each with its 1-based line. */
  errors: Array<{ line: number; message: string }>;
  /** The 1-based line of a field, or of its nearest existing parent (the key's line for a mapping entry). */
  lineOf: (path: FieldPath) => number | undefined;
}

const parseWithLines = (text: string) => {
  const lineCounter = new LineCounter();
  return { lineCounter, document: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }) };
};

/** The node a field path leads to, or its nearest existing parent. */
function nodeAt(document: Document, path: FieldPath): Node | undefined {
  let node: unknown = document.contents;
  let found: Node | undefined = isMap(node) || isSeq(node) ? (node as Node) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value;
      found = (pair.key as Node | null) ?? found;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node as Node;
    } else break;
  }
  return found;
}

/**
 * Parses YAML keeping line numbers: the one line finder for front matter and data files alike.
 * `firstLine` is the file line the text starts on (2 for front matter after its `---`).
 * Only the data and the errors are kept: the parsed document (several times the size of the text)
 * is rebuilt from the text when a message first asks for a line, which most files never do.
 */
export function readYaml(text: string, firstLine = 1): ReadYaml {
  const shift = firstLine - 1;
  const { lineCounter, document } = parseWithLines(text);
  const errors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + shift,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  let lines: ReturnType<typeof parseWithLines> | undefined;
  const lineOf = (path: FieldPath): number | undefined => {
    lines ??= parseWithLines(text);
    const offset = nodeAt(lines.document, path)?.range?.[0];
    return offset === undefined ? undefined : lines.lineCounter.linePos(offset).line + shift;
  };
  return { data: errors.length ? undefined : document.toJS(), errors, lineOf };
}

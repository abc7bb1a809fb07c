import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A field path as a list of keys and indexes, e.g. ['claims', 3, 'topic']. */
export type FieldPath = ReadonlyArray<string | number>;

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
 * A data file's values the way the check reads them (js-yaml with the YAML 1.2 core schema, so
 * `2026-01-26` stays text): the build's loaders parse with this too, so a value the check accepts
 * is the value the build stores, never a Date the check did not see.
 */
export function loadYamlData(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** The file's data as Astro's content layer reads it (js-yaml), with dates kept as text as the YAML 1.2 core schema does. */
function loadFast(text: string): { data: unknown } | { error: YAMLException } {
  try {
    return { data: loadYamlData(text) };
  } catch (error) {
    if (error instanceof YAMLException) return { error };
    throw error;
  }
}

/**
 * Parses YAML keeping line numbers: the one line finder for front matter and data files alike.
 * `firstLine` is the file line the text starts on (2 for front matter after its `---`).
 * The data comes from js-yaml, the parser Astro itself reads front matter with, about ten times
 * faster than building a document that keeps positions. That document (several times the size of
 * the text) is built only when a message asks for a line or the text has syntax errors, whose
 * messages and lines come from it.
 */
export function readYaml(text: string, firstLine = 1): ReadYaml {
  const shift = firstLine - 1;
  let lines: ReturnType<typeof parseWithLines> | undefined;
  const withLines = () => (lines ??= parseWithLines(text));
  const lineOf = (path: FieldPath): number | undefined => {
    const { document, lineCounter } = withLines();
    const offset = nodeAt(document, path)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + shift;
  };
  const fast = loadFast(text);
  if ('data' in fast) return { data: fast.data, errors: [], lineOf };
  const { document, lineCounter } = withLines();
  const errors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + shift,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  // The two parsers disagree only on rare inputs; what Astro cannot read must still be reported.
  if (errors.length === 0) errors.push({ line: fast.error.mark.line + 1 + shift, message: fast.error.reason });
  return { data: undefined, errors, lineOf };
}

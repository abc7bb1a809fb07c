import { CORE_SCHEMA, load, YAMLException, type LoadOptions } from 'js-yaml';

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

/** What of js-yaml's loader state its `listener` option reads as each node opens and closes. */
interface LoaderState {
  line: number;
  kind: string | null;
  result: unknown;
}

/** A node being composed: the 0-based line it opened on, and its children's first lines and values, in order. */
interface Frame {
  line: number;
  children: Array<{ line: number; result: unknown }>;
}

/**
 * The 0-based line of every mapping key and list item, by the list or mapping holding it, recorded
 * while js-yaml composes the document: its loader calls the listener as each node opens and
 * closes, and a mapping's children close in order, key then value.
 */
function lineRecorder() {
  const lines = new Map<object, Map<string | number, number>>();
  const stack: Frame[] = [{ line: 0, children: [] }];
  const listener = (event: 'open' | 'close', state: LoaderState) => {
    if (event === 'open') {
      stack.push({ line: state.line, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const result = state.result;
    if (typeof result === 'object' && result !== null && !lines.has(result)) {
      const children = new Map<string | number, number>();
      if (state.kind === 'sequence') frame.children.forEach((child, index) => children.set(index, child.line));
      else if (state.kind === 'mapping')
        for (let i = 0; i + 1 < frame.children.length; i += 2)
          children.set(String(frame.children[i]!.result), frame.children[i]!.line);
      lines.set(result, children);
    }
    // A node starts on its first child's line: an opening value may open before the line break.
    stack.at(-1)!.children.push({ line: frame.children[0]?.line ?? frame.line, result });
  };
  const rootLine = () => stack[0]!.children[0]?.line;
  return { lines, listener, rootLine };
}

/** js-yaml's terser reasons, said the way an editor reads them. */
const READABLE_REASONS: Record<string, string> = {
  'duplicated mapping key': 'a key is given twice: each key must be unique in its mapping',
};

/**
 * Parses YAML (the YAML 1.2 core schema: dates stay text) keeping line numbers: the one YAML
 * reader for front matter and data files alike. `firstLine` is the file line the text starts on
 * (2 for front matter after its `---`). The lines are recorded while the data is built, one pass.
 */
export function readYaml(text: string, firstLine = 1): ReadYaml {
  const shift = firstLine - 1;
  const recorder = lineRecorder();
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: recorder.listener } as LoadOptions);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return {
      data: undefined,
      errors: [{ line: (error.mark?.line ?? 0) + 1 + shift, message: READABLE_REASONS[error.reason] ?? error.reason }],
      lineOf: () => undefined,
    };
  }
  const lineOf = (path: FieldPath): number | undefined => {
    let node: unknown = data;
    let found = recorder.rootLine();
    for (const key of path) {
      const line = typeof node === 'object' && node !== null ? recorder.lines.get(node)?.get(key) : undefined;
      if (line === undefined) break;
      found = line;
      node = (node as Record<string | number, unknown>)[key];
    }
    return found === undefined ? undefined : found + 1 + shift;
  };
  return { data, errors: [], lineOf };
}

/**
 * How many values the data holds once YAML aliases are expanded, counted without expanding them
 * (each shared list or mapping is counted once and remembered), stopping past `limit`. A few
 * lines of aliases can stand for billions of values, which anything copying the data would build.
 */
export function expandedValues(data: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const count = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    sizes.set(value, Infinity); // a cycle counts as too many
    let total = 1;
    for (const child of Object.values(value)) {
      total += count(child);
      if (total > limit) break;
    }
    sizes.set(value, total);
    return total;
  };
  return count(data);
}

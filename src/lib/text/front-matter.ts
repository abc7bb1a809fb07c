import { readYaml, type FieldPath } from './yaml-lines.ts';

/** An MDX file split into its YAML front matter and its Markdown body. */
export interface SplitFile {
  /** The parsed front matter (plain data; dates stay YYYY-MM-DD strings). */
  data: unknown;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** 1-based line in the file of the line the body starts on. */
  bodyLine: number;
  /** The 1-based line of a front-matter field, or of its nearest existing parent. */
  lineOf: (path: FieldPath) => number | undefined;
  /** YAML syntax errors, each with its line, when the front matter cannot be read. */
  yamlErrors: Array<{ line: number; message: string }>;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Splits `---`-fenced YAML front matter from an MDX file, keeping line numbers for messages. */
export function splitFrontMatter(text: string): SplitFile {
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      lineOf: () => undefined,
      yamlErrors: [{ line: 1, message: 'the file does not start with a `---` line opening its front matter' }],
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      data: undefined,
      body: '',
      bodyLine: 1,
      lineOf: () => undefined,
      yamlErrors: [{ line: 1, message: 'the front matter is never closed: add a `---` line after it' }],
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  // Line 1 is the opening `---`, so the YAML starts on line 2.
  const yaml = readYaml(yamlText, 2);
  const bodyLine = yamlText.split('\n').length + 2;
  return {
    data: yaml.data,
    body: afterClosing,
    bodyLine,
    lineOf: yaml.lineOf,
    yamlErrors: yaml.errors,
  };
}

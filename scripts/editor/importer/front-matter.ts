import { parse as parseToml, TomlError } from 'smol-toml';
import { readYaml } from '../../../src/lib/text/yaml-lines.ts';

/** An input file split into its front matter (when it has one) and its article text. */
interface InputParts {
  /** The front matter's language, or undefined when the file has none. */
  format?: 'yaml' | 'toml';
  /** The front matter as plain data; empty when there is none. */
  data: Record<string, unknown>;
  /** Everything after the front matter. */
  body: string;
}

/** The split, or why the front matter cannot be read. */
export type SplitInput = { ok: true; parts: InputParts } | { ok: false; message: string };

const FENCES = { yaml: /^---[ \t]*$/m, toml: /^\+\+\+[ \t]*$/m } as const;

// The first line of real front matter is a field; anything else after a `---` is article text
// starting with a horizontal rule, which must not be swallowed as YAML.
const FIELD_LINE = { yaml: /^["']?[\w.-]+["']?[ \t]*:(?:[ \t]|$)/, toml: /^(?:\[|["']?[\w.-]+["']?[ \t]*=)/ } as const;

function firstFieldLine(text: string): string {
  for (const line of text.slice(0, 10_000).split('\n'))
    if (line.trim() && !line.trimStart().startsWith('#')) return line;
  return '';
}

/** Front matter's YAML, which starts on the file's line 2 (after the opening ---), so errors name file lines. */
function parseYaml(text: string): { data?: unknown; error?: string } {
  const { data, errors } = readYaml(text, 2);
  const [error] = errors;
  return error ? { error: `line ${error.line}: ${error.message}` } : { data };
}

function parseTomlText(text: string): { data?: unknown; error?: string } {
  try {
    return { data: parseToml(text) };
  } catch (error) {
    const where = error instanceof TomlError ? `line ${error.line + 1}: ` : '';
    return { error: `${where}${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
}

/**
 * Splits YAML (`---`) or TOML (`+++`, as Hugo writes it) front matter from the article text. A file
 * without front matter is all body. Front matter that cannot be parsed stops the import with the
 * line at fault, because guessing past it would import a broken header as article text.
 */
export function splitInputFrontMatter(text: string): SplitInput {
  const newline = text.indexOf('\n');
  const opening = newline < 0 ? text : text.slice(0, newline);
  const format = FENCES.yaml.test(opening) ? 'yaml' : FENCES.toml.test(opening) ? 'toml' : undefined;
  const all: SplitInput = { ok: true, parts: { data: {}, body: text } };
  if (!format || newline < 0) return all;
  const rest = text.slice(newline + 1);
  if (!FIELD_LINE[format].test(firstFieldLine(rest))) return all;
  const fence = format === 'yaml' ? '---' : '+++';
  const closing = FENCES[format].exec(rest);
  if (!closing)
    return {
      ok: false,
      message: `the front matter opened by the ${fence} on line 1 is never closed: add a ${fence} line after its last field`,
    };
  const parsed = (format === 'yaml' ? parseYaml : parseTomlText)(rest.slice(0, closing.index));
  if (parsed.error !== undefined)
    return { ok: false, message: `the ${format.toUpperCase()} front matter cannot be read (${parsed.error})` };
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return { ok: false, message: `the front matter between the ${fence} lines is not a list of fields (key: value)` };
  }
  const body = rest.slice(closing.index + closing[0].length).replace(/^\n/, '');
  return { ok: true, parts: { format, data: parsed.data as Record<string, unknown>, body } };
}

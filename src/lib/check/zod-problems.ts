import { z } from 'astro/zod';
import { unknownIdHint, nearest } from './suggest.ts';
import { formatPath, type FieldPath, type Finding, type Located } from './problems.ts';
import { unwrapSchema } from './zod-shape.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The object schema found at `path` inside `schema`, if there is one (for listing allowed fields). */
function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = unwrapSchema(schema).core;
  for (const key of path) {
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (typeof key === 'number' && def.type === 'array' && def.element) current = unwrapSchema(def.element).core;
    else if (typeof key === 'string' && def.type === 'object' && def.shape?.[key])
      current = unwrapSchema(def.shape[key]).core;
    else return undefined;
  }
  return current;
}

function allowedKeys(schema: AnySchema, path: FieldPath): string[] {
  const at = schemaAt(schema, path);
  const def = at?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/**
 * Turns one zod issue into problems an editor can act on: plain words, the field path, and a hint
 * (the allowed fields and the nearest one for a misspelt key; the allowed values for an enum).
 */
function issueToFindings(issue: Issue, schema: AnySchema, at: Located): Finding[] {
  const path = issue.path as FieldPath;
  const make = (fieldPath: FieldPath, message: string, hint?: string): Finding => ({
    at,
    path: fieldPath,
    message,
    ...(hint === undefined ? {} : { hint }),
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => {
        const match = nearest(key, allowed);
        const list = `Allowed fields here: ${allowed.join(', ')}.`;
        return make([...path, key], `unknown field "${key}"`, match ? `Did you mean "${match}"? ${list}` : list);
      });
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const input = (issue as { input?: unknown }).input;
      return [
        make(
          path,
          `${describe(input)} is not allowed here: expected one of ${options.join(', ')}`,
          typeof input === 'string' ? unknownIdHint(input, options, 'values') : `Use one of: ${options.join(', ')}.`,
        ),
      ];
    }
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined)
        return [make(path, `the required field "${String(path.at(-1))}" is missing`, `Add ${formatPath(path)}.`)];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [make(path, `expected ${expected}, found ${describe(input)}`)];
    }
    case 'invalid_union': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined)
        return [make(path, `the required field "${String(path.at(-1))}" is missing`, `Add ${formatPath(path)}.`)];
      return [make(path, issue.message)];
    }
    case 'custom': {
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      return [make(path, issue.message, typeof hint === 'string' ? hint : undefined)];
    }
    default:
      return [make(path, issue.message)];
  }
}

/** Validates the data of the file `at` against `schema`; returns the parsed value or every finding, never throws. */
export function validate<T extends AnySchema>(
  schema: T,
  data: unknown,
  at: Located,
): { ok: true; value: z.output<T> } | { ok: false; findings: Finding[] } {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, findings: result.error.issues.flatMap((issue) => issueToFindings(issue, schema, at)) };
}

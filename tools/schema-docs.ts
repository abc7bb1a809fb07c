import ts from 'typescript';
import { z } from 'astro/zod';
import { arrayElement, unwrapSchema } from '../src/lib/check/zod-shape.ts';

type AnySchema = z.core.$ZodType;

/** The doc comment of every field of every `z.strictObject({...})` declared as a const, by const name then key. */
export function fieldComments(sourceText: string, fileName = 'schema.ts'): Map<string, Map<string, string>> {
  const file = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const byConst = new Map<string, Map<string, string>>();
  const visit = (node: ts.Node, constName: string | undefined): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) constName = node.name.text;
    if (
      constName &&
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'strictObject'
    ) {
      const literal = node.arguments[0];
      if (literal && ts.isObjectLiteralExpression(literal)) {
        const fields = byConst.get(constName) ?? new Map<string, string>();
        for (const property of literal.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
          const doc = ts
            .getJSDocCommentsAndTags(property)
            .map((comment) =>
              typeof comment.comment === 'string' ? comment.comment : (ts.getTextOfJSDocComment(comment.comment) ?? ''),
            )
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
          fields.set(property.name.text, doc);
        }
        byConst.set(constName, fields);
      }
    }
    ts.forEachChild(node, (child) => visit(child, constName));
  };
  visit(file, undefined);
  return byConst;
}

/** One row of the field reference. */
export interface FieldDoc {
  /** e.g. `claims[].figures[].metric`. */
  path: string;
  /** e.g. `text`, `one of: go, rust`, `list`, `date (YYYY-MM-DD)`. */
  type: string;
  required: boolean;
  description: string;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  options?: AnySchema[];
}

const def = (schema: AnySchema) => schema._zod.def as unknown as Def;

function describeType(schema: AnySchema): string {
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${Object.values(d.entries ?? {}).join(', ')}`;
    case 'union':
      return (d.options ?? []).some((option) => def(option).type === 'date')
        ? 'date (YYYY-MM-DD)'
        : 'one of several forms';
    case 'array':
      return 'list';
    case 'object':
      return 'group of fields';
    default:
      return d.type;
  }
}

/**
 * Walks a zod object schema and pairs every field with its doc comment, found through `names`
 * (which exported const each object schema is) and `comments` (from {@link fieldComments}).
 */
export function fieldDocs(
  schema: AnySchema,
  names: Map<AnySchema, string>,
  comments: Map<string, Map<string, string>>,
  prefix = '',
): FieldDoc[] {
  const { core } = unwrapSchema(schema);
  const d = def(core);
  if (d.type !== 'object' || !d.shape) return [];
  const docs = comments.get(names.get(core) ?? '') ?? new Map<string, string>();
  return Object.entries(d.shape).flatMap(([key, field]) => {
    const { core: inner, optional } = unwrapSchema(field);
    const path = `${prefix}${key}`;
    const innerDef = def(inner);
    const listed = arrayElement(inner);
    const element = listed && unwrapSchema(listed).core;
    const type = element
      ? `list of ${def(element).type === 'object' ? 'groups of fields' : describeType(element)}`
      : describeType(inner);
    const row: FieldDoc = { path, type, required: !optional, description: docs.get(key) ?? '' };
    const nested = element
      ? fieldDocs(element, names, comments, `${path}[].`)
      : innerDef.type === 'object'
        ? fieldDocs(inner, names, comments, `${path}.`)
        : [];
    return [row, ...nested];
  });
}

/** The field reference as a Markdown table. */
export function fieldTable(rows: readonly FieldDoc[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| field | type | required | what belongs there |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.path}\` | ${escape(row.type)} | ${row.required ? 'yes' : 'no'} | ${escape(row.description)} |`,
    ),
  ].join('\n');
}

/** Adds each field's doc comment to a JSON Schema as `description`, so editors show it on hover. */
export function withDescriptions(
  jsonSchema: Record<string, unknown>,
  rows: readonly FieldDoc[],
): Record<string, unknown> {
  const byPath = new Map(rows.map((row) => [row.path, row.description]));
  const visit = (node: Record<string, unknown>, prefix: string) => {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties) {
      for (const [key, child] of Object.entries(properties)) {
        const path = `${prefix}${key}`;
        const description = byPath.get(path);
        if (description) child.description = description;
        visit(child, `${path}.`);
        const items = child.items as Record<string, unknown> | undefined;
        if (items) visit(items, `${path}[].`);
      }
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      for (const option of (node[key] as Array<Record<string, unknown>> | undefined) ?? []) visit(option, prefix);
    }
  };
  visit(jsonSchema, '');
  return jsonSchema;
}

/**
 * Lists the known ids as an `enum` on every id field named like a reference (`topic`,
 * `useCase`, `topics[]`…), so an editor completes them and flags a typo as it is typed. The
 * pattern stays; a vocabulary with no ids adds nothing. The check still resolves every reference.
 */
export function withIdEnums(
  jsonSchema: Record<string, unknown>,
  references: Record<string, readonly string[]>,
): Record<string, unknown> {
  const visit = (node: Record<string, unknown>) => {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) {
      const ids = Object.hasOwn(references, key) ? references[key]! : [];
      const target =
        child.type === 'array'
          ? (child.items as Record<string, unknown> | undefined)
          : (child as Record<string, unknown>);
      // A reference is an id, with the id's pattern: a text field of the same name (a topic's `question`) is not.
      if (ids.length && target?.type === 'string' && typeof target.pattern === 'string') target.enum = [...ids];
      visit(child);
    }
    const items = node.items as Record<string, unknown> | undefined;
    if (items) visit(items);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      for (const option of (node[key] as Array<Record<string, unknown>> | undefined) ?? []) visit(option);
    }
  };
  visit(jsonSchema);
  return jsonSchema;
}

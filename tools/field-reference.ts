import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { readIds } from '../scripts/vocabulary.ts';
import { fieldComments, fieldDocs, fieldTable, withDescriptions, withIdEnums } from './schema-docs.ts';

type AnySchema = z.core.$ZodType;

const isSchema = (value: unknown): value is AnySchema => typeof value === 'object' && value !== null && '_zod' in value;

/**
 * Everything generated from src/schemas: the editors' field reference and the JSON Schemas their
 * editor uses for completion. Returned as file path → content, so the generator writes them and a
 * test checks the committed copies are current.
 */
export async function buildReference(root: string): Promise<Map<string, string>> {
  const dir = join(root, 'src', 'schemas');
  const names = new Map<AnySchema, string>();
  const comments = new Map<string, Map<string, string>>();
  const exports: Record<string, AnySchema> = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const path = join(dir, file);
    for (const [name, fields] of fieldComments(readFileSync(path, 'utf8'), file)) comments.set(name, fields);
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isSchema(value)) {
        names.set(value, name);
        exports[name] = value;
      }
    }
  }
  const sections = [
    {
      title: 'Source front matter',
      file: 'content/sources/<slug>.mdx',
      schema: exports.sourceFieldsSchema!,
      json: 'schemas/source.schema.json',
      list: false,
    },
    {
      title: 'Topics',
      file: 'content/topics.yaml (a list of these)',
      schema: exports.topicSchema!,
      json: 'schemas/topics.schema.json',
      list: true,
    },
    {
      title: 'Metrics',
      file: 'content/metrics.yaml (a list of these)',
      schema: exports.metricSchema!,
      json: 'schemas/metrics.schema.json',
      list: true,
    },
    {
      title: 'Use cases',
      file: 'content/use-cases.yaml (a list of these)',
      schema: exports.useCaseSchema!,
      json: 'schemas/use-cases.schema.json',
      list: true,
    },
    {
      title: 'Questions',
      file: 'content/questions.yaml (a list of these)',
      schema: exports.questionSchema!,
      json: 'schemas/questions.schema.json',
      list: true,
    },
    {
      title: 'Cases',
      file: 'content/cases.yaml (a list of these questions)',
      schema: exports.caseQuestionSchema!,
      json: 'schemas/cases.schema.json',
      list: true,
    },
    {
      title: 'Source kinds',
      file: 'content/source-kinds.yaml (a list of these)',
      schema: exports.sourceKindSchema!,
      json: 'schemas/source-kinds.schema.json',
      list: true,
    },
    {
      title: 'Corrections',
      file: 'content/corrections.yaml (a list of these)',
      schema: exports.correctionSchema!,
      json: 'schemas/corrections.schema.json',
      list: true,
    },
  ];
  // The ids a reference may name, so an editor's YAML support completes and checks them.
  const ids = {
    topic: readIds(root, 'topics.yaml'),
    useCase: readIds(root, 'use-cases.yaml'),
    question: readIds(root, 'questions.yaml'),
    metric: readIds(root, 'metrics.yaml'),
  };
  const references = {
    topic: ids.topic,
    topics: ids.topic,
    useCase: ids.useCase,
    question: ids.question,
    metric: ids.metric,
  };
  const out = new Map<string, string>();
  const markdown = [
    '<!-- Generated from the doc comments in src/schemas/ by `npm run docs`. Do not edit by hand: a test fails when this file is stale. -->',
    '# Field reference',
    '',
    'Every field an editor can write, what type it takes, whether it is required, and what belongs in it. “Required” means required in a published source; a source with `draft: true` may leave out `kind`, `summary`, `verdict` and `claims` while it is being written.',
  ];
  for (const section of sections) {
    const rows = fieldDocs(section.schema, names, comments);
    markdown.push('', `## ${section.title}`, '', `In \`${section.file}\`.`, '', fieldTable(rows));
    const json = withIdEnums(
      withDescriptions(
        z.toJSONSchema(section.list ? z.array(section.schema) : section.schema, {
          io: 'input',
          unrepresentable: 'any',
        }) as Record<string, unknown>,
        rows,
      ),
      references,
    );
    json.title = section.title;
    out.set(section.json, `${JSON.stringify(json, null, 2)}\n`);
  }
  out.set('docs/field-reference.md', `${markdown.join('\n')}\n`);
  return out;
}

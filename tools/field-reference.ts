import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { EDITORIAL_COMPONENTS, SOURCE_COMPONENTS, type ComponentPolicy } from '../src/lib/text/prose-only.ts';
import { fieldComments, fieldDocs, fieldTable, withDescriptions } from './schema-docs.ts';

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
    {
      title: 'Editorial pages',
      file: 'content/pages/<page>.mdx (the site’s own prose: about.mdx is /about/); a topic’s editors’ summary, content/topics/<topic id>.mdx, has no front matter',
      schema: exports.editorialPageSchema!,
      json: 'schemas/editorial-page.schema.json',
      list: false,
    },
  ];
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
    const json = withDescriptions(
      z.toJSONSchema(section.list ? z.array(section.schema) : section.schema, {
        io: 'input',
        unrepresentable: 'any',
      }) as Record<string, unknown>,
      rows,
    );
    json.title = section.title;
    out.set(section.json, `${JSON.stringify(json, null, 2)}\n`);
  }
  markdown.push(
    '',
    '## Components in MDX bodies',
    '',
    'What a body may use besides prose and MDX comments: each component with literal string props only (src/lib/text/prose-only.ts; anything else is refused). A source body may use:',
    '',
    componentTable(SOURCE_COMPONENTS),
    '',
    'The editorial pages (content/pages/, content/topics/) may use these as well, each showing a current figure; an id that names nothing fails the check:',
    '',
    componentTable(
      Object.fromEntries(
        Object.entries(EDITORIAL_COMPONENTS).filter(([name]) => !Object.hasOwn(SOURCE_COMPONENTS, name)),
      ),
    ),
  );
  out.set('docs/field-reference.md', `${markdown.join('\n')}\n`);
  return out;
}

/** A Markdown table of components: how each is written, and what it shows. */
function componentTable(policy: ComponentPolicy): string {
  const rows = Object.entries(policy).map(([name, rule]) => {
    const props = Object.entries(rule.props)
      .map(([, about]) => (about.required ? about.example : `[${about.example}]`))
      .join(' ');
    const written = rule.children
      ? `<${name}${props ? ` ${props}` : ''}>…</${name}>`
      : `<${name}${props ? ` ${props}` : ''} />`;
    return `| \`${written}\` | ${rule.shows} |`;
  });
  return ['| written | shows |', '| --- | --- |', ...rows].join('\n');
}

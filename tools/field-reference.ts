import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { EDITORIAL_COMPONENTS, SOURCE_COMPONENTS, type ComponentPolicy } from '../src/lib/text/prose-only.ts';
import { jsonSchemaPath, VOCABULARIES, VOCABULARY_KEYS } from '../src/lib/check/vocabularies.ts';
import { readIds } from '../scripts/vocabulary.ts';
import { fieldComments, fieldDocs, fieldTable, withDescriptions, withIdEnums } from './schema-docs.ts';

type AnySchema = z.core.$ZodType;

const isSchema = (value: unknown): value is AnySchema => typeof value === 'object' && value !== null && '_zod' in value;

/** The editor settings: each vocabulary validated with its JSON Schema as it is typed. */
function editorSettings() {
  return {
    'astro.content-intellisense': true,
    'yaml.schemas': Object.fromEntries(
      VOCABULARY_KEYS.map((key) => [`./${jsonSchemaPath(key)}`, `content/${VOCABULARIES[key].file}`]),
    ),
    'files.associations': { 'content/captures/*.txt': 'plaintext' },
  };
}

/**
 * Everything generated from src/schemas: the editors' field reference, the JSON Schemas their
 * editor uses for completion, and the editor settings that tie each vocabulary to its schema.
 * Returned as file path → content, so the generator writes them and a test checks the committed
 * copies are current.
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
    ...VOCABULARY_KEYS.map((key) => ({
      title: VOCABULARIES[key].title,
      file: `content/${VOCABULARIES[key].file} (a list of these${key === 'cases' ? ' questions' : ''})`,
      schema: VOCABULARIES[key].schema as AnySchema,
      json: jsonSchemaPath(key),
      list: true,
    })),
    {
      title: 'Editorial pages',
      file: 'content/pages/<page>.mdx (the site’s own prose: about.mdx is /about/); a topic’s editors’ summary, content/topics/<topic id>.mdx, has no front matter',
      schema: exports.editorialPageSchema!,
      json: 'schemas/editorial-page.schema.json',
      list: false,
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
  out.set('.vscode/settings.json', `${JSON.stringify(editorSettings(), null, 2)}\n`);
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

// The generated JSON Schema (npm run docs) completes and checks ids as an editor types them: the
// YAML language server VS Code's YAML support runs, given schemas/source.schema.json, offers the
// ids of content/topics.yaml after `topic:` and flags one that is not there. The schema is the
// committed one, whose drift from the schemas and vocabularies tests/unit/reference.test.ts checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { readIds } from '../../scripts/vocabulary.ts';
import { withIdEnums } from '../../tools/schema-docs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_URI = 'file:///schemas/source.schema.json';

function service(schema: unknown) {
  const yaml = getLanguageService({
    schemaRequestService: async (uri) => (uri === SCHEMA_URI ? JSON.stringify(schema) : ''),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  yaml.configure({ completion: true, validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.yaml'] }] });
  return yaml;
}

const FRONT_MATTER = `title: An article
claims:
  - id: one
    topic: `;

describe('the generated source schema in a YAML editor', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/source.schema.json'), 'utf8'));

  it('completes a claim’s topic: with the ids of content/topics.yaml', async () => {
    const document = TextDocument.create('file:///front-matter.yaml', 'yaml', 1, FRONT_MATTER);
    const lines = FRONT_MATTER.split('\n');
    const list = await service(schema).doComplete(
      document,
      { line: lines.length - 1, character: lines.at(-1)!.length },
      false,
    );
    const offered = list.items.map((item) => item.label);
    expect(readIds(ROOT, 'topics.yaml').length).toBeGreaterThan(0);
    expect(offered.sort()).toEqual([...readIds(ROOT, 'topics.yaml')].sort());
  });

  it('flags a topic that is not in the vocabulary as it is typed', async () => {
    const text = `${FRONT_MATTER}performence\n    favors: rust\n`;
    const document = TextDocument.create('file:///front-matter.yaml', 'yaml', 1, text);
    const problems = await service(schema).doValidation(document, false);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/Value is not accepted/);
  });

  it('lists the ids of a vocabulary on reference fields only, never on a text field of the same name', () => {
    const listed = withIdEnums(
      {
        type: 'object',
        properties: {
          topic: { type: 'string', pattern: '^[a-z]+$' },
          topics: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } },
          question: { type: 'string', minLength: 1 },
        },
      },
      { topic: ['cost'], topics: ['cost'], question: ['edge'] },
    ) as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };
    expect(listed.properties.topic!.enum).toEqual(['cost']);
    expect(listed.properties.topics!.items!.enum).toEqual(['cost']);
    expect(listed.properties.question!.enum).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReference } from '../../tools/field-reference.ts';
import { fieldComments } from '../../tools/schema-docs.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the generated field reference and JSON Schemas', () => {
  it('are current: regenerate with `npm run docs` when a schema or its comments change', async () => {
    for (const [file, expected] of await buildReference(ROOT)) {
      const actual = readFileSync(join(ROOT, file), 'utf8');
      expect(actual === expected, `${file} is stale: run npm run docs`).toBe(true);
    }
  });

  it('documents every field of the source model', async () => {
    const reference = (await buildReference(ROOT)).get('docs/field-reference.md')!;
    const undocumented = reference.split('\n').filter((line) => /^\| `/.test(line) && / \|\s*\|$/.test(line));
    expect(undocumented).toEqual([]);
  });

  it('carries descriptions into the JSON Schema for editor hovers', async () => {
    const schema = JSON.parse((await buildReference(ROOT)).get('schemas/source.schema.json')!);
    expect(schema.properties.claims.items.properties.favors.description).toBe(
      'Which language the claim favours, as the source says it.',
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('fieldComments', () => {
  it('reads the doc comment of each field of a strict object', () => {
    const source = 'const thing = z.strictObject({\n  /** The name. */\n  name: z.string(),\n  age: z.number(),\n});';
    expect(fieldComments(source).get('thing')).toEqual(
      new Map([
        ['name', 'The name.'],
        ['age', ''],
      ]),
    );
  });
});

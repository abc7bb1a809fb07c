// `npm run docs`: regenerates docs/field-reference.md and schemas/*.schema.json from src/schemas/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildReference } from './field-reference.ts';

const root = process.cwd();
for (const [file, content] of await buildReference(root)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
  console.log(`wrote ${file}`);
}

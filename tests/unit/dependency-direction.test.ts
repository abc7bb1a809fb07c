// Dependencies run one way: schemas ← lib/text ← the check and the site ← the editor commands;
// Markdown plugins never reach into integrations. A module that imports against the direction fails here, with its name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/check-fixture.ts';

/** Every .ts file under `dir`, with the project-relative paths of the local modules it imports. */
function importsUnder(dir: string): Array<{ file: string; imports: string[] }> {
  const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.ts'),
  );
  return files.map((name) => {
    const path = join(ROOT, dir, name);
    const text = readFileSync(path, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^'"]*?from '(\.[^']+)'/gm)].map((match) => match[1]!);
    return {
      file: relative(ROOT, path),
      imports: specifiers.map((specifier) => relative(ROOT, resolve(dirname(path), specifier))),
    };
  });
}

const offending = (dir: string, forbidden: readonly string[]) =>
  importsUnder(dir).flatMap(({ file, imports }) =>
    imports
      .filter((target) => forbidden.some((prefix) => target.startsWith(prefix)))
      .map((target) => `${file} → ${target}`),
  );

describe('the direction of dependencies', () => {
  it('schemas import nothing from src/lib', () => {
    expect(offending('src/schemas', ['src/lib/'])).toEqual([]);
  });

  it('the shared text helpers import nothing from the check, the site or the editor', () => {
    expect(offending('src/lib/text', ['src/lib/check/', 'src/lib/site/'])).toEqual([]);
  });

  it('the site imports nothing from the editor commands (scripts/)', () => {
    expect(offending('src', ['scripts/'])).toEqual([]);
  });

  it('the Markdown plugins import nothing from the integrations', () => {
    expect(offending('src/markdown', ['src/integrations/'])).toEqual([]);
  });
});

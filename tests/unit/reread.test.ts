// Checking again (as `astro dev` does after every save) parses only the sources that changed:
// an unchanged source, with an unchanged capture, is the same read as before; any change is read anew.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/check/load-content.ts';
import { FIXTURES } from '../support/check-fixture.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(): { path: string; captures: string } {
  dir = mkdtempSync(join(tmpdir(), 'gvr-reread-'));
  const captures = join(dir, 'content', 'captures');
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  mkdirSync(captures);
  const path = join(dir, 'content', 'sources', 'valid.mdx');
  writeFileSync(path, readFileSync(join(FIXTURES, 'sources', 'valid.mdx'), 'utf8'));
  writeFileSync(join(captures, 'valid.txt'), 'The capture the article was normalised from.');
  return { path, captures };
}

describe('reading a source again', () => {
  it('keeps the earlier read when neither the file nor its capture changed', () => {
    const { path, captures } = project();
    const first = readSource(path, dir, captures);
    expect(readSource(path, dir, captures, first)).toBe(first);
  });

  it('reads the file anew when it changed', () => {
    const { path, captures } = project();
    const first = readSource(path, dir, captures);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "Renamed"'));
    const again = readSource(path, dir, captures, first);
    expect(again).not.toBe(first);
    expect((again.data as { title: string }).title).toBe('Renamed');
  });

  it('reads the source anew when only its capture changed', () => {
    const { path, captures } = project();
    const first = readSource(path, dir, captures);
    writeFileSync(join(captures, 'valid.txt'), 'A different capture.');
    const again = readSource(path, dir, captures, first);
    expect(again).not.toBe(first);
    expect(again.capture?.text).toBe('A different capture.');
  });
});

// Every npm script runs through tools/with-node.sh: on a Node too old for Astro it runs the command
// with a Node 24 kept under the cache folder and says so in one line; on a recent Node it changes
// nothing. The cached Node is a stand-in here, so nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { supportsAstro } from '../../tools/node-support.mjs';
import { ROOT } from '../support/project-copy.ts';

describe('supportsAstro', () => {
  it.each(['18.20.0', '20.20.2', 'v22.11.0', '22.0.0'])('refuses Node %s', (version) => {
    expect(supportsAstro(version)).toBe(false);
  });

  it.each(['22.12.0', 'v22.18.1', '23.0.0', '24.1.0', '30.0.0'])('accepts Node %s', (version) => {
    expect(supportsAstro(version)).toBe(true);
  });
});

describe('tools/with-node.sh', () => {
  const cache = mkdtempSync(join(tmpdir(), 'gvr-with-node-'));
  const bin = join(cache, 'go-vs-rust', `node-24-${arch() === 'arm64' ? 'arm64' : 'x64'}`, 'package', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, 'node'),
    '#!/bin/sh\nif [ "$1" = --version ]; then echo v24.99.0; else echo "cached node ran: $*"; fi\n',
  );
  chmodSync(join(bin, 'node'), 0o755);
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  const run = (version: string) =>
    spawnSync('bash', ['tools/with-node.sh', 'node', '-p', 'process.version'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache, GVR_NODE_VERSION: version },
    });

  it('runs the command with the cached Node 24 when the machine’s Node is too old, saying so in one line', () => {
    const result = run('20.20.2');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('cached node ran: -p process.version\n');
    expect(result.stderr).toBe(
      `Node 20.20.2 is older than the 22.12 Astro needs: using Node v24.99.0 from ${join(bin, '..', '..')}\n`,
    );
  });

  it('changes nothing when the machine’s Node is recent', () => {
    const result = run('24.1.0');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${process.version}\n`);
    expect(result.stderr).toBe('');
  });
});

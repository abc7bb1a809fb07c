// With `astro dev` running, every change under content/ is checked again: a broken quote is
// reported within seconds, and reported fixed once it is mended, while the server keeps serving;
// a saved body is rendered again.
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, ROOT, tempProject } from './temp-project.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PORT = 4398;
const FILE = 'content/sources/being-edited.mdx';
const QUOTE = 'quote: "Gentle, 1-3 months"';
let project: string;
let server: ChildProcess | undefined;
let log = '';

beforeAll(() => {
  project = tempProject('gvr-dev-recheck-');
  writeFileSync(join(project, FILE), readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8'));
});

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(project, { recursive: true, force: true });
});

function fetchPage(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', () => resolve({ status: 0, body: '' }));
  });
}

const status = async (url: string) => (await fetchPage(url)).status;

/** Waits until `test` holds, checking every 100 ms; false after `ms`. */
async function until(test: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (await test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('astro dev', () => {
  it('checks a source again when it changes, and says when it is fixed', async () => {
    server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: project, stdio: 'pipe', env: childEnv({ NO_COLOR: '1' }) });
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    try {
      expect(await until(async () => (await status(`http://127.0.0.1:${PORT}/`)) === 200, 45_000), log).toBe(true);
      const path = join(project, FILE);
      const valid = readFileSync(path, 'utf8');
      const line = valid.split('\n').findIndex((text) => text.includes(QUOTE)) + 1;

      log = '';
      writeFileSync(path, valid.replace(QUOTE, 'quote: "Gentle, one to three months"'));
      const broken = `${FILE}:${line} claims[1].quote: this text is not in the article body word for word [verbatim-quotes]`;
      expect(await until(() => log.includes(broken), 5_000), log).toBe(true);
      expect(log).toContain('hint: Copy the quote from the body instead of retyping it.');

      log = '';
      writeFileSync(path, valid);
      expect(await until(() => log.includes(`✓ ${FILE}: no problems now`), 5_000), log).toBe(true);
      expect(await status(`http://127.0.0.1:${PORT}/`)).toBe(200);

      // The saved body is rendered again: the source's page shows the new paragraph.
      const page = `http://127.0.0.1:${PORT}/sources/being-edited/`;
      const added = 'A paragraph added while the server runs.';
      expect((await fetchPage(page)).body).not.toContain(added);
      writeFileSync(path, `${valid}\n${added}\n`);
      expect(await until(async () => (await fetchPage(page)).body.includes(added), 10_000), log).toBe(true);
    } finally {
      server.kill('SIGKILL');
    }
  }, 90_000);
});

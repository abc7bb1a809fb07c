// Drafts render in `astro dev` with a banner and never reach a production build.
import { spawn, spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, ROOT, tempProject } from './temp-project.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SLUG = 'draft-in-progress';
let project: string;

beforeAll(() => {
  project = tempProject('gvr-drafts-');
  const valid = readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8');
  writeFileSync(join(project, 'content/sources', `${SLUG}.mdx`), valid.replace('title: "Fixture: a small valid source"', 'title: "A draft in progress"\ndraft: true'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The page's HTML, or '' while the server is not up yet. */
function page(url: string): Promise<string> {
  return new Promise((resolve) => {
    get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(response.statusCode === 200 ? body : ''));
    }).on('error', () => resolve(''));
  });
}

describe('a draft source', () => {
  it('is listed by check', () => {
    const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/check.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Drafts (shown by npm run dev, never published):\n  content/sources/${SLUG}.mdx`);
  });

  it('is left out of a production build, everywhere', () => {
    const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: project, encoding: 'utf8', env: childEnv({ NODE_ENV: 'test' }) });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(project, 'dist/sources', SLUG))).toBe(false);
    // Every published source is built, whatever the real content holds.
    for (const file of readdirSync(join(project, 'content/sources')).filter((name) => name.endsWith('.mdx') && !name.startsWith(SLUG))) {
      expect(existsSync(join(project, 'dist/sources', file.replace(/\.mdx$/, ''), 'index.html')), file).toBe(true);
    }
    for (const page of ['index.html', 'sources/index.html', 'topics/performance/index.html', 'verdicts/index.html']) {
      expect(readFileSync(join(project, 'dist', page), 'utf8'), page).not.toContain('A draft in progress');
    }
  }, 120_000);

  it('renders in astro dev with a visible draft banner', async () => {
    const port = 4399;
    const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: project, stdio: 'pipe', env: childEnv() });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      let html = '';
      for (let attempt = 0; attempt < 60 && !html; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        html = await page(`http://127.0.0.1:${port}/sources/${SLUG}/`);
      }
      expect(html, log).toContain('A draft in progress');
      expect(html).toMatch(/<strong>Draft:<\/strong> this source is not published/);
    } finally {
      server.kill();
    }
  }, 60_000);
});

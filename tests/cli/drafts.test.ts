// Drafts render in `astro dev` with a banner. That they never reach a production build is checked
// on the growth test's build (content-growth.test.ts), which holds two drafts among its sources.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, startDev, tempProject } from '../support/project-copy.ts';

const SLUG = 'draft-in-progress';
let project: string;

beforeAll(() => {
  project = tempProject('gvr-drafts-');
  const valid = readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8');
  writeFileSync(
    join(project, 'content/sources', `${SLUG}.mdx`),
    valid.replace('title: "Fixture: a small valid source"', 'title: "A draft in progress"\ndraft: true'),
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a draft source', () => {
  it('is listed by check', () => {
    const result = runScript(project, 'check');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Drafts (shown by npm run dev, never published):\n  content/sources/${SLUG}.mdx`);
  });

  it('renders in astro dev with a visible draft banner', async () => {
    const server = await startDev(project);
    try {
      const response = await fetch(`${server.origin}/sources/${SLUG}/`);
      const html = await response.text();
      expect(response.status, server.log()).toBe(200);
      expect(html, server.log()).toContain('A draft in progress');
      expect(html).toMatch(/<strong>Draft:<\/strong> this source is not published/);
    } finally {
      server.stop();
    }
  }, 60_000);
});

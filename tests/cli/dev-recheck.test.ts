// With `astro dev` running, every change under content/ is checked again: a broken quote is
// reported within seconds, and reported fixed once it is mended, while the server keeps serving;
// a saved body is rendered again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startDev, tempProject, until, type DevServer } from '../support/project-copy.ts';

const FILE = 'content/sources/being-edited.mdx';
const QUOTE = 'quote: "Gentle, 1-3 months"';
let project: string;
let server: DevServer | undefined;

beforeAll(() => {
  project = tempProject('gvr-dev-recheck-');
  writeFileSync(join(project, FILE), readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8'));
});

afterAll(() => {
  server?.stop();
  rmSync(project, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('checks a source again when it changes, and says when it is fixed', async () => {
    server = await startDev(project);
    const log = server.log;
    try {
      const path = join(project, FILE);
      const valid = readFileSync(path, 'utf8');
      const line = valid.split('\n').findIndex((text) => text.includes(QUOTE)) + 1;

      server.clearLog();
      writeFileSync(path, valid.replace(QUOTE, 'quote: "Gentle, one to three months"'));
      const broken = `${FILE}:${line} claims[1].quote: this text is not in the article body word for word [verbatim-quotes]`;
      expect(await until(() => log().includes(broken), 5_000), log()).toBe(true);
      expect(log()).toContain('hint: Copy the quote from the body instead of retyping it.');

      server.clearLog();
      writeFileSync(path, valid);
      expect(await until(() => log().includes(`✓ ${FILE}: no problems now`), 5_000), log()).toBe(true);
      expect((await fetch(`${server.origin}/`)).status).toBe(200);

      // The saved body is rendered again: the source's page shows the new paragraph.
      const page = `${server.origin}/sources/being-edited/`;
      const body = async () => (await fetch(page)).text();
      const added = 'A paragraph added while the server runs.';
      expect(await body()).not.toContain(added);
      writeFileSync(path, `${valid}\n${added}\n`);
      expect(await until(async () => (await body()).includes(added), 10_000), log()).toBe(true);
    } finally {
      server.stop();
    }
  }, 90_000);
});

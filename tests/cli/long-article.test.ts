// As a new editor meets it: a long article (about 26 KB, four tables of which
// two compare something else, emoji headings, `Result<T, E>` and `{"id": 1}` in the text, no front
// matter) is imported into a throwaway copy and left exactly as the importer wrote it. The draft
// must not break anything: check passes with warnings only and --strict lists what publishing would
// require. The same import, built among twenty sources, neither stops the production build nor
// reaches it (content-growth.test.ts).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, tempProject, type CommandResult } from '../support/project-copy.ts';

const ARTICLE = join(ROOT, 'tests/fixtures/import/long-article.md');
let project: string;
let imported: CommandResult;
let slug: string;

beforeAll(() => {
  project = tempProject('gvr-long-article-');
  imported = runScript(project, 'import', [ARTICLE], { INIT_CWD: project });
  slug = /content\/sources\/([a-z0-9-]+)\.mdx/.exec(imported.stdout)?.[1] ?? '';
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a long article, imported and not yet filled in', () => {
  it('imports, lifting the two comparison tables, leaving the other two in the body and escaping what MDX would misread', () => {
    expect(imported.status, imported.stdout).toBe(0);
    expect(imported.stdout).toContain('Lifted: 2 tables with 13 rows, 5 FAQs');
    expect(imported.stdout).toContain('Left in the body only: 2 tables');
    expect(imported.stdout).toMatch(
      /Escaped so they show as text and never run \(\\< and \\\{ show as < and \{, &#105;mport as import\), on \d+ lines:\n {2}line \d+: < in "…functions return a Result<T, E>, and/,
    );
    const body = readFileSync(join(project, 'content/sources', `${slug}.mdx`), 'utf8');
    expect(body).toContain('Result\\<T, E>');
    expect(body).toContain('```rust\nfn load(id: &str) -> Result<User, Error> {'); // code stays as it is
  });

  it('passes the check with warnings only', () => {
    const { status, output } = runScript(project, 'check');
    expect(status, output).toBe(0);
    expect(output).toMatch(/0 errors and \d+ warnings in 1 file/);
    expect(output).toContain(`Drafts (shown by npm run dev, never published):\n  content/sources/${slug}.mdx`);
  });

  it('with --strict, lists what publishing would require', () => {
    const { status, output } = runScript(project, 'check', ['--strict']);
    expect(status).toBe(1);
    for (const field of ['kind', 'summary', 'verdict'])
      expect(output).toContain(`${field}: the required field "${field}" is missing`);
    expect(output).toContain('claims: a source needs at least one claim');
  });
});

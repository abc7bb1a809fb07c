// The two commands that start a source, run on a temporary copy of the project (never on the real
// content/): what they write, what they refuse, what they print, and that check then passes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempProject } from '../support/project-copy.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const SEED = join(ROOT, 'tests', 'fixtures', 'import', 'hugo-toml-seed.txt');
const SEED_SLUG = 'go-vs-rust-2026-which-is-better-for-backend-language';
const STACK_TRACE = /\n\s+at .*\.[jt]s:\d+/;

let project: string;
let scratch: string;

beforeAll(() => {
  project = tempProject('gvr-new-import-');
  scratch = mkdtempSync(join(tmpdir(), 'gvr-import-input-'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs a script of the temporary project as npm would: from its root, with INIT_CWD where the editor typed. */
function run(script: string, args: string[], initCwd = project) {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', `scripts/${script}.ts`, ...args],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', INIT_CWD: initCwd },
    },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}${result.stderr}`,
  };
}

const inProject = (...path: string[]) => join(project, ...path);

describe('npm run new', { timeout: 60_000 }, () => {
  const file = () => inProject('content/sources/rust-vs-go-a-fresh-look.mdx');

  it('creates a draft named after the title, and says what to do next', () => {
    const { status, stdout } = run('new', ['Rust vs Go: A Fresh Look']);
    expect(status).toBe(0);
    expect(stdout).toContain('Created content/sources/rust-vs-go-a-fresh-look.mdx, a draft.');
    expect(stdout).toContain('Save the article exactly as published as content/captures/rust-vs-go-a-fresh-look.txt');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Run npm run check to see what is still missing.');
    expect(readFileSync(file(), 'utf8')).toMatch(
      /^---\n[^]*\ntitle: "Rust vs Go: A Fresh Look" +# [^]*\ndraft: true +# [^]*\n---\n\n\{\/\* Paste/,
    );
  });

  it('refuses to overwrite the file', () => {
    writeFileSync(file(), `${readFileSync(file(), 'utf8')}\nEdited by hand.\n`);
    const { status, stderr } = run('new', ['Rust vs Go: A Fresh Look']);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'new: content/sources/rust-vs-go-a-fresh-look.mdx already exists, and new never overwrites. Pick another name with --slug <name>.\n',
    );
    expect(readFileSync(file(), 'utf8')).toContain('Edited by hand.');
  });

  it('takes an unquoted title and --slug', () => {
    const { status } = run('new', ['Rust', 'vs', 'Go', 'again', '--slug', 'fresh-look-again']);
    expect(status).toBe(0);
    expect(readFileSync(inProject('content/sources/fresh-look-again.mdx'), 'utf8')).toContain(
      'title: "Rust vs Go again"',
    );
  });

  it('explains its usage when the title is missing or an option is unknown', () => {
    for (const args of [[], ['--sluggish', 'x', 'Title']]) {
      const { status, stderr } = run('new', args);
      expect(status).toBe(1);
      expect(stderr).toContain('Usage: npm run new -- "<article title>" [--slug <slug>]');
      expect(stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('runs through npm, as package.json wires it', () => {
    const npm = join(dirname(process.execPath), 'npm');
    const result = spawnSync(existsSync(npm) ? npm : 'npm', ['run', 'new', '--', 'Through npm'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created content/sources/through-npm.mdx, a draft.');
  });
});

describe('npm run import', { timeout: 60_000 }, () => {
  const source = () => inProject(`content/sources/${SEED_SLUG}.mdx`);
  const capture = () => inProject(`content/captures/${SEED_SLUG}.txt`);

  it('imports the 001 seed as a draft, copies it unchanged, and prints the report', () => {
    const { status, stdout, stderr } = run('import', [SEED]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readFileSync(capture())).toEqual(readFileSync(SEED));
    expect(readFileSync(source(), 'utf8')).toMatch(/^---\n[^]*\ndraft: true +# [^]*\n---\n\n## Quick Verdict\n/);
    for (const line of [
      `Imported ${SEED} as a draft:`,
      `  content/sources/${SEED_SLUG}.mdx   the draft: front matter and the article as Markdown`,
      `  content/captures/${SEED_SLUG}.txt   the file, copied unchanged`,
      'Title: "Go vs Rust (2026): Which is Better for Backend Language?" (from the front matter)',
      'Front matter (TOML): used title, date → published, lastmod → updated, description → summary',
      'Dropped front-matter keys: draft, tags, categories, keywords',
      'Lifted: 1 table with 7 rows, 3 FAQs',
      `Still to do in content/sources/${SEED_SLUG}.mdx:`,
      '"<U+F8FF>üîç" looks like mis-decoded text (UTF-8 read as Mac Roman; probably "🔍")',
      'tables[0].rows[0].topic: "Pricing Model" is topic: todo: set an id from content/topics.yaml.',
      'faqs[1].topic: "Can I use both Go and Rust together in the same project?" is topic: todo',
    ]) {
      expect(stdout).toContain(line);
    }
    const todo = stdout.split('\n').filter((line) => /^ {2}\d+\. /.test(line));
    expect(todo.map((line) => Number(/\d+/.exec(line)![0]))).toEqual(todo.map((_, i) => i + 1));
    for (const field of ['kind', 'summary', 'verdict', 'claims', 'disclosure'])
      expect(
        todo.some((line) => line.includes(`. ${field}: `)),
        field,
      ).toBe(true);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Run npm run check to see what is still missing.');
  });

  it('refuses to overwrite the draft or the capture', () => {
    writeFileSync(source(), 'edited');
    const again = run('import', [SEED]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `import: content/sources/${SEED_SLUG}.mdx already exists, and import never overwrites. Delete it first, or import under another name with --slug <name>.\n`,
    );
    expect(readFileSync(source(), 'utf8')).toBe('edited');
    // A capture alone is enough to refuse: it may be the original of a source being written.
    writeFileSync(inProject('content/captures/capture-only.txt'), 'original');
    const captureOnly = run('import', [SEED, '--slug', 'capture-only']);
    expect(captureOnly.status).toBe(1);
    expect(captureOnly.stderr).toContain('content/captures/capture-only.txt already exists');
    expect(existsSync(inProject('content/sources/capture-only.mdx'))).toBe(false);
    expect(readFileSync(inProject('content/captures/capture-only.txt'), 'utf8')).toBe('original');
  });

  it('imports under another name with --slug, and reads a path relative to where npm was run', () => {
    expect(run('import', [SEED, '--slug', 'seed-again']).status).toBe(0);
    const relative = run('import', ['no-front-matter.md'], FIXTURES);
    expect(relative.status, relative.stderr).toBe(0);
    expect(relative.stdout).toContain(`Imported ${join(FIXTURES, 'no-front-matter.md')} as a draft:`);
    expect(existsSync(inProject('content/sources/go-vs-rust-in-practice.mdx'))).toBe(true);
  });

  it('gives a clear message and exit code 1 for odd input, never a stack trace', () => {
    const empty = join(scratch, 'empty.md');
    const binary = join(scratch, 'picture.png');
    const folder = join(scratch, 'folder');
    writeFileSync(empty, '');
    const huge = join(scratch, 'huge.md');
    writeFileSync(huge, `# Go vs Rust\n\n${'Rust is fast.\n\n'.repeat(140_000)}`);
    writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    mkdirSync(folder);
    const cases: Array<[string[], string]> = [
      [[join(scratch, 'missing.md')], `import: there is no file ${join(scratch, 'missing.md')}`],
      [[folder], `import: ${folder} is not a file`],
      [[empty], 'the file is empty: save the article’s text in it first'],
      [
        [huge],
        `import: ${huge} is 2,100,014 bytes, over the limit of 2,000,000 bytes for a capture: import one article, saved once`,
      ],
      [[join(FIXTURES, 'page.html')], 'this is an HTML page, not an article'],
      [[binary], 'this is not a text file (it contains NUL bytes)'],
      [[join(FIXTURES, 'long-first-line.txt')], 'cannot tell the article’s title'],
      [[join(FIXTURES, 'no-front-matter.md'), '--slug', 'Bad Slug'], '--slug "Bad Slug" is not a slug'],
      [[], 'Usage: npm run import -- <file> [--slug <slug>] [--title "<headline>"]'],
      [[empty, binary], 'give one file at a time'],
      [['--colour', empty], 'Usage: npm run import'],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = run('import', args);
      expect(status, args.join(' ')).toBe(1);
      expect(stderr, args.join(' ')).toContain(message);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(stdout).toBe('');
    }
    expect(existsSync(inProject('content/sources/empty.mdx'))).toBe(false);
  });

  it('takes --title when the file has no title it can find', () => {
    const { status, stdout } = run('import', [join(FIXTURES, 'long-first-line.txt'), '--title', 'Go vs Rust 2026']);
    expect(status).toBe(0);
    expect(stdout).toContain('Title: "Go vs Rust 2026" (from the --title option)');
    expect(existsSync(inProject('content/sources/go-vs-rust-2026.mdx'))).toBe(true);
  });
});

describe('npm run check after new and import', { timeout: 60_000 }, () => {
  it('passes, with the new drafts’ problems as warnings only', () => {
    // The hand-edited draft from the overwrite test is not a source any more; put the import back.
    rmSync(inProject(`content/sources/${SEED_SLUG}.mdx`));
    rmSync(inProject(`content/captures/${SEED_SLUG}.txt`));
    expect(run('import', [SEED]).status).toBe(0);
    const { status, stdout } = run('check', []);
    expect(status, stdout).toBe(0);
    expect(stdout).toMatch(/\n0 errors and \d+ warnings in \d+ files\n/);
    const drafts = stdout.split('Drafts (shown by npm run dev, never published):\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(drafts.sort()).toEqual(
      [
        'fresh-look-again',
        'go-vs-rust-2026',
        'go-vs-rust-in-practice',
        'rust-vs-go-a-fresh-look',
        'seed-again',
        SEED_SLUG,
        'through-npm',
      ]
        .map((slug) => `  content/sources/${slug}.mdx`)
        .sort(),
    );
    expect(stdout).not.toMatch(/verbatim-quotes|tables-match/);
    expect(stdout).toMatch(/✓ checked \d+ sources/);
  });
});

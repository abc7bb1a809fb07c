// A tree holding every kind of hostile source the security probes found: `npm run check` refuses
// each by name, quickly, without crashing, running anything or printing what a link points at, and
// a build of the same tree stops at the report with nothing run and nothing published.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasBomb } from '../support/builders.ts';
import { build as astroBuild, ROOT, runScript, tempProject } from '../support/project-copy.ts';

let project: string;
let outside: string;
let check: { status: number | null; output: string; seconds: number };
let build: { status: number | null; output: string };

const VALID = readFileSync(join(ROOT, 'tests/fixtures/sources/valid.mdx'), 'utf8');
const LONG_SLUG = `probe-${'x'.repeat(244)}`;

const CANARY = { PROBE_CANARY: 'canary-env-7f3a' };

/** Runs a command with the canary in its environment, and how long it took. */
function timed<T>(run: () => T): T & { seconds: number } {
  const started = performance.now();
  return { ...run(), seconds: (performance.now() - started) / 1000 };
}

beforeAll(() => {
  project = tempProject('gvr-security-');
  outside = mkdtempSync(join(tmpdir(), 'gvr-outside-'));
  const sources = join(project, 'content/sources');
  const add = (name: string, text: string | Buffer) => writeFileSync(join(sources, name), text);
  writeFileSync(join(outside, 'secret.txt'), 'canary-file-91bd\n');
  add(
    'probe-code.mdx',
    `${VALID}\nimport { execSync } from 'node:child_process'\n\nexport const out = execSync('touch ${outside}/pwned; id').toString()\n\nOutput: {out} Home: {process.env.PROBE_CANARY}\n`,
  );
  add(
    'probe-markup.mdx',
    `${VALID}\n<meta http-equiv="refresh" content="0;url=https://evil.example/phish" />\n\n[js](javascript:alert(1))\n\n<script src="https://evil.example/x.js"></script>\n`,
  );
  add('probe-component.mdx', `${VALID}\n<NotAComponent foo="bar" />\n`);
  // Code hidden where a reader of the text might not look: a prop, a spread, after a comment, in
  // the prop of a component the site allows, in a second front matter, and inside an autolink.
  const pwn = (label: string) =>
    `process.getBuiltinModule('node:fs').writeFileSync('${outside}/pwned-${label}', process.env.PROBE_CANARY)`;
  add('probe-attribute.mdx', `${VALID}\n<span title={${pwn('attribute')}}>x</span>\n`);
  add('probe-spread.mdx', `${VALID}\n<EditorNote date="2026-12-05" {...${pwn('spread')}}>A note.</EditorNote>\n`);
  add('probe-comment.mdx', `${VALID}\n{/* just a comment */ ${pwn('comment')}}\n`);
  add('probe-allowed-prop.mdx', `${VALID}\n<EditorNote date={${pwn('prop')}}>A note.</EditorNote>\n`);
  add(
    'probe-second-front-matter.mdx',
    VALID.replace(/\n---\n/, `\n---\n---\nexport const leak = ${pwn('front-matter')}\n---\n`),
  );
  add('probe-autolink.mdx', `${VALID}\nSee https://example.com/{${pwn('autolink')}} today.\n`);
  add('probe-abort.mdx', `${VALID}\n${'Rust is "fast" and Go is "simple".\n'.repeat(8000)}`);
  add(
    'probe-utf8.mdx',
    Buffer.concat([Buffer.from(VALID.replace('title: "Fixture', 'title: "Probe')), Buffer.from([0xff, 0xfe, 0xc3])]),
  );
  add('probe-bomb.mdx', aliasBomb());
  add(`${LONG_SLUG}.mdx`, VALID);
  writeFileSync(join(outside, 'outside.mdx'), `${VALID}\nOUTSIDE-CANARY\n`);
  symlinkSync(join(outside, 'outside.mdx'), join(sources, 'leak.mdx'));
  symlinkSync('/nonexistent/file', join(sources, 'dangling.mdx'));
  mkdirSync(join(sources, 'folder-source.mdx'));
  add('probe-capture.mdx', VALID);
  symlinkSync(join(outside, 'secret.txt'), join(project, 'content/captures/probe-capture.txt'));
  check = timed(() => runScript(project, 'check', [], CANARY));
  build = astroBuild(project, { env: CANARY });
}, 400_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Each hostile file, and what the check must say of it. */
const REFUSED: Array<[string, string]> = [
  ['content/sources/probe-code.mdx:', 'the body has an import or export line, which MDX runs as JavaScript'],
  ['content/sources/probe-code.mdx:', 'the body has an expression {out}, which MDX evaluates as JavaScript'],
  ['content/sources/probe-markup.mdx:', 'the body has markup (<meta>)'],
  ['content/sources/probe-markup.mdx:', 'the body has a link to "javascript:alert(1)"'],
  ['content/sources/probe-markup.mdx:', 'the body has markup (<script>)'],
  [
    'content/sources/probe-component.mdx:',
    "the body has a component <NotAComponent> that is not one of the site's components",
  ],
  ['content/sources/probe-attribute.mdx:', 'the body has markup (<span>)'],
  ['content/sources/probe-spread.mdx:', 'the body has a spread {...process.getBuiltinModule'],
  ['content/sources/probe-comment.mdx:', 'the body has an expression {/* just a comment */ process.getBuil'],
  ['content/sources/probe-allowed-prop.mdx:', "<EditorNote>'s prop date is an expression {process.getBuiltinModule"],
  ['content/sources/probe-second-front-matter.mdx:', 'the body starts with a second front-matter block'],
  ['content/sources/probe-autolink.mdx:', 'with braces, which MDX without autolinks evaluates as an expression'],
  ['content/sources/probe-abort.mdx:', 'a paragraph is longer than 20,000 characters'],
  ['content/sources/probe-utf8.mdx:', 'the file is not UTF-8 text'],
  ['content/sources/probe-bomb.mdx:', 'the front matter expands to more than 100,000 values'],
  ['content/sources/leak.mdx', 'the file is a symbolic link'],
  ['content/sources/dangling.mdx', 'the file is a symbolic link'],
  ['content/sources/folder-source.mdx', 'the path is a directory, not a regular file'],
  ['content/captures/probe-capture.txt', 'the file is a symbolic link'],
  [`content/sources/${LONG_SLUG}.mdx`, 'the file name is 250 characters long, over the limit of 80'],
];

describe('npm run check on a hostile tree', () => {
  it('fails, within a minute, without crashing', () => {
    expect(check.status, check.output).toBe(1);
    expect(check.seconds).toBeLessThan(60);
    expect(check.output).not.toMatch(/could not run|crashed|panicked|Aborted/);
  });

  it.each(REFUSED)('names %s: %s', (file, message) => {
    // The file's block in the report holds the message.
    const block = check.output.slice(check.output.indexOf(`${file.replace(/:$/, '')}\n`));
    expect(block.slice(0, block.indexOf('\n\n') === -1 ? undefined : block.indexOf('\n\n'))).toContain(message);
  });

  it('runs nothing and prints nothing a link points at, nor the environment', () => {
    expect(existsSync(join(outside, 'pwned'))).toBe(false);
    expect(readdirSync(outside).filter((name) => name.startsWith('pwned'))).toEqual([]);
    expect(check.output).not.toMatch(/canary-file-91bd|OUTSIDE-CANARY|canary-env-7f3a|root:x:0/);
  });
});

describe('npm run build on the same tree', () => {
  it('stops at the content report: nothing run, nothing published', () => {
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain('The content has problems');
    for (const [file] of REFUSED) expect(build.output).toContain(file.replace(/:$/, ''));
    expect(readdirSync(outside).filter((name) => name.startsWith('pwned'))).toEqual([]);
    expect(existsSync(join(project, 'dist/sources'))).toBe(false);
    expect(build.output).not.toMatch(/canary-file-91bd|OUTSIDE-CANARY|canary-env-7f3a|panicked|Invalid string length/);
  });
});

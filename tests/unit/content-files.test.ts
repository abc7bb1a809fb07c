// Hostile files and sizes: what the check refuses when it reads content, by name, without
// crashing, leaking what a link points at, or taking long.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import {
  MAX_CAPTURE_BYTES,
  MAX_FRONT_MATTER_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SLUG_CHARS,
  MAX_SOURCE_BYTES,
  MAX_VOCABULARY_BYTES,
} from '../../src/lib/text/limits.ts';
import { loadContent } from '../../src/lib/check/load-content.ts';
import type { Problem } from '../../src/lib/check/problems.ts';
import { VOCABULARIES, VOCABULARY_KEYS } from '../../src/lib/check/vocabularies.ts';
import { closestPassage, searchable } from '../../src/lib/text/passages.ts';
import { aliasBomb } from '../support/builders.ts';
import { FIXTURES, TODAY, realVocabularies } from '../support/check-fixture.ts';

const VALID = readFileSync(join(FIXTURES, 'sources', 'valid.mdx'), 'utf8');
let root: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gvr-files-'));
  outside = mkdtempSync(join(tmpdir(), 'gvr-outside-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  mkdirSync(join(root, 'content', 'captures'), { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Checks `root`'s sources against the real vocabularies; the problems as "file:line message". */
function check(): Problem[] {
  const real = realVocabularies();
  const raw = loadContent(root);
  return checkParsedContent({ ...real, sources: raw.sources }, TODAY).problems;
}
const said = (problems: Problem[]) =>
  problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.message}`);
const source = (name: string, text: string | Buffer) => writeFileSync(join(root, 'content', 'sources', name), text);

describe('symlinks and non-files', () => {
  it('refuses a source that links out of the repository, without publishing or reading it', () => {
    writeFileSync(join(outside, 'leak.mdx'), `${VALID}\nOUTSIDE-CANARY\n`);
    symlinkSync(join(outside, 'leak.mdx'), join(root, 'content', 'sources', 'leak.mdx'));
    const problems = check();
    expect(said(problems)).toEqual(['content/sources/leak.mdx: the file is a symbolic link']);
    expect(JSON.stringify(problems)).not.toContain('OUTSIDE-CANARY');
  });

  it('refuses a capture that links to a secret, and never prints its contents', () => {
    writeFileSync(join(outside, 'secret.txt'), 'canary-file-91bd\n');
    source('probe.mdx', VALID);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'content', 'captures', 'probe.txt'));
    const problems = check();
    expect(said(problems)).toContain('content/captures/probe.txt: the file is a symbolic link');
    expect(JSON.stringify(problems)).not.toContain('canary-file-91bd');
  });

  it('names a dangling symlink and a directory named like a source instead of crashing', () => {
    symlinkSync('/nonexistent/file', join(root, 'content', 'sources', 'dangling.mdx'));
    mkdirSync(join(root, 'content', 'sources', 'folder.mdx'));
    expect(said(check())).toEqual([
      'content/sources/dangling.mdx: the file is a symbolic link',
      'content/sources/folder.mdx: the path is a directory, not a regular file',
    ]);
  });
});

describe('linked folders and vocabulary files', () => {
  /** The whole content under `root` as read, the vocabularies copied in from the real ones. */
  const checkAll = () => {
    for (const name of ['topics', 'metrics', 'use-cases', 'questions', 'cases', 'source-kinds'])
      writeFileSync(join(root, 'content', `${name}.yaml`), readFileSync(join(FIXTURES, 'vocabulary', `${name}.yaml`)));
    return checkParsedContent(loadContent(root), TODAY).problems;
  };

  it('refuses a linked content/captures folder by name and reads nothing in it', () => {
    writeFileSync(join(outside, 'secret.txt'), 'canary-file-5e2a\n');
    rmSync(join(root, 'content', 'captures'), { recursive: true });
    symlinkSync(outside, join(root, 'content', 'captures'));
    source('secret.mdx', VALID);
    const problems = checkAll();
    expect(said(problems)).toContain('content/captures: the folder is a symbolic link, so nothing in it was read');
    expect(JSON.stringify(problems)).not.toContain('canary-file-5e2a');
  });

  it('refuses a linked content/sources folder by name and reads no source in it', () => {
    writeFileSync(join(outside, 'outside-file.mdx'), `${VALID}\nOUTSIDE-CANARY\n`);
    rmSync(join(root, 'content', 'sources'), { recursive: true });
    symlinkSync(outside, join(root, 'content', 'sources'));
    const content = loadContent(root);
    expect(content.sources).toEqual([]);
    const problems = checkAll();
    expect(said(problems)).toContain('content/sources: the folder is a symbolic link, so nothing in it was read');
    expect(JSON.stringify(problems)).not.toContain('OUTSIDE-CANARY');
  });

  it('refuses a vocabulary file that is a symbolic link, before reading it', () => {
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
    source('valid.mdx', VALID);
    checkAll();
    rmSync(join(root, 'content', 'topics.yaml'));
    symlinkSync(join(outside, 'passwd'), join(root, 'content', 'topics.yaml'));
    const content = loadContent(root);
    expect(content.topics.data).toEqual([]);
    const problems = checkParsedContent(content, TODAY).problems;
    expect(said(problems)).toContain('content/topics.yaml: the file is a symbolic link, so nothing in it was read');
    expect(JSON.stringify(problems)).not.toContain('root:x');
  });
});

describe('encodings', () => {
  it('refuses invalid UTF-8 on its line', () => {
    source(
      'bad-bytes.mdx',
      Buffer.concat([Buffer.from('---\ntitle: "A'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"\n---\n')]),
    );
    expect(said(check())).toEqual(['content/sources/bad-bytes.mdx:2 the file is not UTF-8 text']);
  });

  it('names a byte-order mark, and a NUL byte on its own line', () => {
    source('bom.mdx', `\ufeff${VALID}`);
    source('nul.mdx', VALID.replace('summary: "A minimal', 'summary: "A\0 minimal'));
    expect(said(check())).toEqual([
      'content/sources/bom.mdx:1 the file starts with a byte-order mark (an invisible U+FEFF)',
      'content/sources/nul.mdx:7 the file contains a NUL byte',
    ]);
  });
});

describe('limits', () => {
  it('refuses a source or a capture over its size limit', () => {
    const big = `${VALID}\n${'Rust is fast.\n\n'.repeat(Math.ceil(MAX_SOURCE_BYTES / 15))}`;
    source('big.mdx', big);
    source('probe.mdx', VALID);
    writeFileSync(join(root, 'content', 'captures', 'probe.txt'), 'x'.repeat(MAX_CAPTURE_BYTES + 1));
    const problems = said(check());
    expect(problems).toContain(
      `content/sources/big.mdx: the file is ${Buffer.byteLength(big).toLocaleString('en')} bytes, over the limit of 1,000,000 bytes`,
    );
    expect(problems).toContain(
      'content/captures/probe.txt: the file is 2,000,001 bytes, over the limit of 2,000,000 bytes',
    );
  });

  it('refuses front matter over its limit before reading it as YAML', () => {
    source(
      'fat.mdx',
      VALID.replace('summary: "A minimal', `disclosure: "${'x'.repeat(MAX_FRONT_MATTER_CHARS)}"\nsummary: "A minimal`),
    );
    expect(said(check())).toEqual([
      expect.stringMatching(
        /^content\/sources\/fat\.mdx:1 the front matter is [\d,]+ characters, over the limit of 200,000$/,
      ),
    ]);
  });

  it('refuses a slug the build could not name a file after', () => {
    source(`${'x'.repeat(MAX_SLUG_CHARS + 1)}.mdx`, VALID);
    expect(said(check())).toEqual([
      `content/sources/${'x'.repeat(MAX_SLUG_CHARS + 1)}.mdx: the file name is ${MAX_SLUG_CHARS + 1} characters long, over the limit of ${MAX_SLUG_CHARS}`,
    ]);
  });

  it('refuses a quote over its limit', () => {
    source(
      'long-quote.mdx',
      VALID.replace('quote: "Gentle, 1-3 months"', `quote: "${'Gentle. '.repeat(MAX_QUOTE_CHARS / 8 + 1)}"`),
    );
    expect(said(check())).toEqual([
      expect.stringMatching(
        /^content\/sources\/long-quote\.mdx:\d+ this text is 2,00\d characters long, over the limit of 2,000$/,
      ),
    ]);
  });

  it('refuses a paragraph the processor would choke on, without giving it to the processor (abort)', () => {
    source('quotes.mdx', `${VALID}\n${'Rust is "fast" and Go is "simple".\n'.repeat(8000)}`);
    const started = performance.now();
    const problems = check();
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(said(problems)).toEqual([
      expect.stringMatching(/^content\/sources\/quotes\.mdx:\d+ a paragraph is longer than 20,000 characters/),
    ]);
  });

  it('bounds the closest-passage hint: a long quote that misses a long article costs a fixed budget', () => {
    const article = searchable(('Rust is fast and safe. '.repeat(4000) + '\n\n').repeat(5));
    const started = performance.now();
    closestPassage(article, 'Go is slow variant one or two. '.repeat(3000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('warns of nothing spurious: an invalid claim is not also "a source needs at least one claim"', () => {
    source('bad-claim.mdx', VALID.replace('id: go-learning', 'id: "🦀-learning"'));
    expect(said(check()).filter((line) => line.includes('at least one claim'))).toEqual([]);
  });
});

describe('invisible characters', () => {
  it('refuses bidi overrides and zero-width characters in titles and quotes', () => {
    source(
      'bidi.mdx',
      VALID.replace('title: "Fixture: a small', 'title: "Fixture:\u202e a small').replace(
        'quote: "Gentle, 1-3 months"',
        'quote: "Gentle,\u200b 1-3 months"',
      ),
    );
    const problems = check().filter((problem) => problem.rule === 'invisible-characters');
    expect(problems.map((problem) => `${problem.path} ${problem.message}`)).toEqual([
      'title this text holds an invisible character (U+202E) that changes how it reads or compares',
      'claims[1].quote this text holds an invisible character (U+200B) that changes how it reads or compares',
    ]);
  });
});

describe('hostile YAML', () => {
  it('names front matter nested too deeply, instead of a stack overflow', () => {
    source(
      'deep.mdx',
      VALID.replace(
        'summary: "A minimal',
        `disclosure: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nsummary: "A minimal`,
      ),
    );
    expect(said(check())).toEqual([
      expect.stringMatching(
        /^content\/sources\/deep\.mdx:\d* the front matter cannot be read: it nests lists or mappings too deeply$/,
      ),
    ]);
  });

  it('refuses an alias bomb before anything expands it', () => {
    source('bomb.mdx', aliasBomb());
    expect(said(check())).toEqual([
      'content/sources/bomb.mdx:1 the front matter expands to more than 100,000 values (through YAML aliases, *name)',
    ]);
  });
});

describe('hostile vocabularies', () => {
  /** `root/content` with the fixtures' vocabularies and the valid source, `topics.yaml` replaced by `topics`. */
  function vocabularies(topics: (path: string) => void): Problem[] {
    for (const key of VOCABULARY_KEYS) {
      const name = VOCABULARIES[key].file;
      if (key === 'corrections' || key === 'topics') continue;
      copyFileSync(join(FIXTURES, 'vocabulary', name), join(root, 'content', name));
    }
    topics(join(root, 'content', 'topics.yaml'));
    source('valid.mdx', VALID);
    return checkParsedContent(loadContent(root), TODAY).problems;
  }
  const yamlProblems = (problems: Problem[]) => said(problems.filter((problem) => problem.rule === 'yaml'));

  it('refuses an alias bomb in topics.yaml by name, before anything expands it', () => {
    const problems = vocabularies((path) => copyFileSync(join(FIXTURES, 'data', 'alias-bomb-topics.yaml'), path));
    expect(yamlProblems(problems)).toEqual([
      'content/topics.yaml:1 the YAML cannot be read: the file expands to more than 100,000 values (through YAML aliases, *name): write each value out instead of repeating it with anchors (&name) and aliases (*name)',
    ]);
    expect(problems.filter((problem) => /crashed/.test(problem.message))).toEqual([]);
  });

  // A vocabulary that is a symbolic link is refused before it is read: see 'refuses a vocabulary file that is a symbolic link'.
  it('refuses a vocabulary that is not UTF-8, by name', () => {
    expect(yamlProblems(vocabularies((path) => writeFileSync(path, Buffer.from([0x2d, 0x20, 0xff, 0x0a]))))).toEqual([
      expect.stringMatching(/^content\/topics\.yaml:1 the YAML cannot be read: the file is not UTF-8 text\. /),
    ]);
  });

  it('refuses a vocabulary over its size limit by name', () => {
    const line = '# padding\n';
    const problems = vocabularies((path) =>
      writeFileSync(path, line.repeat(Math.ceil((MAX_VOCABULARY_BYTES + 1) / line.length))),
    );
    expect(yamlProblems(problems)).toEqual([
      expect.stringMatching(
        /^content\/topics\.yaml:1 the YAML cannot be read: the file is [\d,]+ bytes, over the limit of 1,000,000 bytes\. /,
      ),
    ]);
  });
});

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import {
  MAX_CAPTURE_BYTES,
  MAX_FRONT_MATTER_CHARS,
  MAX_FRONT_MATTER_VALUES,
  MAX_SOURCE_BYTES,
  MAX_VOCABULARY_BYTES,
  sizeWords,
} from '../text/limits.ts';
import { splitFrontMatter } from '../text/front-matter.ts';
import { expandedValues, readYaml, type ReadYaml } from '../text/yaml-lines.ts';
import { linkRefusal, type LinkRefusal } from './linked-paths.ts';
import { VOCABULARIES, VOCABULARY_KEYS, type VocabularyKey } from './vocabularies.ts';
import type { FieldPath } from './problems.ts';

/** A YAML syntax error, with its 1-based line in the file. */
interface YamlError {
  line: number;
  message: string;
}

/** A source file as read from disk, its front matter parsed but not validated. */
export interface ParsedSource {
  /** The slug: the file name without `.mdx`. */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Parsed front matter, or undefined when the YAML could not be read. */
  data: unknown;
  /** The Markdown body. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The raw capture the article was normalised from, when `content/captures/<slug>.txt` exists. */
  capture?: { file: string; text: string };
  /** The line of a front-matter field, for messages. */
  lineOf: (path: FieldPath) => number | undefined;
  /** Why the front matter could not be read, when it could not. */
  yamlErrors?: YamlError[];
  /** A digest of the file's text as read, so a later reader can tell whether the file has changed since. */
  digest?: string;
  /** Why the source or its capture was not read (a symlink, a directory, too big, not UTF-8…). */
  refusals?: FileRefusal[];
}

/** A file the check will not read, or not use, and why. */
interface FileRefusal {
  /** Path relative to the project root. */
  file: string;
  line?: number;
  message: string;
  hint: string;
}

/** A file's text, or why it is refused. */
type Read = { text: string } | { refusal: FileRefusal };

/** The 1-based line of a byte offset, counted in the raw bytes. */
function lineAtByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line += 1;
  return line;
}

/** The first line that is not UTF-8. */
function firstInvalidLine(bytes: Buffer): number {
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(10, start);
    if (!isUtf8(bytes.subarray(start, end === -1 ? bytes.length : end))) return line;
    if (end === -1) return line;
    start = end + 1;
    line += 1;
  }
}

/**
 * Reads a source or a capture only when it is a regular file (not a symbolic link, a directory
 * or a device) inside `dir`, within `maxBytes`, and UTF-8 text with no NUL and (unless
 * `bomAllowed`: a capture is the saved file as it was) no byte-order mark:
 * what the build could not read, or must not publish, is refused here, by name.
 */
function readContentFile(path: string, root: string, dir: string, maxBytes: number, bomAllowed = false): Read {
  const file = relative(root, path);
  const refuse = (message: string, hint: string, line?: number): Read => ({
    refusal: { file, message, hint, ...(line ? { line } : {}) },
  });
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return refuse('the file cannot be found', 'Create it, or remove what refers to it.');
  if (stat.isSymbolicLink())
    return refuse(
      'the file is a symbolic link',
      'Content must be regular files in the repository: replace the link with a copy of the file.',
    );
  if (!stat.isFile())
    return refuse(
      `the path is a ${stat.isDirectory() ? 'directory' : 'special file'}, not a regular file`,
      'Remove it, or rename it so it does not end like a content file.',
    );
  const real = realpathSync(path);
  const inside = realpathSync(dir);
  if (!real.startsWith(inside + sep))
    return refuse(
      'the file lies outside the content folder (through a linked folder)',
      'Content must be regular files in the repository: copy it in.',
    );
  if (stat.size > maxBytes)
    return refuse(
      `the file is ${sizeWords(stat.size)}, over the limit of ${sizeWords(maxBytes)}`,
      'An article is far smaller: check that this is one article, saved once.',
    );
  const bytes = readFileSync(path);
  if (!isUtf8(bytes))
    return refuse(
      'the file is not UTF-8 text',
      'Save it as UTF-8 (npm run import converts a saved article for you).',
      firstInvalidLine(bytes),
    );
  if (!bomAllowed && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return refuse(
      'the file starts with a byte-order mark (an invisible U+FEFF)',
      'Save it as UTF-8 without a BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
      1,
    );
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return refuse(
      'the file contains a NUL byte',
      'Delete the invisible character on that line: retype the line if your editor does not show it.',
      lineAtByte(bytes, nul),
    );
  return { text: bytes.toString('utf8') };
}

/** Where the front matter ends, when it opens the file: its length in characters. */
function frontMatterLength(text: string): number {
  if (!text.startsWith('---')) return 0;
  const closing = text.slice(3).search(/\n---[ \t]*(?:\r?\n|$)/);
  return closing === -1 ? text.length : closing + 3;
}

/** The digest `ParsedSource.digest` holds for a file's text. */
const textDigest = (text: string): string => createHash('sha1').update(text).digest('base64');

/** A vocabulary (a YAML data file) as read and parsed, before validation. */
export interface ParsedDataFile {
  file: string;
  data: unknown;
  lineOf: (path: FieldPath) => number | undefined;
  /** Why the file could not be read, when it could not: YAML errors, or a refusal by the file guards. */
  yamlErrors?: YamlError[];
  /** Set when the file does not exist. */
  missing?: boolean;
  /** Why the file was not read (a symbolic link), when it was not. */
  refusal?: LinkRefusal;
  /** A digest of the file's text, so a check run again can tell whether the vocabulary changed. */
  digest?: string;
}

/** Everything under `content/`, read and parsed but not yet validated: the sources, and each vocabulary of `VOCABULARIES`. */
export type ParsedContent = { sources: ParsedSource[] } & Record<
  Exclude<VocabularyKey, 'corrections'>,
  ParsedDataFile
> & {
    /** The corrections log (`content/corrections.yaml`); left out, nothing is checked. */
    corrections?: ParsedDataFile;
    /** The site's own MDX pages (`content/pages/*.mdx`, `content/topics/*.mdx`); left out, none. */
    editorial?: EditorialFile[];
    /** Content folders not read, and why (a symbolic link). */
    refusals?: LinkRefusal[];
  };

/** One of the site's editorial MDX files, as read: its body, or why it could not be read. */
interface EditorialFile {
  file: string;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  refusal?: FileRefusal;
}

/** The folders of the site's editorial MDX files under `content/`. */
const EDITORIAL_DIRS = ['pages', 'topics'] as const;

/** Reads the editorial MDX files under `contentDir`, with the guards a source gets. */
function readEditorialFiles(contentDir: string, root: string): EditorialFile[] {
  return EDITORIAL_DIRS.flatMap((folder) => {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name): EditorialFile => {
        const read = readContentFile(join(dir, name), root, dir, MAX_SOURCE_BYTES);
        const file = relative(root, join(dir, name));
        if ('refusal' in read) return { file, body: '', bodyLine: 1, refusal: read.refusal };
        // Front matter is optional here; the body is what the check reads.
        if (!/^---[ \t]*\r?\n/.test(read.text)) return { file, body: read.text, bodyLine: 1 };
        const split = splitFrontMatter(read.text);
        return { file, body: split.body, bodyLine: split.bodyLine };
      });
  });
}

/**
 * Reads a vocabulary behind the guards a source gets (a regular file inside `dir`, within its
 * size, UTF-8 without NUL or BOM, YAML aliases expanding to a bounded number of values), keeping
 * line numbers for messages. What is refused comes back as the file's one error, by name.
 */
export function readDataFile(path: string, root: string, dir = dirname(path)): ParsedDataFile {
  const file = relative(root, path);
  const refusal = linkRefusal(path, root, 'file');
  if (refusal) return { file, data: [], lineOf: () => undefined, refusal };
  if (!lstatSync(path, { throwIfNoEntry: false })) return { file, data: [], lineOf: () => undefined, missing: true };
  const read = readContentFile(path, root, dir, MAX_VOCABULARY_BYTES);
  if ('refusal' in read) {
    const { line = 1, message, hint } = read.refusal;
    return { file, data: [], lineOf: () => undefined, yamlErrors: [{ line, message: `${message}. ${hint}` }] };
  }
  const yaml = readVocabularyText(read.text);
  if (yaml.errors.length) return { file, data: [], lineOf: yaml.lineOf, yamlErrors: yaml.errors };
  return { file, data: yaml.data, lineOf: yaml.lineOf, yamlErrors: [], digest: textDigest(read.text) };
}

/** A vocabulary's text parsed, or why not: its YAML errors, or aliases expanding past the limit. */
function readVocabularyText(text: string): ReadYaml {
  const yaml = readYaml(text);
  if (yaml.errors.length || expandedValues(yaml.data, MAX_FRONT_MATTER_VALUES) <= MAX_FRONT_MATTER_VALUES) return yaml;
  const message = `the file expands to more than ${MAX_FRONT_MATTER_VALUES.toLocaleString('en')} values (through YAML aliases, *name): write each value out instead of repeating it with anchors (&name) and aliases (*name)`;
  return { data: undefined, lineOf: () => undefined, errors: [{ line: 1, message }] };
}

/**
 * A vocabulary's entries for a content collection (Astro's `file()` loader reads the file, this
 * parses it): the same dialect and alias limit as the check's reader, so the pages read what the
 * check checked. The build's check refuses the file by name first; this refuses it again.
 */
export function parseVocabulary(file: string): (text: string) => unknown {
  return (text) => {
    const yaml = readVocabularyText(text);
    const error = yaml.errors[0];
    if (error) throw new Error(`${file}:${error.line} ${error.message}`);
    return yaml.data;
  };
}

/**
 * Reads one source file (and its capture, when there is one). `previous` is an earlier read of the
 * same file: returned as it is when neither the file nor its capture has changed since, so a check
 * run again after one edit (in `astro dev`) parses only what changed.
 */
export function readSource(
  path: string,
  root: string,
  capturesDir: string,
  previous?: ParsedSource,
  sourcesDir = join(path, '..'),
): ParsedSource {
  const file = relative(root, path);
  const slug = basename(path, '.mdx');
  const capturePath = join(capturesDir, `${slug}.txt`);
  const source = readContentFile(path, root, sourcesDir, MAX_SOURCE_BYTES);
  if ('refusal' in source)
    return { slug, file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, refusals: [source.refusal] };
  const text = source.text;
  // A linked captures folder is refused as a whole (loadContent): none of its files is read.
  const capture =
    !linkRefusal(capturesDir, root, 'folder') && lstatSync(capturePath, { throwIfNoEntry: false })
      ? readContentFile(capturePath, root, capturesDir, MAX_CAPTURE_BYTES, true)
      : undefined;
  const refusals = capture && 'refusal' in capture ? [capture.refusal] : [];
  const captureText = capture && 'text' in capture ? capture.text : undefined;
  const digest = textDigest(text);
  if (
    previous &&
    previous.digest === digest &&
    captureText === previous.capture?.text &&
    refusals.length === (previous.refusals?.length ?? 0)
  )
    return previous;
  const frontMatter = frontMatterLength(text);
  if (frontMatter > MAX_FRONT_MATTER_CHARS) {
    refusals.push({
      file,
      line: 1,
      message: `the front matter is ${frontMatter.toLocaleString('en')} characters, over the limit of ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')}`,
      hint: 'A source’s front matter holds its claims and tables, not the article: move long text into the body.',
    });
    return { slug, file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, digest, refusals };
  }
  const split = splitFrontMatter(text);
  if (expandedValues(split.data, MAX_FRONT_MATTER_VALUES) > MAX_FRONT_MATTER_VALUES) {
    refusals.push({
      file,
      line: 1,
      message: `the front matter expands to more than ${MAX_FRONT_MATTER_VALUES.toLocaleString('en')} values (through YAML aliases, *name)`,
      hint: 'Write each value out instead of repeating it with YAML anchors (&name) and aliases (*name).',
    });
    return { slug, file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, digest, refusals };
  }
  return {
    slug,
    file,
    data: split.data,
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf: split.lineOf,
    yamlErrors: split.yamlErrors,
    digest,
    ...(captureText === undefined ? {} : { capture: { file: relative(root, capturePath), text: captureText } }),
    ...(refusals.length ? { refusals } : {}),
  };
}

/**
 * Reads `content/` under `root`: sources, captures and every vocabulary of `VOCABULARIES`.
 * `previous`, an earlier read, lets unchanged sources be reused instead of parsed again.
 */
export function loadContent(root: string, contentDir = join(root, 'content'), previous?: ParsedContent): ParsedContent {
  const before = new Map(previous?.sources.map((source) => [source.file, source]));
  const sourcesDir = join(contentDir, 'sources');
  const capturesDir = join(contentDir, 'captures');
  // A linked folder is refused by name and not read at all: its files would lie outside the repository.
  const refusals = [linkRefusal(sourcesDir, root, 'folder'), linkRefusal(capturesDir, root, 'folder')].filter(
    (refusal) => refusal !== undefined,
  );
  const refusedSources = refusals.some((refusal) => refusal.file === relative(root, sourcesDir));
  const names =
    !refusedSources && existsSync(sourcesDir)
      ? readdirSync(sourcesDir)
          .filter((name) => name.endsWith('.mdx'))
          .sort()
      : [];
  const sources = names.map((name) => {
    const path = join(sourcesDir, name);
    return readSource(path, root, capturesDir, before.get(relative(root, path)), sourcesDir);
  });
  const vocabularies = Object.fromEntries(
    VOCABULARY_KEYS.map((key) => [key, readDataFile(join(contentDir, VOCABULARIES[key].file), root, contentDir)]),
  ) as Record<VocabularyKey, ParsedDataFile>;
  return {
    sources,
    ...(refusals.length ? { refusals } : {}),
    ...vocabularies,
    editorial: readEditorialFiles(contentDir, root),
  };
}

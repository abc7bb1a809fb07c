import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { splitFrontMatter } from '../text/front-matter.ts';
import { readYaml } from '../text/yaml-lines.ts';
import type { FieldPath } from './problems.ts';

/** A YAML syntax error, with its 1-based line in the file. */
interface YamlError {
  line: number;
  message: string;
}

/** A source file as read from disk, before validation. */
export interface RawSource {
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
}

/** The digest `RawSource.digest` holds for a file's text. */
export const textDigest = (text: string): string => createHash('sha1').update(text).digest('base64');

/** A YAML data file (topics, metrics, use cases, questions) as read from disk, before validation. */
export interface RawDataFile {
  file: string;
  data: unknown;
  lineOf: (path: FieldPath) => number | undefined;
  /** Why the file could not be read, when it could not. */
  yamlErrors?: YamlError[];
  /** Set when the file does not exist. */
  missing?: boolean;
}

/** Everything under `content/`, read but not yet validated. */
export interface RawContent {
  sources: RawSource[];
  topics: RawDataFile;
  metrics: RawDataFile;
  /** The use cases recommendations name (`content/use-cases.yaml`). */
  useCases: RawDataFile;
  /** The questions claims may name (`content/questions.yaml`). */
  questions: RawDataFile;
  /** The questions /choose/ asks a reader (`content/cases.yaml`). */
  cases: RawDataFile;
  /** Which source kinds count as independent (`content/source-kinds.yaml`). */
  sourceKinds: RawDataFile;
}

/** Reads a YAML data file, keeping line numbers for messages. */
export function readDataFile(path: string, root: string): RawDataFile {
  const file = relative(root, path);
  if (!existsSync(path)) return { file, data: [], lineOf: () => undefined, missing: true };
  const yaml = readYaml(readFileSync(path, 'utf8'));
  return { file, data: yaml.errors.length ? [] : yaml.data, lineOf: yaml.lineOf, yamlErrors: yaml.errors };
}

/**
 * Reads one source file (and its capture, when there is one). `previous` is an earlier read of the
 * same file: returned as it is when neither the file nor its capture has changed since, so a check
 * run again after one edit (in `astro dev`) parses only what changed.
 */
export function readSource(path: string, root: string, capturesDir: string, previous?: RawSource): RawSource {
  const file = relative(root, path);
  const slug = basename(path, '.mdx');
  const text = readFileSync(path, 'utf8');
  const capturePath = join(capturesDir, `${slug}.txt`);
  const digest = textDigest(text);
  if (previous && previous.digest === digest) {
    const capture = existsSync(capturePath) ? readFileSync(capturePath, 'utf8') : undefined;
    if (capture === previous.capture?.text) return previous;
  }
  const split = splitFrontMatter(text);
  return {
    slug,
    file,
    data: split.data,
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf: split.lineOf,
    yamlErrors: split.yamlErrors,
    digest,
    ...(existsSync(capturePath) ? { capture: { file: relative(root, capturePath), text: readFileSync(capturePath, 'utf8') } } : {}),
  };
}

/**
 * Reads `content/` under `root`: sources, captures, topics, metrics, use cases and questions.
 * `previous`, an earlier read, lets unchanged sources be reused instead of parsed again.
 */
export function loadContent(root: string, contentDir = join(root, 'content'), previous?: RawContent): RawContent {
  const before = new Map(previous?.sources.map((source) => [source.file, source]));
  const sourcesDir = join(contentDir, 'sources');
  const capturesDir = join(contentDir, 'captures');
  const names = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => name.endsWith('.mdx')).sort() : [];
  return {
    sources: names.map((name) => {
      const path = join(sourcesDir, name);
      return readSource(path, root, capturesDir, before.get(relative(root, path)));
    }),
    topics: readDataFile(join(contentDir, 'topics.yaml'), root),
    metrics: readDataFile(join(contentDir, 'metrics.yaml'), root),
    useCases: readDataFile(join(contentDir, 'use-cases.yaml'), root),
    questions: readDataFile(join(contentDir, 'questions.yaml'), root),
    cases: readDataFile(join(contentDir, 'cases.yaml'), root),
    sourceKinds: readDataFile(join(contentDir, 'source-kinds.yaml'), root),
  };
}

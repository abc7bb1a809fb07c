import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { splitFrontMatter } from '../text/front-matter.ts';
import type { FieldPath, Problem } from './problems.ts';

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
}

/** A YAML data file (topics, metrics, use cases, questions) as read from disk, before validation. */
export interface RawDataFile {
  file: string;
  data: unknown;
  lineOf: (path: FieldPath) => number | undefined;
}

/** Everything under `content/`, read but not yet validated, plus the problems met reading it. */
export interface RawContent {
  sources: RawSource[];
  topics: RawDataFile;
  metrics: RawDataFile;
  /** The use cases recommendations name (`content/use-cases.yaml`). */
  useCases: RawDataFile;
  /** The questions claims may name (`content/questions.yaml`). */
  questions: RawDataFile;
  /** Files that could not be read or parsed at all. */
  problems: Problem[];
}

/** Reads a YAML data file, keeping line numbers for messages. */
export function readDataFile(path: string, root: string): { file: RawDataFile; problems: Problem[] } {
  const file = relative(root, path);
  if (!existsSync(path)) {
    return {
      file: { file, data: [], lineOf: () => undefined },
      problems: [{ rule: 'files', severity: 'error', file, path: '', message: 'the file is missing', hint: `Create ${file}: a YAML list of entries.` }],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = document.errors.map((error) => ({
    rule: 'yaml',
    severity: 'error',
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    path: '',
    message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
    hint: 'Check the indentation and quoting on that line.',
  }));
  const lineOf = (fieldPath: FieldPath): number | undefined => {
    const node = document.getIn(fieldPath as unknown[], true) as { range?: [number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { file: { file, data: problems.length ? [] : document.toJS(), lineOf }, problems };
}

/** Reads one source file (and its capture, when there is one). */
export function readSource(path: string, root: string, capturesDir: string): { source: RawSource; problems: Problem[] } {
  const file = relative(root, path);
  const slug = basename(path, '.mdx');
  const split = splitFrontMatter(readFileSync(path, 'utf8'));
  const problems: Problem[] = split.yamlErrors.map((error) => ({
    rule: 'yaml',
    severity: 'error',
    file,
    line: error.line,
    path: '',
    message: `the front matter cannot be read: ${error.message}`,
    hint: 'Check the indentation and quoting on that line; quote any text containing ": " or starting with a symbol.',
  }));
  const capturePath = join(capturesDir, `${slug}.txt`);
  const source: RawSource = {
    slug,
    file,
    data: split.data,
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf: split.lineOf,
    ...(existsSync(capturePath) ? { capture: { file: relative(root, capturePath), text: readFileSync(capturePath, 'utf8') } } : {}),
  };
  return { source, problems };
}

/** Reads `content/` under `root`: sources, captures, topics, metrics, use cases and questions. */
export function loadContent(root: string, contentDir = join(root, 'content')): RawContent {
  const sourcesDir = join(contentDir, 'sources');
  const capturesDir = join(contentDir, 'captures');
  const problems: Problem[] = [];
  const topics = readDataFile(join(contentDir, 'topics.yaml'), root);
  const metrics = readDataFile(join(contentDir, 'metrics.yaml'), root);
  const useCases = readDataFile(join(contentDir, 'use-cases.yaml'), root);
  const questions = readDataFile(join(contentDir, 'questions.yaml'), root);
  problems.push(...topics.problems, ...metrics.problems, ...useCases.problems, ...questions.problems);
  const sources: RawSource[] = [];
  const names = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => name.endsWith('.mdx')).sort() : [];
  for (const name of names) {
    const read = readSource(join(sourcesDir, name), root, capturesDir);
    sources.push(read.source);
    problems.push(...read.problems);
  }
  return { sources, topics: topics.file, metrics: metrics.file, useCases: useCases.file, questions: questions.file, problems };
}

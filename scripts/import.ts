// `npm run import -- <file>`: turns an article saved as Markdown or plain text into a draft source.
// Usage: npm run import -- <file> [--slug <slug>] [--title "<headline>"]
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MAX_CAPTURE_BYTES, MAX_SOURCE_BYTES, sizeWords } from '../src/lib/text/limits.ts';
import { importArticle } from './editor/importer/import-article.ts';
import { formatImportReport } from './editor/importer/report.ts';
import { printable } from '../src/lib/text/printable.ts';
import { readMetrics, readTopics } from './vocabulary.ts';
import { fail as failCommand, parseCommand, runCommand, type Command } from './command.ts';

const USAGE = `Usage: npm run import -- <file> [--slug <slug>] [--title "<headline>"]

Turns an article saved as Markdown or plain text into a draft content/sources/<slug>.mdx, and
copies the file unchanged to content/captures/<slug>.txt. Never overwrites either.

  <file>             the saved article (.md or .txt, UTF-8); YAML (---) or TOML (+++) front matter is read
  --slug <slug>      the file name to use instead of one made from the title
  --title "<text>"   the article's headline, when the file has no title the importer can find`;

/** A path as the editor should read it: relative to the project when inside it. */
function shown(path: string, root: string): string {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') ? inside : path;
}

const COMMAND: Command = { name: 'import', usage: USAGE };
const fail: (message: string, showUsage?: boolean) => never = (message, showUsage = false) =>
  failCommand(COMMAND, message, showUsage);

function main(): void {
  const parsed = parseCommand(COMMAND, {
    allowPositionals: true,
    options: { slug: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!parsed) return;
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    fail(positionals.length ? 'give one file at a time' : 'which file? Give the path of the saved article', true);
  const root = process.cwd();
  // npm runs scripts from the project root; a relative path means where the editor typed it.
  const input = resolve(process.env.INIT_CWD ?? root, positionals[0]!);
  if (!existsSync(input)) fail(`there is no file ${input}`);
  const stats = statSync(input);
  if (!stats.isFile()) fail(`${input} is not a file`);
  // The saved file becomes the capture, so it must be within the check's limit (SECURITY.md); the
  // test also stops a wrong path (a video, a disk image) before it is read.
  if (stats.size > MAX_CAPTURE_BYTES)
    fail(
      `${input} is ${sizeWords(stats.size)}, over the limit of ${sizeWords(MAX_CAPTURE_BYTES)} for a capture: import one article, saved once`,
    );
  const bytes = readFileSync(input);
  // The saved file's last change is the best record of when the article's text was captured.
  const captured = stats.mtime.toISOString().slice(0, 10);
  const outcome = importArticle(bytes, {
    topics: readTopics(root),
    metrics: readMetrics(root),
    title: values.title,
    slug: values.slug,
    captured,
  });
  if (!outcome.ok) fail(`cannot import ${shown(input, root)}: ${outcome.message}`);
  const { result } = outcome;
  if (Buffer.byteLength(result.file) > MAX_SOURCE_BYTES)
    fail(
      `cannot import ${shown(input, root)}: the draft would be ${sizeWords(Buffer.byteLength(result.file))}, over the limit of ${sizeWords(MAX_SOURCE_BYTES)} for a source: import one article, saved once`,
    );
  const source = join('content', 'sources', `${result.slug}.mdx`);
  const capture = join('content', 'captures', `${result.slug}.txt`);
  for (const path of [source, capture]) {
    if (existsSync(join(root, path)))
      fail(
        `${path} already exists, and import never overwrites. Delete it first, or import under another name with --slug <name>.`,
      );
  }
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  mkdirSync(join(root, 'content', 'captures'), { recursive: true });
  // 'wx' refuses to overwrite even a file created since the check above.
  writeFileSync(join(root, capture), bytes, { flag: 'wx' });
  try {
    writeFileSync(join(root, source), result.file, { flag: 'wx' });
  } catch (error) {
    unlinkSync(join(root, capture));
    throw error;
  }
  // The report quotes the article (its title, excerpts): its control characters are printed as escapes.
  console.log(
    formatImportReport(result, { input: shown(input, root), source, capture })
      .split('\n')
      .map(printable)
      .join('\n'),
  );
}

runCommand(COMMAND, main);

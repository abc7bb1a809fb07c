// `npm run import -- <file>`: turns an article saved as Markdown or plain text into a draft source.
// Usage: npm run import -- <file> [--slug <slug>] [--title "<headline>"]
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { importArticle } from '../src/lib/editor/importer/import-article.ts';
import { formatImportReport } from '../src/lib/editor/importer/report.ts';
import { readMetrics, readTopics } from './vocabulary.ts';
import { fail as failCommand, parseCommand, runCommand, type Command } from './command.ts';

const USAGE = `Usage: npm run import -- <file> [--slug <slug>] [--title "<headline>"]

Turns an article saved as Markdown or plain text into a draft content/sources/<slug>.mdx, and
copies the file unchanged to content/captures/<slug>.txt. Never overwrites either.

  <file>             the saved article (.md or .txt, UTF-8); YAML (---) or TOML (+++) front matter is read
  --slug <slug>      the file name to use instead of one made from the title
  --title "<text>"   the article's headline, when the file has no title the importer can find`;

// Far above any article; stops a wrong path (a video, a disk image) from filling the memory.
const MAX_BYTES = 64 * 1024 * 1024;

/** A path as the editor should read it: relative to the project when inside it. */
function shown(path: string, root: string): string {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') ? inside : path;
}

const COMMAND: Command = { name: 'import', usage: USAGE };
const fail: (message: string, showUsage?: boolean) => never = (message, showUsage = false) => failCommand(COMMAND, message, showUsage);

function main(): void {
  const parsed = parseCommand(COMMAND, { allowPositionals: true, options: { slug: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (!parsed) return;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(positionals.length ? 'give one file at a time' : 'which file? Give the path of the saved article', true);
  const root = process.cwd();
  // npm runs scripts from the project root; a relative path means where the editor typed it.
  const input = resolve(process.env.INIT_CWD ?? root, positionals[0]!);
  if (!existsSync(input)) fail(`there is no file ${input}`);
  const stats = statSync(input);
  if (!stats.isFile()) fail(`${input} is not a file`);
  if (stats.size > MAX_BYTES) fail(`${input} is ${Math.round(stats.size / 1024 / 1024)} MB: far too big to be an article`);
  const bytes = readFileSync(input);
  const outcome = importArticle(bytes, { topics: readTopics(root), metrics: readMetrics(root), title: values.title, slug: values.slug });
  if (!outcome.ok) fail(`cannot import ${shown(input, root)}: ${outcome.message}`);
  const { result } = outcome;
  const source = join('content', 'sources', `${result.slug}.mdx`);
  const capture = join('content', 'captures', `${result.slug}.txt`);
  for (const path of [source, capture]) {
    if (existsSync(join(root, path))) fail(`${path} already exists, and import never overwrites. Delete it first, or import under another name with --slug <name>.`);
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
  console.log(formatImportReport(result, { input: shown(input, root), source, capture }));
}

runCommand(COMMAND, main);

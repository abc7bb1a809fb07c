// `npm run suggest -- <source>`: proposes candidate claims for a source already in content/sources,
// commented out under its `claims:` for an editor to review. Never touches a published claim.
// Usage: npm run suggest -- <slug or path of content/sources/<slug>.mdx>
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { suggestClaims } from './editor/suggest/candidates.ts';
import { renderCandidates, withCandidates } from './editor/suggest/render.ts';
import { splitFrontMatter } from '../src/lib/text/front-matter.ts';
import { parseMarkdown } from '../src/lib/text/markdown.ts';
import { MAX_PARAGRAPH_CHARS, oversizedParagraph } from '../src/lib/text/prose-only.ts';
import { fail as failCommand, parseCommand, runCommand, type Command } from './command.ts';
import { readMetrics, readTopics } from './vocabulary.ts';

const USAGE = `Usage: npm run suggest -- <source>

Proposes candidate claims from a source's body: sentences that compare Go and Rust or judge one of
them, each with its quote copied from the body, a guessed topic, side and figure. They are written
commented out under claims: in content/sources/<source>.mdx; passages the source already quotes
are left out, and running it again replaces the earlier candidates.

  <source>   the source's slug (its file name without .mdx) or the path of its file`;

const COMMAND: Command = { name: 'suggest', usage: USAGE };
const fail = (message: string, showUsage = false): never => failCommand(COMMAND, message, showUsage);

/** Every verbatim passage the front matter already quotes. */
function quotedIn(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (typeof value === 'string' && (key === 'quote' || key === 'answer')) found.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name);
  };
  walk(data);
  return found;
}

function main(): void {
  const parsed = parseCommand(COMMAND, { allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (!parsed) return;
  const { positionals } = parsed;
  if (positionals.length !== 1)
    fail(
      positionals.length
        ? 'give one source at a time'
        : 'which source? Give its slug, e.g. npm run suggest -- my-article',
      true,
    );
  const root = process.cwd();
  const given = positionals[0]!;
  const slug = basename(given).replace(/\.mdx$/, '');
  const file = join(root, 'content', 'sources', `${slug}.mdx`);
  if (given.includes('/') && resolve(process.env.INIT_CWD ?? root, given) !== file)
    fail(`${given} is not a file in content/sources/`);
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    fail(`there is no content/sources/${slug}.mdx`);
  }
  if (!stats!.isFile())
    fail(
      `content/sources/${slug}.mdx is not a regular file (a link or a folder): suggest reads only sources inside the repository`,
    );
  const text = readFileSync(file, 'utf8');
  const split = splitFrontMatter(text);
  if (split.yamlErrors.length)
    fail(
      `content/sources/${slug}.mdx: its front matter cannot be read (line ${split.yamlErrors[0]!.line}): run npm run check`,
    );
  const oversized = oversizedParagraph(split.body);
  if (oversized !== undefined)
    fail(
      `content/sources/${slug}.mdx:${split.bodyLine + oversized - 1}: a paragraph is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters: run npm run check`,
    );
  const candidates = suggestClaims(parseMarkdown(split.body), {
    topics: readTopics(root),
    metrics: readMetrics(root),
    quoted: quotedIn(split.data),
  });
  const updated = withCandidates(text, renderCandidates(candidates));
  if (updated === undefined)
    fail(
      `content/sources/${slug}.mdx has no claims: field to put candidates under: add "claims: []" to its front matter`,
    );
  writeFileSync(file, updated!);
  const guessed = candidates.filter((candidate) => candidate.topic).length;
  console.log(
    candidates.length
      ? `Proposed ${candidates.length} candidate claim${candidates.length === 1 ? '' : 's'} (${guessed} with a guessed topic), commented out under claims: in content/sources/${slug}.mdx.\nTo accept one, delete the "# " before each of its lines, give it an id, check its topic and favors, and write the statement in our words; delete the rest. Then run npm run check.`
      : `No new candidate claims in content/sources/${slug}.mdx: every passage that compares or judges a language is already quoted.`,
  );
}

runCommand(COMMAND, main);

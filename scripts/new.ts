// `npm run new -- "<article title>"`: creates a draft source with every field, ready to fill in.
// Usage: npm run new -- "<article title>" [--slug <slug>]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldSource } from './editor/scaffold.ts';
import { fail as failCommand, parseCommand, runCommand, type Command } from './command.ts';

const USAGE = `Usage: npm run new -- "<article title>" [--slug <slug>]

Creates a draft content/sources/<slug>.mdx with every front-matter field, each with a comment
saying what belongs there. Never overwrites a file. To start from a saved copy of the article
instead, use npm run import -- <file>.

  "<article title>"   the article's own headline; the file name is made from it
  --slug <slug>       the file name to use instead (lower-case letters, digits and hyphens)`;

const COMMAND: Command = { name: 'new', usage: USAGE };
const fail: (message: string, showUsage?: boolean) => never = (message, showUsage = false) =>
  failCommand(COMMAND, message, showUsage);

function main(): void {
  const parsed = parseCommand(COMMAND, {
    allowPositionals: true,
    options: { slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!parsed) return;
  const { values, positionals } = parsed;
  // An unquoted title arrives as several words: they are still one title.
  const title = positionals.join(' ');
  if (!title.trim()) fail('give the article’s title', true);
  const scaffold = scaffoldSource(title, { slug: values.slug });
  if (!scaffold.ok) fail(scaffold.message);
  const root = process.cwd();
  const file = join('content', 'sources', `${scaffold.slug}.mdx`);
  if (existsSync(join(root, file)))
    fail(`${file} already exists, and new never overwrites. Pick another name with --slug <name>.`);
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  writeFileSync(join(root, file), scaffold.text, { flag: 'wx' });
  console.log(
    [
      `Created ${file}, a draft.`,
      '',
      'Next:',
      '  1. Paste the article’s text into the body, replacing the {/* … */} line.',
      `  2. Save the article exactly as published as content/captures/${scaffold.slug}.txt: quotes are checked against it.`,
      '  3. Fill in the front matter: the comment on each field says what belongs there.',
      '',
      'Run npm run check to see what is still missing.',
    ].join('\n'),
  );
}

runCommand(COMMAND, main);

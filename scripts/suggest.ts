// `npm run suggest -- <source>`: proposes candidate claims for a source already in content/sources,
// commented out under its `claims:` for an editor to review. Never touches a published claim.
// Usage: npm run suggest -- <slug or path of content/sources/<slug>.mdx>
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { suggest } from './editor/suggest/candidates.ts';
import { acceptCandidates, parseAcceptances, readBlock } from './editor/suggest/accept.ts';
import { renderCandidates, withCandidates } from './editor/suggest/render.ts';
import { yamlString } from './editor/scaffold.ts';
import { splitFrontMatter } from '../src/lib/text/front-matter.ts';
import { parseMarkdown } from '../src/lib/text/markdown.ts';
import { MAX_PARAGRAPH_CHARS, oversizedParagraph } from '../src/lib/text/prose-only.ts';
import { fail as failCommand, parseCommand, runCommand, type Command } from './command.ts';
import { readMetrics, readTopics, readUseCases } from './vocabulary.ts';

const USAGE = `Usage: npm run suggest -- <source> [--accept c1=my-claim-id,c4]

Proposes candidate claims from a source's body: sentences that compare Go and Rust or judge one of
them, each with its quote copied from the body, a guessed topic, side and figure. They are written
commented out under claims: in content/sources/<source>.mdx; passages the source already quotes
are left out. Items and sentences that advise choosing a language ("Choose Rust if…", "ideal
for…") are proposed as recommendations, each with a guessed use case. Running it again replaces
the earlier candidates, except those you have edited: they are kept as you wrote them.

  --accept   the candidates to accept, by label, each claim with the id to give it (or one is
             generated): they move into claims: or recommendations: as they stand in the file

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
  const parsed = parseCommand(COMMAND, {
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, accept: { type: 'string' } },
  });
  if (!parsed) return;
  const { positionals, values } = parsed;
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
  if (typeof values.accept === 'string') {
    accept(file, slug, text, values.accept, split.data);
    return;
  }
  const block = readBlock(text.split('\n'));
  const edited = block?.candidates.filter((candidate) => candidate.edited) ?? [];
  const keptText = edited.flatMap((candidate) => candidate.lines).join('\n');
  const proposed = suggest(parseMarkdown(split.body), {
    topics: readTopics(root),
    metrics: readMetrics(root),
    useCases: readUseCases(root),
    quoted: quotedIn(split.data),
  });
  // A passage an edited candidate quotes is not proposed a second time.
  const fresh = <T extends { quote: string }>(list: T[]) => list.filter((c) => !keptText.includes(yamlString(c.quote)));
  const candidates = fresh(proposed.claims);
  const recommendations = fresh(proposed.recommendations);
  const updated = withCandidates(
    text,
    renderCandidates(
      candidates,
      recommendations,
      edited.flatMap((candidate) => [candidate.header, ...candidate.lines]),
      new Set(edited.map((candidate) => candidate.label)),
    ),
  );
  if (updated === undefined)
    fail(
      `content/sources/${slug}.mdx has no claims: field to put candidates under: add "claims: []" to its front matter`,
    );
  writeFileSync(file, updated!);
  const guessed = candidates.filter((candidate) => candidate.topic).length;
  const total = candidates.length + recommendations.length;
  const lines = [
    total
      ? `Proposed ${candidates.length} candidate claim${candidates.length === 1 ? '' : 's'} (${guessed} with a guessed topic) and ${recommendations.length} candidate recommendation${recommendations.length === 1 ? '' : 's'} (${recommendations.filter((r) => r.useCase).length} with a guessed use case), commented out under claims: in content/sources/${slug}.mdx.\nTo accept some: npm run suggest -- ${slug} --accept c1=my-claim-id,c4 (an id for each claim, or one is generated). Then check topic, favors and useCase, write each statement and text in our words, and run npm run check.`
      : `No new candidates in content/sources/${slug}.mdx: every passage that compares, judges or advises is already quoted.`,
  ];
  if (edited.length)
    lines.push(
      `Kept ${edited.length} candidate${edited.length === 1 ? '' : 's'} you edited (${edited.map((c) => c.label).join(', ')}) as you wrote ${edited.length === 1 ? 'it' : 'them'}.`,
    );
  console.log(lines.join('\n'));
}

/** `--accept`: moves the chosen candidates out of the block, as they stand in the file. */
function accept(file: string, slug: string, text: string, given: string, data: unknown): void {
  const acceptances = parseAcceptances(given);
  if (typeof acceptances === 'string') fail(acceptances);
  const claims = (data as { claims?: unknown } | undefined)?.claims;
  const ids = Array.isArray(claims)
    ? claims.flatMap((claim) => (typeof claim?.id === 'string' ? [claim.id as string] : []))
    : [];
  const outcome = acceptCandidates(text, acceptances as Exclude<typeof acceptances, string>, ids);
  if (!outcome.ok) return fail(`content/sources/${slug}.mdx: ${outcome.message}`);
  const after = splitFrontMatter(outcome.file);
  if (after.yamlErrors.length)
    fail(
      `content/sources/${slug}.mdx: accepting would leave its front matter unreadable (line ${after.yamlErrors[0]!.line}); nothing was written: accept these by hand`,
    );
  writeFileSync(file, outcome.file);
  const lines = outcome.accepted.map(
    (entry) =>
      `Accepted ${entry.label} as ${entry.as}${entry.edited ? ': you had edited it, so it is kept as you wrote it' : ''}.`,
  );
  lines.push(
    `${outcome.left} candidate${outcome.left === 1 ? '' : 's'} left in the block. Check topic, favors and useCase, write each statement and text in our words, then run npm run check.`,
  );
  console.log(lines.join('\n'));
}

runCommand(COMMAND, main);

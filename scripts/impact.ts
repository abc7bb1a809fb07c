// The impact summary `npm run check` prints: what the sources changed since a git commit do to
// the site. Reads the earlier versions with git; where there is no git, says nothing.
import { execFileSync } from 'node:child_process';
import type { CheckResult } from '../src/lib/check/check-content.ts';
import { isDraft } from '../src/lib/rule-book.ts';
import type { SourceRecord } from '../src/lib/site/views/evidence.ts';
import { changeImpact } from '../src/lib/site/views/impact.ts';
import { splitFrontMatter } from '../src/lib/text/front-matter.ts';
import { sourceSchema } from '../src/schemas/source.ts';

const SOURCES = 'content/sources';
const CAPTURES = 'content/captures';

/** git's output, or undefined when git is missing, this is no repository, or the command fails. */
function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const lines = (text: string | undefined) => (text ?? '').split('\n').filter(Boolean);

/** A source as it was at `ref`, validated; undefined when it did not exist, or did not pass its schema. */
export function sourceAt(root: string, ref: string, slug: string): SourceRecord | undefined {
  const text = git(root, ['show', `${ref}:${SOURCES}/${slug}.mdx`]);
  if (text === undefined) return undefined;
  const parsed = sourceSchema.safeParse(splitFrontMatter(text).data);
  return parsed.success ? { slug, data: parsed.data } : undefined;
}

/**
 * The slugs of the sources changed since `ref`: committed since, staged, edited or new, and those
 * whose capture changed; undefined when `ref` is no commit or git cannot tell.
 */
export function changedSources(root: string, ref: string, withCaptures = true): Set<string> | undefined {
  if (git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) return undefined;
  const folders = withCaptures ? [SOURCES, CAPTURES] : [SOURCES];
  const paths = [
    ...lines(git(root, ['diff', '--name-only', ref, '--', ...folders])),
    ...lines(git(root, ['ls-files', '--others', '--exclude-standard', '--', ...folders])),
  ];
  const slugs = paths.flatMap((path) => {
    const match = /^content\/(?:sources\/([^/]+)\.mdx|captures\/([^/]+)\.txt)$/.exec(path);
    return match ? [(match[1] ?? match[2])!] : [];
  });
  return new Set(slugs);
}

/**
 * The merge base of HEAD with origin/main (or main): what a pull request is compared with.
 * HEAD itself when neither exists, as in a shallow clone.
 */
export function defaultBase(root: string): string {
  for (const branch of ['origin/main', 'main']) {
    const base = git(root, ['merge-base', 'HEAD', branch])?.trim();
    if (base) return base;
  }
  return 'HEAD';
}

/**
 * The impact report for the sources changed since `ref` (committed since, staged, edited or new),
 * drafts among them counted as if published; undefined when none changed or git cannot tell.
 */
export function impactReport(root: string, result: CheckResult, ref: string): string | undefined {
  // A capture changes nothing a reader sees: only the sources themselves count here.
  const changed = changedSources(root, ref, false);
  if (!changed || changed.size === 0) return undefined;
  const current = result.sources.map((source) => ({
    slug: source.parsed.slug,
    data: source.data,
    partial: source.partial,
  }));
  const before = [
    ...current.filter((source) => !changed.has(source.slug)),
    ...[...changed].flatMap((slug) => sourceAt(root, ref, slug) ?? []),
  ];
  const impact = changeImpact(before, current, changed, { topics: result.topics, useCases: result.useCases });
  const status = (slug: string) => {
    const now = current.find((record) => record.slug === slug);
    const state = !now
      ? 'removed'
      : now.partial
        ? 'has errors, left out'
        : sourceAt(root, ref, slug)
          ? 'edited'
          : 'new';
    return `${SOURCES}/${slug}.mdx (${state}${now && isDraft(now.data) ? ', draft: counted as if published' : ''})`;
  };
  return [
    `What this changes on the site, against ${ref}:`,
    ...[...changed].sort().map((slug) => `  ${status(slug)}`),
    ...(impact.length
      ? impact.map((line) => `  · ${line}`)
      : ['  · nothing a reader sees on the topics, the contradictions or /choose/ changes.']),
  ].join('\n');
}

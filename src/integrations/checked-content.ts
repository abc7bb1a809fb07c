// The content check's result, shared by the integrations of one build: the integrity check runs
// it at the start, the search index reuses it when the build starts instead of reading everything
// again, and the Markdown plugins reuse the front matter it parsed instead of parsing every source again.
import { readFileSync } from 'node:fs';
import { checkRawContent, type CheckResult } from '../lib/check/check-content.ts';
import { loadContent, textDigest, type RawContent } from '../lib/check/load-content.ts';
import { toDay } from '../lib/text/dates.ts';
import { splitFrontMatter } from '../lib/text/front-matter.ts';

let last: { root: string; raw: RawContent; result: CheckResult } | undefined;
/** Each source's parsed front matter, keyed by the digest of its whole file. */
let frontMatter = new Map<string, unknown>();

/**
 * A copy of parsed YAML that shares no string with the file's text. A parser's strings are often
 * slices of the text they were read from, so keeping one field of a source would keep its whole
 * front matter in memory.
 */
const detached = (data: unknown): unknown => (data === undefined ? undefined : JSON.parse(JSON.stringify(data)));

/**
 * Checks the content under `root`, or returns this build's result; `fresh` forces a new check,
 * which parses again only the sources that changed since the last one (in `astro dev`).
 */
export function checkedContent(root: string, fresh = false): CheckResult {
  if (fresh || !last || last.root !== root) {
    const raw = loadContent(root, undefined, last?.root === root ? last.raw : undefined);
    // Keyed by the digest of the whole file, so a file changed since the check (in `astro dev`)
    // never gets the old front matter.
    frontMatter = new Map(raw.sources.flatMap((source) => (source.digest && source.data !== undefined ? [[source.digest, detached(source.data)] as const] : [])));
    last = { root, raw, result: checkRawContent(raw, toDay(new Date())) };
  }
  return last.result;
}

/**
 * Lets go of the check's texts (article bodies, captures, the YAML kept for line numbers) once a
 * build has passed the check and taken what it needs: they would otherwise sit in memory while
 * Vite bundles, and V8 lets its heap grow to a multiple of what stays alive. The front matter the
 * Markdown plugins read is kept. Asking for the result again checks again.
 */
export function releaseCheckedTexts(): void {
  last = undefined;
}

/** The parsed front matter of the file at `path`: the check's parse when the file is unchanged since, else a fresh one. */
export function frontMatterOf(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return frontMatter.get(textDigest(text)) ?? splitFrontMatter(text).data;
}

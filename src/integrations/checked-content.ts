// The content check's result, shared by the integrations of one build: the integrity check runs
// it at the start, the search index reuses it at the end instead of reading everything again, and
// the Markdown plugins reuse the front matter it parsed instead of parsing every source again.
import { readFileSync } from 'node:fs';
import { checkRawContent, type CheckResult } from '../lib/check/check-content.ts';
import { loadContent, textDigest, type RawContent } from '../lib/check/load-content.ts';
import { toDay } from '../lib/text/dates.ts';
import { splitFrontMatter } from '../lib/text/front-matter.ts';

let last: { root: string; raw: RawContent; result: CheckResult; frontMatter: Map<string, unknown> } | undefined;

/**
 * Checks the content under `root`, or returns this build's result; `fresh` forces a new check,
 * which parses again only the sources that changed since the last one (in `astro dev`).
 */
export function checkedContent(root: string, fresh = false): CheckResult {
  if (fresh || !last || last.root !== root) {
    const raw = loadContent(root, undefined, last?.root === root ? last.raw : undefined);
    // Keyed by the digest of the whole file, so a file changed since the check (in `astro dev`)
    // never gets the old front matter.
    const frontMatter = new Map(raw.sources.flatMap((source) => (source.digest && source.data !== undefined ? [[source.digest, source.data] as const] : [])));
    last = { root, raw, result: checkRawContent(raw, toDay(new Date())), frontMatter };
  }
  return last.result;
}

/** The parsed front matter of the file at `path`: the check's parse when the file is unchanged since, else a fresh one. */
export function frontMatterOf(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return last?.frontMatter.get(textDigest(text)) ?? splitFrontMatter(text).data;
}

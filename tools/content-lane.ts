// What `npm run test:content` tests for a change to some sources: their own pages, the topic
// pages their claims are on (before and after the change), and the site-wide pages every source
// feeds; and which browser tests are about those. Pure: tools/test-content.ts reads git and runs.

/** A changed source as it was at the base and as it is now (either missing when added or removed). */
export interface ChangedSource {
  slug: string;
  before?: SourceFacts;
  after?: SourceFacts;
}

/** What of a source decides which pages it feeds. */
export interface SourceFacts {
  title: string;
  publisher?: string;
  author?: { name: string };
  kind?: string;
  draft?: boolean;
  claims: ReadonlyArray<{ topic: string }>;
  faqs?: ReadonlyArray<{ topic: string }>;
  tables?: ReadonlyArray<{ rows: ReadonlyArray<{ topic: string }> }>;
  recommendations?: { go?: ReadonlyArray<{ topic?: string }>; rust?: ReadonlyArray<{ topic?: string }> };
}

/** The pages every source feeds, whatever it says: the home matrix, the indexes, /choose/ and the ledger. */
export const SITE_WIDE_PAGES = ['', 'topics/', 'sources/', 'choose/', 'checks/'] as const;

/** Everything a source puts on a topic's page, by topic. */
function itemsByTopic(source: SourceFacts | undefined): Map<string, string> {
  const items = new Map<string, unknown[]>();
  const add = (topic: string | undefined, item: unknown) => {
    if (topic) items.set(topic, [...(items.get(topic) ?? []), item]);
  };
  for (const claim of source?.claims ?? []) add(claim.topic, claim);
  for (const faq of source?.faqs ?? []) add(faq.topic, faq);
  for (const row of (source?.tables ?? []).flatMap((table) => table.rows)) add(row.topic, row);
  for (const r of [...(source?.recommendations?.go ?? []), ...(source?.recommendations?.rust ?? [])]) add(r.topic, r);
  return new Map([...items].map(([topic, list]) => [topic, JSON.stringify(list)]));
}

/** How a source is named and counted on every page that shows it. */
const identity = (source: SourceFacts | undefined) =>
  source && source.draft !== true
    ? JSON.stringify([source.title, source.publisher, source.author?.name, source.kind])
    : undefined;

/**
 * The topics whose pages a change alters: where the source's claims, answers, rows or
 * recommendations differ, or every topic it is on when it comes, goes, or is named or counted anew.
 */
export function topicsChanged(source: ChangedSource): string[] {
  const before = itemsByTopic(source.before);
  const after = itemsByTopic(source.after);
  const all = [...new Set([...before.keys(), ...after.keys()])];
  if (identity(source.before) !== identity(source.after)) return all.sort();
  return all.filter((topic) => before.get(topic) !== after.get(topic)).sort();
}

/** The pages (paths under the base URL, as tests/e2e/pages.ts names them) a change to these sources can alter. */
export function pagesFed(changed: readonly ChangedSource[]): string[] {
  const own = changed.filter((source) => source.after && source.after.draft !== true).map((s) => `sources/${s.slug}/`);
  const topics = [...new Set(changed.flatMap(topicsChanged))].sort().map((topic) => `topics/${topic}/`);
  return [...SITE_WIDE_PAGES, ...topics, ...own];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Playwright `--grep` pattern for the browser tests about these pages and sources: each page's
 * gates (tests/e2e/navigation.spec.ts), and every test whose title names a changed source (by
 * slug or title).
 */
export function browserGrep(pages: readonly string[], changed: readonly ChangedSource[]): string {
  // Anchored: `/ passes…` (the home page) is also the end of every other page's title.
  const gates = pages.map((page) => `(?:^| )/${escape(page)} passes every page gate$`);
  const published = changed.flatMap((source) => (source.after && source.after.draft !== true ? [source] : []));
  const named = published.flatMap((source) => [escape(source.slug), escape(source.after!.title)]);
  return [...gates, ...named].map((part) => `(?:${part})`).join('|');
}

// Which pages and browser tests `npm run test:content` runs for a change (tools/content-lane.ts).
import { describe, expect, it } from 'vitest';
import { browserGrep, pagesFed, SITE_WIDE_PAGES, topicsChanged, type SourceFacts } from '../../tools/content-lane.ts';

const source = (over: Partial<SourceFacts> = {}): SourceFacts => ({
  title: 'Go or Rust?',
  publisher: 'Acme',
  kind: 'community',
  claims: [
    { topic: 'performance', statement: 'Rust is faster.' } as { topic: string },
    { topic: 'learning-curve', statement: 'Go is easier.' } as { topic: string },
  ],
  faqs: [{ topic: 'tooling' }],
  ...over,
});

describe('the pages a change feeds', () => {
  it('are every page of a new source’s topics, its own page and the site-wide pages', () => {
    expect(pagesFed([{ slug: 'acme', after: source() }])).toEqual([
      ...SITE_WIDE_PAGES,
      'topics/learning-curve/',
      'topics/performance/',
      'topics/tooling/',
      'sources/acme/',
    ]);
  });

  it('leave out the topics an edit does not touch, and keep those it moves a claim from and to', () => {
    const before = source();
    const summaryOnly = { ...before, summary: 'Another summary.' } as SourceFacts;
    expect(topicsChanged({ slug: 'acme', before, after: summaryOnly })).toEqual([]);
    const moved = source({ claims: [before.claims[0]!, { topic: 'tooling' }] });
    expect(topicsChanged({ slug: 'acme', before, after: moved })).toEqual(['learning-curve', 'tooling']);
  });

  it('are every topic of a source that is renamed, re-kinded, removed or unpublished', () => {
    const before = source();
    const all = ['learning-curve', 'performance', 'tooling'];
    expect(topicsChanged({ slug: 'acme', before, after: source({ title: 'Rust or Go?' }) })).toEqual(all);
    expect(topicsChanged({ slug: 'acme', before, after: source({ kind: 'marketing' }) })).toEqual(all);
    expect(topicsChanged({ slug: 'acme', before, after: source({ draft: true }) })).toEqual(all);
    expect(pagesFed([{ slug: 'acme', before }])).toEqual([...SITE_WIDE_PAGES, ...all.map((t) => `topics/${t}/`)]);
  });
});

describe('the browser tests for a change', () => {
  const titles = [
    'chromium navigation.spec.ts / passes every page gate',
    'chromium navigation.spec.ts /sources/acme/ passes every page gate',
    'chromium navigation.spec.ts /sources/other/ passes every page gate',
    'chromium navigation.spec.ts /topics/performance/ passes every page gate',
    'chromium views.spec.ts every claim of acme has its passage marked in the article',
    'chromium sources.spec.ts Go or Rust? shows its title, byline, summary and verdict',
    'chromium views.spec.ts every claim of other has its passage marked in the article',
  ];

  it('are the gates of the pages it feeds and the tests that name the source, by slug or title', () => {
    const grep = new RegExp(browserGrep(['', 'sources/acme/'], [{ slug: 'acme', after: source() }]));
    expect(titles.filter((title) => grep.test(title))).toEqual([titles[0], titles[1], titles[4], titles[5]]);
  });

  it('name no source that is a draft or gone', () => {
    const grep = new RegExp(browserGrep([''], [{ slug: 'acme', before: source(), after: source({ draft: true }) }]));
    expect(titles.filter((title) => grep.test(title))).toEqual([titles[0]]);
  });
});

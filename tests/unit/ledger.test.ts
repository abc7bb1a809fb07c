// The trust views on records built through the real schema: the fact-check ledger, the provenance
// card, claimed-against-found figures, the corrections log and feed.
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/schemas/source.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import { groupLedger, ledgerFacets, ledgerRows } from '../../src/lib/site/views/ledger.ts';
import { noneAccurateNote, provenanceOf } from '../../src/lib/site/views/provenance.ts';
import { qualityOf } from '../../src/lib/site/views/quality.ts';
import { figuresByMetric } from '../../src/lib/site/views/figures.ts';
import { correctionLog, correctionSubjects, correctionValue } from '../../src/lib/site/views/corrections.ts';
import { correctionFeedItems, feedItems, mergeFeeds } from '../../src/lib/site/feed.ts';
import { shortNames } from '../../src/lib/site/labels.ts';
import { nameKey } from '../../src/lib/check/rules/distinct-names.ts';
import { claimReviews } from '../../src/lib/site/structured-data.ts';
import { claim as buildClaim, source as buildSource, type ClaimInput, type Rating } from '../support/builders.ts';

const PRIMARY = [{ title: 'Primary', url: 'https://example.org/primary' }];
/** A claim for Go, fact-checked with a primary source when rated. */
const claim = (topic: string, rating?: Rating, extra: Partial<ClaimInput> = {}) =>
  buildClaim(topic, 'go', { rating, checked: '2026-11-30', checkSources: PRIMARY, ...extra });
const source = (slug: string, extra: Partial<SourceInput>) =>
  buildSource(slug, { kind: 'templated', claims: [claim('cost')], ...extra });

describe('the fact-check ledger', () => {
  const records = [
    source('beta', {
      publisher: 'Beta',
      claims: [claim('cost', 'accurate'), claim('performance', 'misleading'), claim('cost')],
    }),
    source('alpha', { publisher: 'Alpha', claims: [claim('performance', 'misleading'), claim('cost', 'unsupported')] }),
  ];
  const names = shortNames(records);
  const rows = ledgerRows(records);

  it('has one row per checked claim, and none for an unchecked one', () => {
    const checked = records.flatMap(({ data }) => data.claims.filter((c) => c.check));
    expect(rows).toHaveLength(checked.length);
    expect(rows.map((row) => row.claimId)).toEqual(checked.map((c) => c.id));
    expect(rows[0]).toMatchObject({
      slug: 'beta',
      check: { rating: 'accurate', checked: new Date('2026-11-30T00:00:00Z') },
    });
  });

  it('groups by rating, most serious first, then by source name', () => {
    const groups = groupLedger(rows, names);
    expect(groups.map((group) => [group.rating, group.count])).toEqual([
      ['misleading', 2],
      ['unsupported', 1],
      ['accurate', 1],
    ]);
    expect(groups[0]!.sources.map((s) => s.slug)).toEqual(['alpha', 'beta']);
  });

  it('offers only the ratings, sources and topics some check has, with counts', () => {
    const facets = ledgerFacets(rows, names, ['performance', 'cost']);
    expect(facets.ratings).toEqual([
      { value: 'misleading', count: 2 },
      { value: 'unsupported', count: 1 },
      { value: 'accurate', count: 1 },
    ]);
    expect(facets.sources).toEqual([
      { value: 'alpha', count: 2 },
      { value: 'beta', count: 2 },
    ]);
    expect(facets.topics).toEqual([
      { value: 'performance', count: 2 },
      { value: 'cost', count: 2 },
    ]);
  });
});

describe('the provenance card', () => {
  it('gives the original address when there is one', () => {
    const { data } = source('a', { url: 'https://www.example.com/post', publisher: 'Example', captured: '2026-11-23' });
    const card = provenanceOf(data, qualityOf(data.claims));
    expect(card.original).toEqual({ found: true, url: 'https://www.example.com/post', host: 'example.com' });
    expect(card.captured).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(card.publisher).toBe('Example');
  });

  it('says the address was not found, with what was searched', () => {
    const { data } = source('a', { provenance: { searched: 'the headline, in a web search' } });
    expect(provenanceOf(data, qualityOf(data.claims)).original).toEqual({
      found: false,
      searched: 'the headline, in a web search',
    });
  });

  it('keeps what was searched beside an address that was found', () => {
    const { data } = source('a', {
      url: 'https://example.com/post',
      provenance: { searched: 'the headline, in a web search' },
    });
    expect(provenanceOf(data, qualityOf(data.claims)).original).toEqual({
      found: true,
      url: 'https://example.com/post',
      host: 'example.com',
      searched: 'the headline, in a web search',
    });
  });

  it('notes plainly when none of its checked claims is accurate, and only then', () => {
    const none = source('a', {
      claims: [claim('cost', 'unsupported'), claim('cost', 'misleading'), claim('cost')],
    }).data;
    const card = provenanceOf(none, qualityOf(none.claims));
    expect(card.noneAccurate).toBe(true);
    expect(noneAccurateNote(card.record)).toBe('None of the 2 claims we checked in this article is rated accurate.');
    const some = source('b', { claims: [claim('cost', 'accurate'), claim('cost', 'misleading')] }).data;
    expect(provenanceOf(some, qualityOf(some.claims)).noneAccurate).toBe(false);
    const unchecked = source('c', { claims: [claim('cost')] }).data;
    expect(provenanceOf(unchecked, qualityOf(unchecked.claims)).noneAccurate).toBe(false);
  });
});

describe('claimed against found', () => {
  const metric: Metric = { id: 'crates', title: 'Packages', unit: 'packages' };
  const figure = {
    metric: 'crates',
    subject: 'rust' as const,
    min: 100,
    unit: 'packages',
    qualifier: 'at-least' as const,
  };
  const found = {
    metric: 'crates',
    subject: 'rust' as const,
    min: 100000,
    unit: 'packages',
    asOf: '2026-11-30',
    url: 'https://crates.io/',
  };

  it('sets the number a check found beside the figure it answers, and counts the metric confirmed', () => {
    const record = source('a', {
      claims: [claim('ecosystem', 'misleading', { figures: [figure] })].map((c) => ({
        ...c,
        check: { ...c.check!, found: [found, { ...found, subject: 'go' as const }] },
      })),
    });
    const [entry] = figuresByMetric([record], [metric]);
    expect(entry!.confirmed).toBe(true);
    expect(entry!.figures[0]!.found).toHaveLength(1);
    expect(entry!.figures[0]!.found[0]).toMatchObject({
      min: 100000,
      subject: 'rust',
      asOf: new Date('2026-11-30T00:00:00Z'),
    });
  });

  it('marks a metric with only claims as not confirmed', () => {
    const record = source('a', { claims: [claim('ecosystem', 'unsupported', { figures: [figure] })] });
    const [entry] = figuresByMetric([record], [metric]);
    expect(entry).toMatchObject({ confirmed: false });
    expect(entry!.figures[0]!.found).toEqual([]);
  });
});

describe('the corrections log and feed', () => {
  const correction = (id: string, date: string, slug: string) =>
    correctionSchema.parse({
      id,
      date,
      source: slug,
      item: 'claims.c1.check.rating',
      change: 'rating',
      from: 'accurate',
      to: 'misleading',
      why: 'The release notes say otherwise.',
    });
  const log = [
    correction('old', '2026-11-01', 'a'),
    correction('new', '2026-12-01', 'a'),
    correction('draft', '2026-12-02', 'hidden'),
  ];

  it('lists corrections newest first, leaving out sources the site does not show', () => {
    expect(correctionLog(log, new Set(['a'])).map((c) => c.id)).toEqual(['new', 'old']);
  });

  it('puts every correction in the feed with what changed and why, among the sources by date', () => {
    const shortNames = new Map([['a', 'Alpha']]);
    const items = correctionFeedItems(
      correctionLog(log, new Set(['a'])),
      shortNames,
      (id) => `/about/#correction-${id}`,
      [source('a', { claims: [buildClaim('cost', 'go', { id: 'c1' })] })],
    );
    expect(items[0]).toEqual({
      title: 'Correction: Rating changed in Alpha',
      link: '/about/#correction-new',
      description: 'Claim “statement c1”, from “Accurate” to “Misleading”. The release notes say otherwise.',
      pubDate: new Date('2026-12-01T00:00:00Z'),
      categories: ['correction'],
    });
    const sources = feedItems([source('a', { published: '2026-11-15' })], (slug) => `/sources/${slug}/`);
    expect(mergeFeeds(sources, items).map((item) => item.link)).toEqual([
      '/about/#correction-new',
      '/sources/a/',
      '/about/#correction-old',
    ]);
  });
});

describe('names readers can tell apart', () => {
  it('reads two names as the same when only word order, case or punctuation differ', () => {
    expect(nameKey('Go vs Rust (2026)')).toBe(nameKey('Rust vs Go 2026'));
    expect(nameKey('Codism.io')).not.toBe(nameKey('Froodl'));
  });
});

describe('structured data', () => {
  it('dates each ClaimReview by the day its check was made', () => {
    const { data } = source('a', { claims: [claim('cost', 'accurate'), claim('cost')] });
    const reviews = claimReviews(
      data,
      'https://site.example/sources/a/',
      (id) => `https://site.example/sources/a/#claim-${id}`,
    );
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      datePublished: '2026-11-30',
      reviewBody: data.claims[0]!.check!.note,
    });
  });
});

describe('what a correction changed, in readers’ words', () => {
  const data = source('a', {
    claims: [buildClaim('cost', 'go', { id: 'go-cheaper' })],
  }).data;

  it('names a claim by its statement once, however many of its fields the correction lists', () => {
    expect(correctionSubjects('claims.go-cheaper.check.sources, claims.go-cheaper.check', data)).toEqual([
      { what: 'Claim', text: 'statement go-cheaper' },
    ]);
  });

  it('says a claim no longer on the page was removed or split, without its id', () => {
    const [subject] = correctionSubjects('claims.gone-claim', data);
    expect(subject!.what).not.toContain('gone-claim');
    expect(subject!.text).toBeUndefined();
  });

  it('shows a rating or a stance as its word, other values as written', () => {
    expect(correctionValue('rating', 'misleading')).toBe('Misleading');
    expect(correctionValue('check-added', 'unsupported')).toBe('Unsupported');
    expect(correctionValue('stance', 'depends')).toBe('Depends');
    expect(correctionValue('statement', 'misleading')).toBe('misleading');
  });
});

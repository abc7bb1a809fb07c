import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import { siteImpact, type SiteContent } from '../../src/lib/site/views/impact.ts';
import type { SourceInput } from '../../src/schemas/source.ts';
import { claim, source as buildSource, topic, useCase } from '../support/builders.ts';

const TOPICS = [topic('cost', 1), topic('speed', 2)];
const USE_CASES = [useCase('web', 1, { title: 'Web services' })];

/** A source with one claim per [topic, side]. */
const source = (
  slug: string,
  claims: Array<[topic: string, favors: 'go' | 'rust' | 'depends', rating?: 'accurate' | 'misleading']>,
  extra: Partial<SourceInput> = {},
): SourceRecord =>
  buildSource(slug, {
    claims: claims.map(([topicId, favors, rating]) => claim(topicId, favors, { rating })),
    ...extra,
  });

const site = (...sources: SourceRecord[]): SiteContent => ({ sources, topics: TOPICS, useCases: USE_CASES });
const three = [source('a', [['cost', 'go']]), source('b', [['cost', 'go']]), source('c', [['cost', 'rust']])];

describe('what a source changes on the site', () => {
  it('names a topic whose consensus it flips, with the counts before and after', () => {
    const added = source('d', [['cost', 'go']]);
    expect(siteImpact(site(...three), site(...three, added))).toEqual([
      'flips cost: Split (2 Go · 1 Rust) → Consensus for Go (3 Go · 1 Rust)',
      'cost: evidence 3 claims · none checked → 4 claims · none checked',
      'unchanged: 1 topic (speed)',
    ]);
  });

  it('says nothing when the change moves no consensus, evidence, contradiction or use case', () => {
    const edited = source('c', [['cost', 'rust']], { summary: 'Rewritten in our words.' });
    expect(siteImpact(site(...three), site(three[0]!, three[1]!, edited))).toEqual([]);
  });

  it('counts a check that discounts a claim as a change of evidence and consensus', () => {
    const checked = source('c', [['cost', 'rust', 'misleading']]);
    expect(siteImpact(site(...three), site(three[0]!, three[1]!, checked))).toEqual([
      'flips cost: Split (2 Go · 1 Rust) → Too few sources (2 Go)',
      'cost: evidence 3 claims · none checked → 3 claims · 1 checked: 1 misleading (not counted)',
      'unchanged: 1 topic (speed)',
    ]);
  });

  it('lists the use cases on /choose/ a source joins or leaves', () => {
    const recommending = source('d', [['speed', 'rust']], {
      recommendations: { rust: [{ text: 't', useCase: 'web' }] },
    });
    const lines = siteImpact(site(...three), site(...three, recommending));
    expect(lines.slice(0, 2)).toContain(
      'flips /choose/ Web services: no answer (0 Go · 0 Rust) → Rust (0 Go · 1 Rust)',
    );
    expect(lines).toContain('/choose/ Web services: Rust 0 → 1 sources (gains d)');
    expect(siteImpact(site(...three, recommending), site(...three))).toContain(
      '/choose/ Web services: Rust 1 → 0 sources (loses d)',
    );
  });

  it('reports a contradiction that appears between two sources answering the same question both ways', () => {
    const question = (slug: string, favors: 'go' | 'rust') => {
      const record = source(slug, [['speed', favors]]);
      record.data.claims[0]!.question = 'which-is-faster';
      return record;
    };
    const lines = siteImpact(site(question('a', 'go')), site(question('a', 'go'), question('b', 'rust')));
    expect(lines).toContain('new contradiction, speed · which-is-faster: Go: a against Rust: b');
  });
});

// Evidence quality in every stance: which claims vote, when sources make a consensus,
// and how both read. Fixtures only; the real content is never pinned here.
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/schemas/source.ts';
import { matrixCsv } from '../../src/lib/site/exports.ts';
import { compare } from '../../src/lib/site/views/comparison.ts';
import { deriveConsensus } from '../../src/lib/site/views/consensus.ts';
import { describeConsensus, describeQuality } from '../../src/lib/site/views/describe.ts';
import { atAGlance } from '../../src/lib/site/views/glance.ts';
import { castsVote } from '../../src/lib/rule-book.ts';
import { qualityMark, qualityOf } from '../../src/lib/site/views/quality.ts';
import { rosterOf } from '../../src/lib/site/views/sides.ts';
import { deriveStance } from '../../src/lib/site/views/stance.ts';
import {
  claim as buildClaim,
  source as buildSource,
  topic,
  type ClaimInput,
  type Rating,
} from '../support/builders.ts';

const TOPICS = [topic('performance', 1), topic('security', 2)];
const claim = (topicId: string, favors: ClaimInput['favors'], rating?: Rating) =>
  buildClaim(topicId, favors, { rating });
const source = (slug: string, claims: ClaimInput[], extra: Partial<SourceInput> = {}) =>
  buildSource(slug, { claims, ...extra });
const parsed = (c: ClaimInput) => source('x', [c]).data.claims[0]!;

describe('which claims vote', () => {
  it('a claim rated inaccurate or misleading casts no vote; accurate, unsupported and unchecked ones do', () => {
    expect(castsVote(parsed(claim('performance', 'go', 'inaccurate')))).toBe(false);
    expect(castsVote(parsed(claim('performance', 'go', 'misleading')))).toBe(false);
    expect(castsVote(parsed(claim('performance', 'go', 'unsupported')))).toBe(true);
    expect(castsVote(parsed(claim('performance', 'go', 'accurate')))).toBe(true);
    expect(castsVote(parsed(claim('performance', 'go')))).toBe(true);
  });

  it('a source’s stance ignores its discounted claims, and keeps them in its quality', () => {
    const record = source('a', [
      claim('performance', 'go'),
      claim('performance', 'rust', 'inaccurate'),
      claim('performance', 'rust', 'misleading'),
    ]);
    const column = compare([record], TOPICS)[0]!.columns[0]!;
    expect(column.stance).toBe('go');
    expect(column.counts).toEqual({ go: 1, rust: 0, tie: 0, depends: 0 });
    expect(column.quality).toMatchObject({
      claims: 3,
      checked: 2,
      discounted: 2,
      ratings: { inaccurate: 1, misleading: 1 },
    });
    expect(column.evidence?.claims).toHaveLength(3); // still shown
  });

  it('a source whose only claims on a topic are rated inaccurate is silent on it', () => {
    const record = source('a', [claim('performance', 'go', 'inaccurate')]);
    expect(deriveStance({ claims: record.data.claims, rows: [], faqs: [] })).toMatchObject({
      stance: 'silent',
      quality: { claims: 1, discounted: 1 },
    });
  });

  it('an unsupported claim still counts, and is marked', () => {
    const record = source('a', [claim('performance', 'rust', 'unsupported'), claim('performance', 'rust', 'accurate')]);
    const column = compare([record], TOPICS)[0]!.columns[0]!;
    expect(column.stance).toBe('rust');
    expect(qualityMark(column.quality)).toBe('unsupported');
  });

  it('marks the most serious finding: discounted, then unsupported, then all accurate', () => {
    const mark = (...ratings: Array<Rating | undefined>) =>
      qualityMark(qualityOf(ratings.map((r) => parsed(claim('performance', 'go', r)))));
    expect(mark('unsupported', 'misleading')).toBe('discounted');
    expect(mark('unsupported', 'accurate')).toBe('unsupported');
    expect(mark('accurate', 'accurate')).toBe('accurate');
    expect(mark('accurate', undefined)).toBe('none');
    expect(mark()).toBe('none');
  });
});

describe('a fixture source whose only claims on a topic are rated inaccurate', () => {
  // Three sources favour Rust; a fourth favours Go with an unchecked claim; a fifth only with a
  // claim rated inaccurate. Counted, the fifth would make it 3 of 5 (split); it must not count.
  const sources = [
    source('r1', [claim('performance', 'rust')]),
    source('r2', [claim('performance', 'rust')]),
    source('r3', [claim('performance', 'rust')]),
    source('g1', [claim('performance', 'go')]),
    source('wrong', [claim('performance', 'go', 'inaccurate'), claim('security', 'rust')]),
  ];
  const comparison = compare(sources, TOPICS);

  it('does not move the topic’s stance', () => {
    expect(comparison[0]!.consensus).toMatchObject({ verdict: 'consensus', stance: 'rust', taking: 4, share: 0.75 });
    expect(comparison[0]!.columns.find((c) => c.slug === 'wrong')!.stance).toBe('silent');
  });

  it('does not move it in /data/matrix.csv either', () => {
    const csv = matrixCsv(
      comparison,
      sources.map((s) => s.slug),
    ).split('\r\n');
    expect(csv[0]).toBe('topic,r1,r2,r3,g1,wrong,consensus,consensus_stance');
    expect(csv[1]).toBe('performance,rust,rust,rust,go,silent,consensus,rust');
    expect(csv[2]).toBe('security,silent,silent,silent,silent,rust,too-few,');
  });

  it('with the rating removed, the same claim would split the topic', () => {
    const unchecked = [...sources.slice(0, 4), source('wrong', [claim('performance', 'go')])];
    expect(compare(unchecked, TOPICS)[0]!.consensus.verdict).toBe('split');
  });
});

describe('a topic’s consensus', () => {
  it('needs three sources taking a side: two agreeing sources are too few, not a consensus', () => {
    const consensus = deriveConsensus(['rust', 'rust', 'silent', 'silent', 'silent']);
    expect(consensus).toMatchObject({ verdict: 'too-few', taking: 2, leading: 'rust' });
    expect(consensus.stance).toBeUndefined();
    expect(describeConsensus(consensus)).toBe(
      'Too few sources: only 2 sources take a side (2 favour Rust); a consensus needs 3. 3 are silent.',
    );
    expect(deriveConsensus(['go']).verdict).toBe('too-few');
  });

  it('is consensus at exactly three quarters, split just below', () => {
    expect(deriveConsensus(['rust', 'rust', 'rust', 'go'])).toMatchObject({
      verdict: 'consensus',
      stance: 'rust',
      share: 0.75,
    });
    expect(deriveConsensus(['rust', 'rust', 'rust', 'rust', 'rust', 'rust', 'go', 'go'])).toMatchObject({
      verdict: 'consensus',
      share: 0.75,
    });
    expect(deriveConsensus(['rust', 'rust', 'rust', 'rust', 'rust', 'go', 'go'])).toMatchObject({
      verdict: 'split',
      leading: 'rust',
    });
    expect(deriveConsensus(['rust', 'rust', 'go'])).toMatchObject({ verdict: 'split', share: 2 / 3 });
  });

  it('is consensus with three of three', () => {
    expect(deriveConsensus(['go', 'go', 'go', 'silent'])).toMatchObject({
      verdict: 'consensus',
      stance: 'go',
      share: 1,
    });
  });

  it('is none when every source is silent, or there is none', () => {
    expect(deriveConsensus(['silent', 'silent']).verdict).toBe('none');
    expect(deriveConsensus([]).verdict).toBe('none');
    expect(describeConsensus(deriveConsensus(['silent', 'silent']))).toBe(
      'No side taken: none of the 2 sources takes a side.',
    );
  });

  it('counts a mixed source as taking a side but agreeing with no one', () => {
    expect(deriveConsensus(['go', 'go', 'mixed', 'silent'])).toMatchObject({ verdict: 'split', taking: 3 });
    expect(deriveConsensus(['go', 'go', 'go', 'mixed'])).toMatchObject({ verdict: 'consensus', stance: 'go' });
    expect(deriveConsensus(['mixed', 'mixed', 'mixed'])).toMatchObject({ verdict: 'split', share: 0 });
  });

  it('treats tie and depends as positions of their own that do not agree with each other', () => {
    expect(deriveConsensus(['depends', 'depends', 'depends'])).toMatchObject({
      verdict: 'consensus',
      stance: 'depends',
    });
    expect(deriveConsensus(['tie', 'tie', 'depends'])).toMatchObject({ verdict: 'split', leading: 'tie' });
  });

  it('has no leading stance when two stances are level', () => {
    const consensus = deriveConsensus(['go', 'go', 'rust', 'rust']);
    expect(consensus.verdict).toBe('split');
    expect(consensus.leading).toBeUndefined();
  });

  it('reads as a sentence counting sources, silent ones apart', () => {
    expect(describeConsensus(deriveConsensus(['rust', 'rust', 'rust', 'rust', 'mixed', 'silent']))).toBe(
      'Consensus for Rust: 4 of the 5 sources taking a side favour Rust; 1 is mixed. 1 is silent.',
    );
    expect(describeConsensus(deriveConsensus(['go', 'rust', 'depends', 'silent']))).toBe(
      'Split: 1 favours Go, 1 favours Rust, 1 says it depends. 1 is silent.',
    );
  });
});

describe('evidence quality in words', () => {
  const quality = (...ratings: Array<Rating | undefined>) =>
    describeQuality(qualityOf(ratings.map((r) => parsed(claim('performance', 'go', r)))));
  it('says how many claims are checked and how the checks came out', () => {
    expect(quality('accurate', 'unsupported', undefined)).toBe('3 claims · 2 checked: 1 accurate, 1 unsupported');
    expect(quality(undefined, undefined)).toBe('2 claims · none checked');
    expect(quality()).toBe('no claims');
  });

  it('says which checked claims are not counted', () => {
    expect(quality('inaccurate')).toBe('1 claim · 1 checked: 1 inaccurate (not counted)');
    expect(quality('accurate', 'misleading', 'inaccurate')).toBe(
      '3 claims · 3 checked: 1 accurate, 1 misleading, 1 inaccurate (2 not counted)',
    );
  });
});

describe('sources and topics grouped by side', () => {
  it('puts each piece of evidence on its own side, discounted claims flagged, rows without a winner in the middle', () => {
    const record = source(
      'a',
      [claim('performance', 'go'), claim('performance', 'rust', 'misleading'), claim('performance', 'tie')],
      {
        tables: [{ id: 't', caption: 'c', rows: [{ topic: 'performance', label: 'Speed', go: 'x', rust: 'y' }] }],
      },
    );
    const { sides } = compare([record, source('quiet', [claim('security', 'go')])], TOPICS)[0]!;
    expect(sides.go.map((item) => [item.slug, item.kind, item.counted])).toEqual([['a', 'claim', true]]);
    expect(sides.rust.map((item) => [item.slug, item.kind, item.counted])).toEqual([['a', 'claim', false]]);
    expect(sides.middle.map((item) => [item.kind, item.stance, item.counted])).toEqual([
      ['claim', 'tie', true],
      ['row', undefined, false],
    ]);
  });

  it('rosters sources as Go, middle (tie, depends, mixed), Rust and silent', () => {
    const roster = rosterOf([
      { slug: 'a', stance: 'go' as const },
      { slug: 'b', stance: 'mixed' as const },
      { slug: 'c', stance: 'depends' as const },
      { slug: 'd', stance: 'rust' as const },
      { slug: 'e', stance: 'silent' as const },
    ]);
    expect(Object.fromEntries(Object.entries(roster).map(([key, list]) => [key, list.map((c) => c.slug)]))).toEqual({
      go: ['a'],
      middle: ['b', 'c'],
      rust: ['d'],
      silent: ['e'],
    });
  });

  it('sorts topics for the home page by where the sources land, with the sources each rests on', () => {
    const t = (id: string) => topic(id, 1);
    const glance = atAGlance([
      { topic: t('a'), consensus: deriveConsensus(['go', 'go', 'go', 'rust']) },
      { topic: t('b'), consensus: deriveConsensus(['rust', 'rust', 'rust']) },
      { topic: t('c'), consensus: deriveConsensus(['depends', 'depends', 'depends']) },
      { topic: t('d'), consensus: deriveConsensus(['go', 'rust', 'rust']) },
      { topic: t('e'), consensus: deriveConsensus(['rust', 'rust', 'silent']) },
      { topic: t('f'), consensus: deriveConsensus(['silent']) },
    ]);
    const ids = (key: keyof typeof glance) => glance[key].map((entry) => [entry.topic.id, entry.count, entry.of]);
    expect(ids('go')).toEqual([['a', 3, 4]]);
    expect(ids('rust')).toEqual([['b', 3, 3]]);
    expect(glance.neither.map((entry) => [entry.topic.id, entry.stance])).toEqual([['c', 'depends']]);
    expect(ids('split')).toEqual([['d', 3, 3]]);
    expect(ids('thin')).toEqual([
      ['e', 2, 2],
      ['f', 0, 0],
    ]);
  });
});

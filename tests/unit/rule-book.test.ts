// The rule book on records built through the real schema: what each kind of evidence contributes,
// how a rated claim reaches the table rows and FAQ answers that restate it, and the method
// sentences the pages print. Fixtures only; the real content is never read here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/schemas/source.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import {
  AGREEMENT,
  answerRestates,
  DISCOUNTED_RATINGS,
  MIN_SOURCES,
  faqVote,
  isDiscredited,
  isFragileConsensus,
  ratingBeyondEvidence,
  rowRestates,
  rowVote,
  stanceOfVotes,
  votesOf,
} from '../../src/lib/rule-book.ts';
import { claimsExport, matrixCsv } from '../../src/lib/site/exports.ts';
import { RATING_WORDS } from '../../src/lib/site/labels.ts';
import { methodSentences, shareWords } from '../../src/lib/site/method.ts';
import { MATRIX_LAYOUTS, matrixLayout } from '../../src/lib/site/tunables.ts';
import { compare } from '../../src/lib/site/views/comparison.ts';
import { deriveConsensus } from '../../src/lib/site/views/consensus.ts';
import { describeConditions, fragileNote } from '../../src/lib/site/views/describe.ts';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import { groupFaqs } from '../../src/lib/site/views/faq-groups.ts';
import { claim as buildClaim, source as buildSource, type ClaimInput, type Rating } from '../support/builders.ts';

const TOPICS: Topic[] = [{ id: 'ecosystem', title: 'Ecosystem', question: '?', description: 'd', order: 1 }];

const claim = (id: string, favors: ClaimInput['favors'], rating?: Rating) =>
  buildClaim('ecosystem', favors, { id, rating });
const source = (slug: string, extra: Partial<SourceInput>) => buildSource(slug, { claims: [], ...extra });

/** A source whose say on the ecosystem is a table row and the two claims it restates, rated as given. */
function rowSource(
  slug: string,
  go: Rating | undefined,
  rust: Rating | undefined,
  winner: 'go' | 'rust' = 'go',
): SourceRecord {
  return source(slug, {
    claims: [claim('go-libraries', winner, go), claim('rust-libraries', winner, rust)],
    tables: [
      {
        id: 't',
        caption: 'c',
        rows: [
          {
            topic: 'ecosystem',
            label: 'Libraries',
            go: '1000+',
            rust: '100+',
            winner,
            claims: ['go-libraries', 'rust-libraries'],
          },
        ],
      },
    ],
  });
}

const parsedClaims = (...claims: ClaimInput[]) => source('x', { claims }).data.claims;

describe('what a restated claim does to a row or an FAQ answer', () => {
  it('finds the claims a row or an answer lists, and those quoting it word for word, in source order', () => {
    const claims = parsedClaims(claim('a', 'go'), claim('b', 'rust'), claim('c', 'go'));
    const row = { go: 'x', rust: 'y' };
    expect(rowRestates({ ...row, claims: ['c', 'missing', 'a'] }, claims).map((c) => c.id)).toEqual(['a', 'c']);
    expect(rowRestates({ go: 'quote b', rust: 'y' }, claims).map((c) => c.id)).toEqual(['b']);
    expect(rowRestates(row, claims)).toEqual([]);
    expect(answerRestates({ answer: 'As they say, quote c. So Go.' }, claims).map((c) => c.id)).toEqual(['c']);
    expect(answerRestates({ answer: 'Go.', claims: ['a'] }, claims).map((c) => c.id)).toEqual(['a']);
  });

  it('discredits a row when any claim it restates carries a rating that takes votes away, and only then', () => {
    for (const rating of ['accurate', 'misleading', 'unsupported', 'inaccurate'] as const) {
      const restated = parsedClaims(claim('a', 'go', 'accurate'), claim('b', 'go', rating));
      expect(isDiscredited(restated)).toBe(DISCOUNTED_RATINGS.has(rating));
      expect(rowVote({ winner: 'go' }, restated)).toEqual(
        DISCOUNTED_RATINGS.has(rating) ? undefined : { stance: 'go' },
      );
      expect(faqVote({ favors: 'rust' }, restated)).toEqual(
        DISCOUNTED_RATINGS.has(rating) ? undefined : { stance: 'rust' },
      );
    }
    expect(isDiscredited([])).toBe(false);
    expect(rowVote({}, [])).toBeUndefined();
  });

  it('counts each kind of evidence once, and a source with no vote left is silent', () => {
    const discredited = parsedClaims(claim('m', 'go', 'misleading'));
    const votes = votesOf({
      claims: parsedClaims(claim('a', 'rust'), claim('b', 'go', 'inaccurate')),
      rows: [
        { row: { winner: 'go' }, restated: discredited },
        { row: { winner: 'tie' }, restated: [] },
      ],
      faqs: [{ faq: { favors: 'depends' }, restated: [] }],
    });
    expect(votes).toEqual([{ stance: 'rust' }, { stance: 'tie' }, { stance: 'depends' }]);
    expect(stanceOfVotes(votes)).toBe('mixed');
    expect(stanceOfVotes([{ stance: 'go' }, { stance: 'go' }])).toBe('go');
    expect(stanceOfVotes([])).toBe('silent');
  });
});

describe('conditional advice', () => {
  const shortTerm = (favors: ClaimInput['favors'], id: string) =>
    buildClaim('ecosystem', favors, { id, condition: 'in the short term' });
  const longTerm = (favors: ClaimInput['favors'], id: string) =>
    buildClaim('ecosystem', favors, { id, condition: 'In the  long term' });
  const stanceOf = (...claims: ClaimInput[]) => {
    const [topic] = compare([source('s', { claims })], TOPICS);
    return topic!.columns[0]!;
  };

  it('makes a source whose sides differ only by the conditions it states take the stance depends, with its conditions', () => {
    const column = stanceOf(shortTerm('go', 'a'), longTerm('rust', 'b'), shortTerm('go', 'c'));
    expect(column.stance).toBe('depends');
    expect(column.conditions).toEqual([
      { condition: 'in the short term', stance: 'go' },
      { condition: 'In the  long term', stance: 'rust' },
    ]);
    expect(stanceOf(shortTerm('go', 'a'), longTerm('rust', 'b'), claim('c', 'depends')).stance).toBe('depends');
  });

  it('leaves a source mixed when a side is taken without a condition, or one condition is given two sides', () => {
    expect(stanceOf(shortTerm('go', 'a'), claim('b', 'rust')).stance).toBe('mixed');
    expect(stanceOf(shortTerm('go', 'a'), longTerm('rust', 'b'), claim('c', 'tie')).stance).toBe('mixed');
    expect(stanceOf(shortTerm('go', 'a'), shortTerm('rust', 'b')).stance).toBe('mixed');
    expect(stanceOf(claim('a', 'go'), claim('b', 'rust')).conditions).toEqual([]);
  });

  it('says the conditions in words, and explains the rule on /about/', () => {
    const column = stanceOf(shortTerm('go', 'a'), longTerm('rust', 'b'));
    expect(describeConditions(column.conditions)).toBe('Go in the short term; Rust In the  long term');
    expect(methodSentences().conditions).toContain('its stance is “it depends”');
    expect(methodSentences().evidence).toContain(
      'rated accurate only when at least one primary page it cites was opened',
    );
  });

  it('keeps a single side a single side, condition or not', () => {
    expect(stanceOf(shortTerm('go', 'a'), longTerm('go', 'b')).stance).toBe('go');
  });

  it('counts a condition on a table row or an FAQ answer, and none on a vote the rule book takes away', () => {
    const votes = votesOf({
      claims: parsedClaims(
        shortTerm('go', 'a'),
        buildClaim('ecosystem', 'tie', { id: 'm', condition: 'x', rating: 'misleading' }),
      ),
      rows: [{ row: { winner: 'tie', condition: 'on licence price' }, restated: [] }],
      faqs: [{ faq: { favors: 'rust', condition: 'in the long term' }, restated: [] }],
    });
    expect(votes).toEqual([
      { stance: 'go', condition: 'in the short term' },
      { stance: 'tie', condition: 'on licence price' },
      { stance: 'rust', condition: 'in the long term' },
    ]);
    expect(stanceOfVotes(votes)).toBe('depends');
  });

  it('shows the conditional stance in matrix.csv and the condition of each claim in claims.json', () => {
    const sources = [source('s', { claims: [shortTerm('go', 'a'), longTerm('rust', 'b')] })];
    const [topic] = compare(sources, TOPICS);
    expect(matrixCsv([topic!], ['s']).split('\r\n')[1]).toBe('ecosystem,depends,too-few,');
    expect(claimsExport(sources, TOPICS, () => '').claims.map((c) => c.condition)).toEqual([
      'in the short term',
      'In the  long term',
    ]);
  });
});

describe('a discredited row across the views and exports', () => {
  const sources = [
    rowSource('restates-misleading', 'misleading', 'inaccurate'),
    rowSource('restates-accurate', 'accurate', 'unsupported', 'rust'),
  ];
  const [ecosystem] = compare(sources, TOPICS);
  const column = (slug: string) => ecosystem!.columns.find((c) => c.slug === slug)!;

  it('leaves its source silent when nothing else votes, and keeps a row whose claims hold', () => {
    expect(column('restates-misleading').stance).toBe('silent');
    expect(column('restates-accurate').stance).toBe('rust');
    expect(ecosystem!.consensus).toMatchObject({ taking: 1, counts: { rust: 1, silent: 1 } });
  });

  it('stays on its side of the topic page, flagged, with the checks of the claims it restates', () => {
    const [flagged] = ecosystem!.sides.go.filter((item) => item.kind === 'row');
    expect(flagged).toMatchObject({ slug: 'restates-misleading', counted: false, discounted: true });
    expect(flagged!.checks.map((c) => c.id)).toEqual(['go-libraries', 'rust-libraries']);
    const [kept] = ecosystem!.sides.rust.filter((item) => item.kind === 'row');
    expect(kept).toMatchObject({ slug: 'restates-accurate', counted: true, discounted: false });
  });

  it('is silent in matrix.csv and not counted in claims.json, like on the pages', () => {
    expect(
      matrixCsv(
        [ecosystem!],
        sources.map((s) => s.slug),
      ).split('\r\n')[1],
    ).toBe('ecosystem,silent,rust,too-few,');
    const exported = claimsExport(sources, TOPICS, (slug, id) => `${slug}#${id}`);
    expect(exported.rows.map((row) => [row.source, row.counted])).toEqual([
      ['restates-misleading', false],
      ['restates-accurate', true],
    ]);
    expect(exported.claims.filter((c) => !c.counted).map((c) => c.source)).toEqual([
      'restates-misleading',
      'restates-misleading',
    ]);
  });

  it('discredits a row that quotes a misleading claim word for word even when it does not list it', () => {
    const unlisted = source('unlisted', {
      claims: [claim('libraries', 'go', 'misleading')],
      tables: [
        {
          id: 't',
          caption: 'c',
          rows: [{ topic: 'ecosystem', label: 'Libraries', go: 'quote libraries', rust: '100+', winner: 'go' }],
        },
      ],
    });
    const [topic] = compare([unlisted], TOPICS);
    expect(topic!.columns[0]!.stance).toBe('silent');
    expect(topic!.columns[0]!.evidence!.rows[0]).toMatchObject({ discounted: true });
  });

  it('flags an FAQ answer the same way on /faq/ and in the export', () => {
    const faqSource = source('faq', {
      claims: [claim('cheap', 'go', 'inaccurate')],
      faqs: [
        { question: 'Is Go cheaper?', answer: 'Yes.', topic: 'ecosystem', favors: 'go', claims: ['cheap'] },
        { question: 'Is Rust safer?', answer: 'Yes.', topic: 'ecosystem', favors: 'rust' },
      ],
    });
    const answers = groupFaqs([faqSource])
      .get('ecosystem')!
      .flatMap((group) => group.answers);
    expect(answers.map((a) => [a.faq.question, a.discounted, a.restated.map((c) => c.id)])).toEqual([
      ['Is Go cheaper?', true, ['cheap']],
      ['Is Rust safer?', false, []],
    ]);
    expect(claimsExport([faqSource], TOPICS, () => '').faqAnswers.map((a) => a.counted)).toEqual([false, true]);
    expect(compare([faqSource], TOPICS)[0]!.columns[0]!.stance).toBe('rust');
  });
});

describe('the method sentences', () => {
  const method = methodSentences();

  it('state the thresholds the consensus is counted with', () => {
    expect(method.summary).toContain(`at least ${MIN_SOURCES} sources`);
    expect(method.summary).toContain(`${shareWords(AGREEMENT)} of them agree`);
    expect(method.consensus).toContain(
      `at least ${MIN_SOURCES} sources taking a side, and at least ${shareWords(AGREEMENT)} of them`,
    );
  });

  it('name every rating that takes a vote away, and none that keeps it', () => {
    for (const [rating, word] of Object.entries(RATING_WORDS)) {
      const named = new RegExp(`\\b${word.toLowerCase()}\\b`).test(method.discountedRatings);
      expect(named, rating).toBe(DISCOUNTED_RATINGS.has(rating as Rating));
    }
    expect(method.discounted).toContain(`A claim rated ${method.discountedRatings} is still shown`);
    expect(method.discounted).toContain('table row or FAQ answer that restates such a claim');
    expect(method.contradictions).toContain(`A claim we rate ${method.discountedRatings} contradicts nothing`);
  });

  it('write a share as the smallest exact "n in d"', () => {
    expect(shareWords(3 / 4)).toBe('3 in 4');
    expect(shareWords(2 / 3)).toBe('2 in 3');
    expect(shareWords(0.5)).toBe('1 in 2');
    expect(shareWords(0.123)).toBe('12 %');
  });
});

describe('the matrix layouts', () => {
  it('pick the first layout that fits the sources, else chips', () => {
    const [small, large] = MATRIX_LAYOUTS;
    expect(matrixLayout(small.sources)).toBe(small.className);
    expect(matrixLayout(small.sources + 1)).toBe(large.className);
    expect(matrixLayout(large.sources + 1)).toBe('chips');
  });

  it('match the media queries of the matrix stylesheet (CSS cannot read the numbers)', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/components/Matrix.astro'), 'utf8');
    for (const layout of MATRIX_LAYOUTS) {
      const queries = [
        ...css.matchAll(new RegExp(`@media \\(min-width: ([\\d.]+)rem\\) \\{\\s*\\.${layout.className}\\b`, 'g')),
      ].map((m) => Number(m[1]));
      expect(queries.length, layout.className).toBeGreaterThan(0);
      expect(new Set(queries), layout.className).toEqual(new Set([layout.minWidthRem]));
    }
  });
});

describe('a fragile consensus', () => {
  it('is one that one source more or less would turn into a split, counted from the threshold', () => {
    expect(isFragileConsensus(3, 4)).toBe(true);
    expect(isFragileConsensus(4, 5)).toBe(true);
    expect(isFragileConsensus(3, 3)).toBe(false);
    expect(isFragileConsensus(4, 4)).toBe(false);
    expect(isFragileConsensus(5, 5)).toBe(false);
    expect(isFragileConsensus(2, 4)).toBe(false);
    expect(isFragileConsensus(2, 2)).toBe(false);
    for (let taking = MIN_SOURCES; taking <= 12; taking++)
      for (let agreeing = 1; agreeing <= taking; agreeing++) {
        if (agreeing / taking < AGREEMENT) continue;
        const splitsWithOneMore = agreeing / (taking + 1) < AGREEMENT;
        expect(isFragileConsensus(agreeing, taking), `${agreeing} of ${taking}`).toBe(
          splitsWithOneMore || (taking > MIN_SOURCES && (agreeing - 1) / (taking - 1) < AGREEMENT),
        );
      }
  });

  it('is said in words on the consensus it marks, and only there', () => {
    const onTheLine = deriveConsensus(['go', 'go', 'go', 'mixed', 'silent']);
    expect(onTheLine.fragile).toBe(true);
    expect(fragileNote(onTheLine)).toBe(
      'Fragile consensus: 3 of the 4 sources taking a side agree, within one source of the 3-in-4 rule; one more source taking another position, or one fewer agreeing, would make it split.',
    );
    expect(fragileNote(deriveConsensus(['rust', 'rust', 'rust', 'rust', 'mixed']))).toContain(
      'one more source taking another position would make it split',
    );
    expect(deriveConsensus(['go', 'go', 'go']).fragile).toBe(false);
    expect(fragileNote(deriveConsensus(['go', 'go', 'rust', 'rust']))).toBe('');
    expect(methodSentences().fragile).toContain(`fewer than ${shareWords(AGREEMENT)}`);
  });
});

describe('what a rating needs from the pages it cites', () => {
  const page = (extra: Partial<{ opened: Date; reports: string }> = {}) => ({
    title: 't',
    url: 'https://e.org',
    ...extra,
  });
  const opened = new Date('2026-11-20T00:00:00Z');

  it('asks an accurate rating for an opened first-hand page', () => {
    expect(ratingBeyondEvidence({ rating: 'accurate', sources: [page()] })).toBe('none-opened');
    expect(ratingBeyondEvidence({ rating: 'accurate', sources: [page(), page({ opened })] })).toBeUndefined();
    expect(ratingBeyondEvidence({ rating: 'misleading', sources: [page()] })).toBeUndefined();
    expect(ratingBeyondEvidence({ rating: 'unsupported', sources: [] })).toBeUndefined();
  });

  it('caps any rating resting on second-hand reports at unsupported, unless the authority is named', () => {
    const report = page({ opened, reports: 'A survey' });
    for (const rating of ['accurate', 'misleading', 'inaccurate'] as const)
      expect(ratingBeyondEvidence({ rating, sources: [report] }), rating).toBe('second-hand');
    expect(ratingBeyondEvidence({ rating: 'unsupported', sources: [report] })).toBeUndefined();
    expect(ratingBeyondEvidence({ rating: 'accurate', sources: [report], authority: 'why' })).toBeUndefined();
    expect(ratingBeyondEvidence({ rating: 'accurate', sources: [report, page({ opened })] })).toBeUndefined();
  });
});

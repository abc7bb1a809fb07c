import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/schemas/source.ts';
import { CONDITION_WORD } from '../../src/lib/site/labels.ts';
import { pagefindTags, searchDocuments } from '../../src/lib/site/search-documents.ts';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import { source as buildSource, topic } from '../support/builders.ts';

type Tree = ReturnType<typeof parseDocument>;
/** The elements of `tree` with one of these tag names, or carrying one of these attributes. */
const select = (tree: Tree, names: string[]): Element[] =>
  DomUtils.findAll(
    (el) =>
      names.some((name) => (name.startsWith('[') ? el.attribs[name.slice(1, -1)] !== undefined : el.name === name)),
    tree.children,
  );
const attr = (el: Element, name: string) => el.attribs[name];
const text = (node: Element | Tree) => DomUtils.textContent(node);

const TOPICS = [topic('performance', 1, { title: 'Performance' }), topic('cost', 2, { title: 'Cost, all in' })];

const source = (slug: string, extra: Partial<SourceInput>): SourceRecord =>
  buildSource(slug, {
    title: `${slug} title`,
    claims: [
      { id: 'plain', topic: 'cost', favors: 'depends', statement: 'It depends on the team.', quote: 'It depends.' },
    ],
    ...extra,
  });

const documentsOf = (sources: SourceRecord[]) =>
  searchDocuments(sources, TOPICS, new Map(sources.map((s) => [s.slug, `Label ${s.slug}`])));

describe('search documents', () => {
  const hostile = source('hostile', {
    claims: [
      {
        id: 'speed',
        topic: 'performance',
        favors: 'rust',
        statement: 'Rust is <b>faster</b> & "safer"',
        quote: 'Rust <script>alert(1)</script> wins',
        check: { rating: 'inaccurate', note: 'Not what the benchmark says.', sources: [], checked: '2026-11-20' },
      },
      { id: 'plain', topic: 'cost', favors: 'depends', statement: 'It depends on the team.', quote: 'It depends.' },
    ],
    faqs: [{ question: 'Is Go cheaper?', answer: 'Often, <i>yes</i>.', topic: 'cost', favors: 'go' }],
  });
  const [claims, faqs] = documentsOf([hostile]);
  const tree = parseDocument(claims!.html);

  it('gives a claim the condition its source states, so a result shows when it holds', () => {
    const [conditional] = documentsOf([
      source('horizon', {
        claims: [
          {
            id: 'soon',
            topic: 'cost',
            favors: 'go',
            condition: 'in the short term',
            statement: 'Go pays off first.',
            quote: 'Go pays off immediately.',
          },
        ],
      }),
    ]);
    expect(text(parseDocument(conditional!.html))).toContain(`${CONDITION_WORD}: in the short term`);
  });

  it('makes one document of a source’s claims at its page, a section per claim under its passage id', () => {
    expect(claims!.url).toBe('/sources/hostile/');
    expect(select(tree, ['h2']).map((h) => attr(h, 'id'))).toEqual(['passage-speed', 'passage-plain']);
  });

  it('puts the fact-check’s rating in the claim’s heading, and that a discounted claim is not counted, so a result shows it', () => {
    expect(select(tree, ['h2']).map((h) => text(h))).toEqual([
      'Rust is <b>faster</b> & "safer" · Fact-check: Inaccurate (not counted)',
      'It depends on the team.',
    ]);
  });

  it('escapes everything: content is text, never markup', () => {
    expect(select(tree, ['script', 'b', 'i'])).toEqual([]);
    expect(text(tree)).toContain('“Rust <script>alert(1)</script> wins”');
  });

  it('files the document under its source and every topic its claims cover, once each, with its kind', () => {
    const tags = select(tree, ['[data-pagefind-filter]', '[data-pagefind-meta]']).map(
      (el) => attr(el, 'data-pagefind-filter') ?? `meta ${attr(el, 'data-pagefind-meta')}`,
    );
    expect(tags).toEqual([
      'source:Label hostile',
      'topic:Performance',
      'topic:Cost, all in',
      'meta title:Label hostile: hostile title',
      'meta kind:Claim',
      'meta source:Label hostile',
    ]);
  });

  it('makes one document of its FAQ answers on /faq/, each under the answer’s id there', () => {
    expect(faqs!.url).toBe('/faq/');
    const faqTree = parseDocument(faqs!.html);
    expect(select(faqTree, ['h2']).map((h) => [attr(h, 'id'), text(h)])).toEqual([['faq-hostile-0', 'Is Go cheaper?']]);
    expect(select(faqTree, ['[data-pagefind-meta]']).map((el) => attr(el, 'data-pagefind-meta'))).toContain(
      'kind:FAQ answer',
    );
  });

  it('gives an FAQ answer the checks of the claims it restates, and says when they take its vote', () => {
    const restating = source('restating', {
      claims: [
        {
          id: 'cheap',
          topic: 'cost',
          favors: 'go',
          statement: 'Go halves the bill.',
          quote: 'Half the cost.',
          check: { rating: 'misleading', note: 'One case.', sources: [], checked: '2026-11-20' },
        },
        {
          id: 'soon',
          topic: 'cost',
          favors: 'go',
          statement: 'Go ships sooner.',
          quote: 'Ships sooner.',
          check: { rating: 'unsupported', note: 'No data.', sources: [], checked: '2026-11-20' },
        },
      ],
      faqs: [
        { question: 'Is Go cheaper?', answer: 'Half the cost.', topic: 'cost', favors: 'go', claims: ['cheap'] },
        { question: 'Is Go quicker?', answer: 'Ships sooner.', topic: 'cost', favors: 'go', claims: ['soon'] },
      ],
    });
    const answers = parseDocument(documentsOf([restating])[1]!.html);
    expect(select(answers, ['h2']).map((h) => text(h))).toEqual([
      'Is Go cheaper? · Fact-check: Misleading (not counted)',
      'Is Go quicker? · Fact-check: Unsupported',
    ]);
  });

  it('grows with the sources, not their claims: at most two documents per source', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      source(`s${i}`, {
        claims: Array.from({ length: 25 }, (__, c) => ({
          id: `c${c}`,
          topic: 'performance',
          favors: 'go' as const,
          statement: `Statement ${c}.`,
          quote: `Quote ${c}.`,
        })),
      }),
    );
    expect(documentsOf(many)).toHaveLength(40);
  });
});

describe('pagefindTags', () => {
  it('gives one attribute per pair, keeping commas inside values (Pagefind does not split them)', () => {
    expect(
      pagefindTags(
        [
          ['topic', 'Cost, all in'],
          ['topic', 'Cost, all in'],
        ],
        [['title', 'A, B']],
      ),
    ).toEqual([
      { attribute: 'data-pagefind-filter', value: 'topic:Cost, all in' },
      { attribute: 'data-pagefind-meta', value: 'title:A, B' },
    ]);
  });
});

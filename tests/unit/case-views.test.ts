import { describe, expect, it } from 'vitest';
import { caseQuestionSchema, type CaseQuestion } from '../../src/schemas/case.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { SourceInput } from '../../src/schemas/source.ts';
import { evidenceStrength, isIndependent, STRONG_EVIDENCE } from '../../src/lib/rule-book.ts';
import { caseFromFields } from '../../src/lib/site/case-fields.ts';
import {
  allCases,
  describeCase,
  groupPassages,
  inFull,
  namedAdvice,
  viewCase,
} from '../../src/lib/site/views/cases.ts';
import { sumQuality } from '../../src/lib/site/views/quality.ts';
import { CASE_SOURCES_IN_FULL } from '../../src/lib/site/tunables.ts';
import { shownByDefault, whoIsCounted } from '../../src/lib/site/views/independent.ts';
import { qualityOf } from '../../src/lib/site/views/quality.ts';
import { describeSize, sizeOnTopic, sizeWords } from '../../src/lib/site/views/size.ts';
import { strengthOf } from '../../src/lib/site/views/strength.ts';
import { source } from '../support/builders.ts';

type ClaimInput = NonNullable<SourceInput['claims']>[number];
type Rating = 'accurate' | 'unsupported' | 'misleading' | 'inaccurate';

let n = 0;
const claim = (topic: string, favors: ClaimInput['favors'], extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id: `c${++n}`,
  topic,
  favors,
  statement: `s${n}`,
  quote: `q${n}`,
  ...extra,
});
const checked = (rating: Rating) => ({ check: { rating, note: 'n', checked: '2026-11-01' } });

const QUESTIONS: CaseQuestion[] = [
  caseQuestionSchema.parse({
    id: 'workload',
    order: 1,
    question: 'What?',
    answers: [
      { id: 'api', label: 'API', short: 'an API', advice: [{ useCase: 'web' }], topics: ['performance'] },
      { id: 'batch', label: 'Batch', short: 'batch', advice: [{ useCase: 'data' }], topics: ['performance'] },
    ],
  }),
  caseQuestionSchema.parse({
    id: 'team',
    order: 2,
    question: 'Who?',
    answers: [
      { id: 'new', label: 'New', short: 'new', advice: [{ useCase: 'team', only: 'go' }], topics: ['learning'] },
      {
        id: 'expert',
        label: 'Expert',
        short: 'expert',
        advice: [{ useCase: 'team', only: 'rust' }],
        topics: ['learning'],
      },
      { id: 'any', label: 'Any', short: 'any' },
    ],
  }),
];

const SOURCES = [
  source('alpha', {
    recommendations: {
      go: [
        { text: 'web go', quote: 'wg', useCase: 'web' },
        { text: 'web go again', useCase: 'web' },
      ],
      rust: [{ text: 'data rust', useCase: 'data' }],
    },
    claims: [claim('performance', 'tie', checked('accurate')), claim('learning', 'go', checked('unsupported'))],
  }),
  source('beta', {
    kind: 'marketing',
    recommendations: {
      go: [{ text: 'team go', useCase: 'team' }],
      rust: [
        { text: 'team rust', useCase: 'team' },
        { text: 'web rust', useCase: 'web' },
      ],
    },
    claims: [claim('performance', 'rust'), claim('cost', 'go')],
  }),
  source('gamma', {
    recommendations: { go: [], rust: [{ text: 'data rust', useCase: 'data' }] },
    verdict: { leans: 'go', text: 't' },
  }),
];

describe('cases', () => {
  it('are every combination of one answer per question, in question order', () => {
    expect(allCases(QUESTIONS).map((c) => c.ids.join('/'))).toEqual([
      'api/new',
      'api/expert',
      'api/any',
      'batch/new',
      'batch/expert',
      'batch/any',
    ]);
  });

  it('open from a form’s fields only when every question has a known answer', () => {
    const fields = (values: Record<string, string>) => (name: string) => values[name];
    expect(caseFromFields(QUESTIONS, fields({ workload: 'batch', team: 'any' }))).toEqual(['batch', 'any']);
    expect(caseFromFields(QUESTIONS, fields({ workload: 'batch' }))).toBeUndefined();
    expect(caseFromFields(QUESTIONS, fields({ workload: 'batch', team: '../x' }))).toBeUndefined();
  });
});

describe('a case’s view', () => {
  const [apiNew] = allCases(QUESTIONS);
  const view = viewCase(apiNew!, SOURCES);

  it('takes the advice of the answers’ use cases, one side only where an answer says so, counting sources not passages', () => {
    expect(view.bySide).toEqual({ go: ['alpha', 'beta'], rust: ['beta'] });
    expect(view.advice.find((a) => a.slug === 'alpha')?.passages.map((p) => p.key)).toEqual(['rec-go-0', 'rec-go-1']);
    expect(view.advice.find((a) => a.slug === 'beta')?.passages.map((p) => p.key)).toEqual(['rec-go-0', 'rec-rust-1']);
    expect(view.lead).toBe('go');
    expect(view.reasons.rust).toEqual([{ useCase: 'web', slugs: ['beta'] }]);
  });

  it('lists a source’s passages for one side and use case together', () => {
    const alpha = view.advice.find((a) => a.slug === 'alpha')!;
    expect(groupPassages(alpha.passages).map((g) => [g.side, g.useCase, g.passages.length])).toEqual([
      ['go', 'web', 2],
    ]);
  });

  it('rests each source’s advice on its claims on the case’s topics, and finds the sources’ own resolutions', () => {
    expect(view.topics).toEqual(['performance', 'learning']);
    expect(view.advice.find((a) => a.slug === 'alpha')?.quality).toMatchObject({
      claims: 2,
      checked: 2,
      ratings: { accurate: 1, unsupported: 1 },
    });
    expect(view.quality).toMatchObject({ claims: 3, checked: 2 });
    expect(view.resolutions.map((r) => [r.slug, r.claim.favors])).toEqual([['alpha', 'tie']]);
  });

  it('says the answer first, where the advice disagrees, and who ends on “it depends”', () => {
    const words = describeCase(
      view,
      (id) => id.toUpperCase(),
      (slug) => slug,
    );
    expect(words.answer).toBe(
      'More of the advice for this case is for Go: 2 of the 3 sources advise Go, 1 advises Rust (1 of them advises Go for one part of the case and Rust for another).',
    );
    expect(words.disagreement).toBe('They disagree on what decides: Go for WEB (1) and TEAM (1); Rust for WEB (1).');
    expect(words.verdicts).toBe('2 of the 3 sources (alpha and beta) end on “it depends”.');
  });

  it('says when the advice is split evenly', () => {
    const split = [
      source('one', { recommendations: { go: [{ text: 'g', useCase: 'web' }], rust: [] } }),
      source('two', { recommendations: { go: [], rust: [{ text: 'r', useCase: 'web' }] } }),
    ];
    const view = viewCase(allCases(QUESTIONS)[2]!, split);
    expect(view.lead).toBeUndefined();
    expect(describeCase(view, String, String).answer).toBe(
      'The advice for this case is split: 1 of the 2 sources advises Go and 1 advises Rust.',
    );
  });

  it('says when no source has advice for the case', () => {
    const none = viewCase(allCases(QUESTIONS)[2]!, [SOURCES[2]!]);
    expect(describeCase(none, String, String).answer).toBe('None of the 1 source gives advice that fits this case.');
  });
});

describe('a case with more sources than a page shows in full', () => {
  // Twice the cap and three more, each advising for the case and resolving it on one of its topics.
  const many = Array.from({ length: CASE_SOURCES_IN_FULL * 2 + 3 }, (_, i) =>
    source(`s${String(i).padStart(3, '0')}`, {
      recommendations: { go: i % 2 ? [{ text: 'g', useCase: 'web' }] : [], rust: [{ text: 'r', useCase: 'web' }] },
      claims: [claim('performance', i % 3 ? 'tie' : 'depends', checked('accurate')), claim('performance', 'go')],
    }),
  );
  const view = viewCase(allCases(QUESTIONS)[2]!, many);
  const advice = inFull(view.advice, CASE_SOURCES_IN_FULL);
  const resolutions = inFull(view.resolutions, CASE_SOURCES_IN_FULL);

  it('shows the first sources in full and names every later one, none twice, none lost, in source order', () => {
    expect(advice.full).toHaveLength(CASE_SOURCES_IN_FULL);
    expect(advice.named).toHaveLength(many.length - CASE_SOURCES_IN_FULL);
    expect([...advice.full.map((entry) => entry.slug), ...advice.named.map((entry) => entry.slug)]).toEqual(
      many.map((s) => s.slug),
    );
    expect(advice.named.every(({ entries }) => entries.length === 1 && entries[0]!.passages.length > 0)).toBe(true);
  });

  it('keeps the counts exact: every source on each side, and the named sources’ claims in the total', () => {
    expect(view.bySide.rust).toHaveLength(many.length);
    expect(view.bySide.go).toHaveLength(Math.floor(many.length / 2));
    expect(describeCase(view, String, String).answer).toContain(
      `${many.length} of the ${many.length} sources advise Rust`,
    );
    const named = namedAdvice(advice.named);
    expect(sumQuality([...advice.full.map((entry) => entry.quality), named.quality])).toEqual(view.quality);
    expect(named.entries.map((entry) => entry.slug)).toEqual(advice.named.map(({ slug }) => slug));
    expect(named.sides).toEqual(['go', 'rust']);
    expect(view.quality.claims).toBe(many.length * 2);
  });

  it('names every source’s own resolution, with all of its resolving claims', () => {
    expect(resolutions.full).toHaveLength(CASE_SOURCES_IN_FULL);
    expect(resolutions.full.length + resolutions.named.flatMap(({ entries }) => entries).length).toBe(
      view.resolutions.length,
    );
    expect(resolutions.named.map(({ slug }) => slug)).toEqual(many.slice(CASE_SOURCES_IN_FULL).map((s) => s.slug));
  });

  it('keeps every entry of a source together, in full or named, however many it has', () => {
    const entries = [
      { slug: 'a', n: 1 },
      { slug: 'a', n: 2 },
      { slug: 'b', n: 3 },
      { slug: 'c', n: 4 },
      { slug: 'c', n: 5 },
    ];
    expect(inFull(entries, 2)).toEqual({
      full: entries.slice(0, 3),
      named: [{ slug: 'c', entries: entries.slice(3) }],
    });
    expect(inFull(entries, 0)).toEqual({
      full: [],
      named: [
        { slug: 'a', entries: entries.slice(0, 2) },
        { slug: 'b', entries: entries.slice(2, 3) },
        { slug: 'c', entries: entries.slice(3) },
      ],
    });
    expect(inFull(entries, 10)).toEqual({ full: entries, named: [] });
  });
});

describe('evidence strength', () => {
  const quality = (ratings: Array<Rating | undefined>) =>
    qualityOf(
      ratings.map((rating) =>
        rating ? { check: { rating, note: 'n', checked: new Date('2026-11-01'), sources: [], found: [] } } : {},
      ),
    );

  it('tells claims none of which is checked from claims checked and accurate', () => {
    expect(evidenceStrength(quality([undefined, undefined]))).toBe('unchecked');
    expect(evidenceStrength(quality(['unsupported', undefined]))).toBe('unconfirmed');
    expect(evidenceStrength(quality(['accurate', undefined, undefined]))).toBe('partly');
    expect(evidenceStrength(quality(['accurate', 'accurate', undefined]))).toBe('strong');
    expect(evidenceStrength(quality([]))).toBe('none');
    expect(STRONG_EVIDENCE).toBeGreaterThan(0);
  });

  it('states the counts behind the word', () => {
    expect(strengthOf(quality([undefined, undefined, undefined]))).toMatchObject({
      word: 'Unchecked',
      detail: '0 of 3 claims checked',
    });
    expect(strengthOf(quality(['accurate', 'misleading']))).toMatchObject({
      strength: 'strong',
      detail: '2 of 2 claims checked, 1 accurate',
    });
  });
});

describe('the size of a difference', () => {
  const metrics: Metric[] = [{ id: 'speed', title: 'How much faster', unit: '%', languageProperty: true }];
  const figure = (min: number, extra = {}) => ({
    figures: [{ metric: 'speed', subject: 'rust' as const, min, unit: '%', ...extra }],
  });

  it('says no source measures it when no claim on the topic states a number', () => {
    const size = sizeOnTopic([source('a', { claims: [claim('performance', 'rust')] })], 'performance', metrics);
    expect(describeSize(size)).toBe('No source measures the difference.');
    expect(sizeWords(size)).toBe('size unmeasured');
  });

  it('marks the articles’ numbers unconfirmed, and puts checked ones first', () => {
    const unconfirmed = source('a', {
      claims: [
        claim('performance', 'rust', { ...figure(30), ...checked('unsupported') }),
        claim('performance', 'rust', figure(20, { max: 40 })),
      ],
    });
    expect(describeSize(sizeOnTopic([unconfirmed], 'performance', metrics))).toBe(
      'No source measures the difference; the articles claim (unconfirmed) — How much faster: Rust 30%, Rust 20–40%.',
    );
    const measured = source('b', {
      claims: [
        claim('performance', 'rust', {
          ...figure(50),
          check: {
            rating: 'misleading',
            note: 'n',
            checked: '2026-11-01',
            found: [
              { metric: 'speed', subject: 'rust', min: 10, unit: '%', asOf: '2026-01-01', url: 'https://example.org/' },
            ],
          },
        }),
      ],
    });
    const size = sizeOnTopic([unconfirmed, measured], 'performance', metrics);
    expect(describeSize(size)).toBe(
      'Checked figures — How much faster: Rust 10%. Unconfirmed in the articles — How much faster: Rust 30%, Rust 20–40%, Rust 50%.',
    );
    expect(sizeWords(size)).toBe('size measured');
    expect(sizeWords(sizeOnTopic([unconfirmed], 'performance', metrics))).toBe('size claimed only');
  });

  it('names each figure’s metric, and counts figures past the limit', () => {
    const two: Metric[] = [
      ...metrics,
      { id: 'revenue', title: 'Projected revenue increase', unit: '%', languageProperty: true },
    ];
    const claims = source('a', {
      claims: [
        claim('cost', 'go', {
          figures: [{ metric: 'revenue', subject: 'go', min: 20, unit: '%', context: '12 months' }],
        }),
        claim('cost', 'rust', figure(30)),
        claim('cost', 'rust', figure(40)),
      ],
    });
    const size = sizeOnTopic([claims], 'cost', two);
    expect(describeSize(size)).toBe(
      'No source measures the difference; the articles claim (unconfirmed) — Projected revenue increase: Go 20% (12 months); How much faster: Rust 30%, Rust 40%.',
    );
    expect(describeSize(size, 1)).toContain('Projected revenue increase: Go 20% (12 months); and 2 more');
  });

  it('never calls a size measured on a figure that is not a property of the language, checked or not', () => {
    const nodes: Metric[] = [
      { id: 'nodes', title: 'Nodes a deployment scales to', unit: 'nodes', languageProperty: false },
    ];
    const context = source('a', {
      claims: [
        claim('scalability', 'go', {
          figures: [{ metric: 'nodes', subject: 'go', min: 1000, unit: 'nodes', qualifier: 'at-least' }],
          check: {
            rating: 'misleading',
            note: 'depends on the architecture',
            checked: '2026-11-01',
            found: [
              {
                metric: 'nodes',
                subject: 'go',
                min: 5000,
                unit: 'nodes',
                asOf: '2026-01-01',
                url: 'https://example.org/',
              },
            ],
          },
        }),
      ],
    });
    const size = sizeOnTopic([context], 'scalability', nodes);
    expect(sizeWords(size)).toBe('context figures only');
    expect(describeSize(size)).toBe(
      'No source measures the difference. Context, not a property of the language — Nodes a deployment scales to: Go 1,000+ nodes, Go 5,000 nodes (checked).',
    );
  });
});

describe('who is counted', () => {
  const kinds = [
    { id: 'practitioner', independent: true },
    { id: 'marketing', independent: false },
  ];

  it('counts a source as independent only when its kind says so', () => {
    expect(isIndependent({ kind: 'practitioner' }, kinds)).toBe(true);
    expect(isIndependent({ kind: 'marketing' }, kinds)).toBe(false);
    expect(isIndependent({ kind: 'research' }, kinds)).toBe(false);
    expect(isIndependent({}, kinds)).toBe(false);
  });

  it('shows every independent source first in a default subset, then others up to the default', () => {
    const columns = ['a', 'b', 'c', 'i1', 'd', 'i2'].map((slug) => ({ slug }));
    const independent = (slug: string) => slug.startsWith('i');
    expect(shownByDefault(columns, independent, 3)).toEqual(['i1', 'i2', 'a']);
    expect(shownByDefault(columns, independent, 1)).toEqual(['i1', 'i2']);
    expect(shownByDefault(columns, () => false, 2)).toEqual(['a', 'b']);
  });

  it('does not count a source that discloses something it sells, whatever its kind', () => {
    expect(isIndependent({ kind: 'practitioner', disclosure: 'Promotes its own course.' }, kinds)).toBe(false);
    const columns = [
      { slug: 'p1', stance: 'go' as const },
      { slug: 'p2', stance: 'go' as const },
    ];
    const sourceOf = (slug: string) => ({
      kind: 'practitioner',
      ...(slug === 'p2' ? { disclosure: 'Sells a course.' } : {}),
    });
    expect(whoIsCounted(columns, sourceOf, kinds).independentSources).toBe(1);
  });

  it('computes the consensus among independent sources beside all, and says when they differ', () => {
    const columns = [
      { slug: 'v1', stance: 'go' as const },
      { slug: 'v2', stance: 'go' as const },
      { slug: 'v3', stance: 'go' as const },
      { slug: 'p1', stance: 'rust' as const },
    ];
    const sourceOf = (slug: string) => ({ kind: slug.startsWith('v') ? 'marketing' : 'practitioner' });
    const counted = whoIsCounted(columns, sourceOf, kinds);
    expect(counted.all).toMatchObject({ verdict: 'consensus', stance: 'go' });
    expect(counted.independent).toMatchObject({ verdict: 'too-few', taking: 1 });
    expect(counted.independentSources).toBe(1);
    expect(counted.sources).toBe(4);
    expect(counted).toMatchObject({ differs: true, readable: false });
    expect(whoIsCounted(columns, () => ({ kind: 'practitioner' }), kinds)).toMatchObject({
      differs: false,
      readable: true,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { caseQuestionSchema, type CaseQuestion } from '../../src/schemas/case.ts';
import { MIN_SOURCES } from '../../src/lib/rule-book.ts';
import { allCases, groupPassages } from '../../src/lib/site/views/cases.ts';
import {
  describePriority,
  groupsPriorityFirst,
  priorityFirst,
  topicsPriorityFirst,
  viewPriority,
} from '../../src/lib/site/views/priority.ts';
import { qualityOf } from '../../src/lib/site/views/quality.ts';
import { source } from '../support/builders.ts';

// Two questions; the last asks what matters most. "speed" brings in the `fast` use case and the
// `productivity` topic; "safety" the `critical` use case and the `safety` and `reliability` topics;
// "cost" no use case, only the `cost` topic.
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
    id: 'priority',
    order: 2,
    question: 'What matters most?',
    answers: [
      { id: 'speed', label: 'Speed', short: 's', advice: [{ useCase: 'fast' }], topics: ['productivity'] },
      {
        id: 'safety',
        label: 'Safety',
        short: 'safe',
        advice: [{ useCase: 'critical', only: 'rust' }],
        topics: ['safety', 'reliability'],
      },
      { id: 'cost', label: 'Cost', short: 'c', topics: ['cost'] },
    ],
  }),
];
const caseOf = (ids: string) => allCases(QUESTIONS).find((c) => c.ids.join('/') === ids)!;

const go = (useCase: string, topic?: string) => ({ text: `go ${useCase}`, quote: `q ${useCase}`, useCase, topic });
const rust = (useCase: string, topic?: string) => ({ text: `rust ${useCase}`, useCase, topic });
const SOURCES = [
  source('one', { recommendations: { go: [go('web'), go('fast')], rust: [rust('critical')] } }),
  source('two', { recommendations: { go: [go('fast')], rust: [rust('web'), rust('data', 'safety')] } }),
  source('three', { recommendations: { go: [go('team', 'productivity')], rust: [rust('critical')] } }),
  source('four', { recommendations: { go: [go('fast'), go('critical')], rust: [rust('fast')] } }),
  source('five', { recommendations: { go: [go('web', 'cost')], rust: [] } }),
];
const quality = qualityOf([
  {},
  { check: { rating: 'unsupported', note: 'n', checked: new Date(), sources: [], found: [] } },
]);
const title = (id: string) => id.toUpperCase();

describe('a case’s priority', () => {
  it('takes the advice whose use case (on the side allowed) or topic the priority names, one stance per source', () => {
    const speed = viewPriority(caseOf('api/speed'), SOURCES)!;
    expect(speed.answer.id).toBe('speed');
    expect(speed.advice.map((entry) => [entry.slug, entry.stance])).toEqual([
      ['one', 'go'],
      ['two', 'go'],
      ['three', 'go'],
      ['four', 'mixed'],
    ]);
    const safety = viewPriority(caseOf('api/safety'), SOURCES)!;
    // "four" advises Go for the critical use case, which the priority allows on Rust's side only.
    expect(safety.advice.map((entry) => [entry.slug, entry.stance])).toEqual([
      ['one', 'rust'],
      ['two', 'rust'],
      ['three', 'rust'],
    ]);
    expect(safety.topics).toEqual(['safety', 'reliability']);
  });

  it('answers in one sentence by the rule book’s consensus, with how sure the evidence on its topics is', () => {
    const speed = describePriority(viewPriority(caseOf('api/speed'), SOURCES)!, 'speed', title, quality);
    expect(speed.separates).toBe(true);
    expect(speed.sentence).toBe(
      'For speed, 3 of the 4 sources that speak to it advise Go; the evidence on PRODUCTIVITY is unconfirmed.',
    );
    const safety = describePriority(viewPriority(caseOf('api/safety'), SOURCES)!, 'safety', title, qualityOf([]));
    expect(safety.sentence).toBe(
      'For safety, 3 of the 3 sources that speak to it advise Rust; no claim on its 2 topics can be checked.',
    );
  });

  it('changes the answer with the priority on the same use case', () => {
    const words = ['speed', 'safety'].map(
      (id) => describePriority(viewPriority(caseOf(`api/${id}`), SOURCES)!, id, title, quality).sentence,
    );
    expect(words[0]).toContain('advise Go');
    expect(words[1]).toContain('advise Rust');
  });

  it('says in one sentence why a priority too few sources speak to does not separate the cases', () => {
    const cost = describePriority(viewPriority(caseOf('api/cost'), SOURCES)!, 'cost', title, quality);
    expect(cost.separates).toBe(false);
    expect(cost.sentence).toMatch(
      /^Cost does not change what the sources advise for this case: only 1 source speaks to it \(1 advises Go\)/,
    );
    expect(cost.sentence).toContain(`a reading needs ${MIN_SOURCES}`);
    const silent = describePriority(viewPriority(caseOf('api/cost'), SOURCES.slice(0, 4))!, 'cost', title, quality);
    expect(silent).toEqual({
      sentence:
        'No source’s advice turns on cost, so it does not change what the sources advise for this case; the evidence on COST is unconfirmed.',
      separates: false,
    });
  });

  it('says when the sources that speak to it are split', () => {
    const split = [
      ...SOURCES,
      source('six', { recommendations: { go: [], rust: [rust('fast')] } }),
      source('seven', { recommendations: { go: [], rust: [rust('fast')] } }),
    ];
    const words = describePriority(viewPriority(caseOf('api/speed'), split)!, 'speed', title, quality);
    expect(words).toMatchObject({ separates: true });
    expect(words.sentence).toMatch(
      /^For speed, the 6 sources that speak to it are split: 3 advise Go, 2 advise Rust and 1 is mixed;/,
    );
  });

  it('ranks the priority’s sources, topics and passages first, dropping none', () => {
    const speed = viewPriority(caseOf('api/speed'), SOURCES);
    const entries = ['five', 'two', 'one'].map((slug) => ({ slug }));
    expect(priorityFirst(entries, speed).map((e) => e.slug)).toEqual(['two', 'one', 'five']);
    expect(topicsPriorityFirst(['performance', 'productivity'], speed)).toEqual(['productivity', 'performance']);
    const one = SOURCES[0]!;
    const passages = (['go', 'rust'] as const).flatMap((side) =>
      one.data.recommendations[side].map((r, index) => ({
        side,
        useCase: r.useCase!,
        key: `rec-${side}-${index}`,
        index,
        text: r.text,
        quote: r.quote,
      })),
    );
    const groups = groupsPriorityFirst(groupPassages(passages), 'one', speed);
    expect(groups.map((g) => [g.useCase, g.forPriority])).toEqual([
      ['fast', true],
      ['web', false],
      ['critical', false],
    ]);
  });
});

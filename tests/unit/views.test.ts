import { describe, expect, it } from 'vitest';
import { compare } from '../../src/lib/site/views/comparison.ts';
import { cardSide, firmestContradictions } from '../../src/lib/site/views/contradictions.ts';
import type { SourceRecord } from '../../src/lib/site/views/evidence.ts';
import { groupFaqs, sameQuestion } from '../../src/lib/site/views/faq-groups.ts';
import { figuresByMetric } from '../../src/lib/site/views/figures.ts';
import { deriveStance } from '../../src/lib/site/views/stance.ts';
import { shortNames } from '../../src/lib/site/labels.ts';
import { claim, source, topic, type ClaimInput } from '../support/builders.ts';

const TOPICS = [topic('performance', 1), topic('concurrency', 2), topic('cost', 3)];

describe('a source’s stance on a topic', () => {
  const [performance] = compare(
    [source('a', { claims: [claim('performance', 'rust'), claim('performance', 'rust')] })],
    TOPICS,
  );

  it('is the one stance its claims take', () => {
    expect(performance?.columns[0]?.stance).toBe('rust');
    expect(performance?.columns[0]?.counts).toEqual({ go: 0, rust: 2, tie: 0, depends: 0 });
    expect(performance?.columns[0]?.quality).toMatchObject({ claims: 2, checked: 0, discounted: 0 });
  });

  it('is mixed when its claims, table winners and FAQs disagree', () => {
    const record = source('b', {
      claims: [claim('concurrency', 'go')],
      tables: [
        {
          id: 't',
          caption: 'c',
          rows: [{ topic: 'concurrency', label: 'Concurrency', go: 'x', rust: 'y', winner: 'rust' }],
        },
      ],
    });
    const concurrency = compare([record], TOPICS)[1]!;
    expect(concurrency.columns[0]).toMatchObject({ stance: 'mixed', counts: { go: 1, rust: 1, tie: 0, depends: 0 } });
  });

  it('counts FAQ answers that favour a side, and ignores rows without a winner', () => {
    const record = source('c', {
      claims: [claim('cost', 'depends')],
      tables: [
        { id: 't', caption: 'c', rows: [{ topic: 'performance', label: 'Speed', go: 'High', rust: 'Very high' }] },
      ],
      faqs: [{ question: 'Faster?', answer: 'Rust.', topic: 'performance', favors: 'rust' }],
    });
    expect(compare([record], TOPICS)[0]!.columns[0]!.stance).toBe('rust');
  });

  it('is silent when the source says nothing, or nothing that takes a side', () => {
    expect(deriveStance(undefined).stance).toBe('silent');
    const record = source('d', {
      tables: [{ id: 't', caption: 'c', rows: [{ topic: 'performance', label: 'Speed', go: 'x', rust: 'y' }] }],
    });
    const column = compare([record], TOPICS)[0]!.columns[0]!;
    expect(column.stance).toBe('silent');
    expect(column.evidence?.rows).toHaveLength(1); // still shown on the topic page
  });
});

// The consensus rules themselves (thresholds, boundaries, how mixed/tie/depends count) are
// pinned in evidence-quality.test.ts.
describe('contradictions', () => {
  // Claims answer questions; only claims on the same question and opposite sides contradict.
  const on = (
    question: string | undefined,
    favors: ClaimInput['favors'],
    quote?: string,
    check?: ClaimInput['check'],
  ): ClaimInput => ({
    ...claim('concurrency', favors, { quote }),
    ...(question ? { question } : {}),
    ...(check ? { check } : {}),
  });
  const sources = [
    source('go-side', { claims: [on('ease', 'go', 'Goroutines make it easy.'), on('ease', 'go')] }),
    source('rust-side', { claims: [on('ease', 'rust', 'Async Rust is easier to get right.')] }),
    source('gotchas', { claims: [on(undefined, 'rust', 'Common gotchas include goroutine scheduling.')] }),
    source('other-question', { claims: [on('safety', 'rust', 'Data races are caught at compile time.')] }),
  ];
  const contradictionsOf = (records: SourceRecord[]) => compare(records, TOPICS)[1]!.contradictions;
  const slugs = (side: { sources: Array<{ slug: string }> }) => side.sources.map((s) => s.slug);

  it('is one per question, each side listing its sources with their first quote and weight', () => {
    const more = source('more-go', { claims: [on('ease', 'go', 'Go is simpler to learn.')] });
    expect(contradictionsOf([...sources, more])).toEqual([
      {
        topic: 'concurrency',
        question: 'ease',
        go: {
          sources: [
            { slug: 'go-side', quote: 'Goroutines make it easy.', claimId: expect.any(String), weight: 2 },
            { slug: 'more-go', quote: 'Go is simpler to learn.', claimId: expect.any(String), weight: 1 },
          ],
          claims: 3,
        },
        rust: {
          sources: [
            { slug: 'rust-side', quote: 'Async Rust is easier to get right.', claimId: expect.any(String), weight: 1 },
          ],
          claims: 1,
        },
        strength: 1,
        claims: 4,
      },
    ]);
  });

  it('links each source to the passage of its first claim that answers this way', () => {
    const [found] = contradictionsOf(sources);
    const goSide = sources[0]!.data.claims[0]!;
    expect(found!.go.sources[0]!.claimId).toBe(goSide.id);
  });

  it('does not group claims that merely share a topic: no question, or another question', () => {
    const found = contradictionsOf(sources);
    expect(found.map((c) => c.question)).toEqual(['ease']);
    const all = found.flatMap((c) => [...slugs(c.go), ...slugs(c.rust)]);
    expect(all).not.toContain('gotchas');
    expect(all).not.toContain('other-question');
  });

  it('is never made by one source alone', () => {
    const both = source('both', { claims: [on('ease', 'go'), on('ease', 'rust')] });
    expect(contradictionsOf([both])).toEqual([]);
    // With another source on the question, the one that answers both ways is on both sides: it says both.
    const withOther = contradictionsOf([both, source('rust-too', { claims: [on('ease', 'rust')] })]);
    expect(withOther.map((c) => [slugs(c.go), slugs(c.rust), c.strength])).toEqual([
      [['both'], ['both', 'rust-too'], 1],
    ]);
  });

  it('leaves out claims the site rates inaccurate or misleading, but keeps unsupported ones', () => {
    const rated = (rating: 'inaccurate' | 'misleading' | 'unsupported') =>
      source(`rated-${rating}`, {
        claims: [on('ease', 'rust', `Rated ${rating}.`, { rating, note: 'n', checked: '2026-11-20' })],
      });
    const found = contradictionsOf([sources[0]!, rated('inaccurate'), rated('misleading'), rated('unsupported')]);
    expect(found.map((c) => slugs(c.rust))).toEqual([['rated-unsupported']]);
    expect(contradictionsOf([sources[0]!, rated('inaccurate'), rated('misleading')])).toEqual([]);
  });

  it('lists the firmest first: most sources on the smaller side, then most claims; each side by weight, then slug', () => {
    const answers = (slug: string, question: string, favors: 'go' | 'rust', times = 1) =>
      source(slug, { claims: Array.from({ length: times }, () => on(question, favors)) });
    const found = contradictionsOf([
      answers('a', 'few-claims', 'go'),
      answers('b', 'few-claims', 'rust'),
      answers('c', 'many-claims', 'go', 3),
      answers('d', 'many-claims', 'rust'),
      answers('f', 'two-each', 'go'),
      answers('e', 'two-each', 'go'),
      answers('g', 'two-each', 'rust'),
      answers('h', 'two-each', 'rust', 2),
      answers('i', 'two-each', 'go'),
    ]);
    expect(found.map((c) => [c.question, c.strength, c.claims])).toEqual([
      ['two-each', 2, 6],
      ['many-claims', 1, 4],
      ['few-claims', 1, 2],
    ]);
    expect(slugs(found[0]!.go)).toEqual(['e', 'f', 'i']);
    expect(slugs(found[0]!.rust)).toEqual(['h', 'g']); // h answers twice
  });

  it('grows with the number of sources, not with pairs of them', () => {
    const many = (favors: 'go' | 'rust') =>
      Array.from({ length: 200 }, (_, i) =>
        source(`${favors}-${String(i).padStart(3, '0')}`, { claims: [on('ease', favors)] }),
      );
    const found = contradictionsOf([...many('go'), ...many('rust')]);
    expect(found).toHaveLength(1);
    expect(found[0]!.go.sources).toHaveLength(200);
    expect(found[0]!.rust.sources).toHaveLength(200);
    expect(found[0]!.strength).toBe(200);
  });
});

describe('a side of a contradiction on a card', () => {
  const side = (count: number) => ({
    sources: Array.from({ length: count }, (_, i) => ({
      slug: `s${String(i).padStart(2, '0')}`,
      quote: `q${i}`,
      claimId: `c${i}`,
      weight: 1,
    })),
    claims: count,
  });

  it('shows the firmest source’s quote, names the next five and counts the rest, however many there are', () => {
    for (const count of [12, 400]) {
      const shown = cardSide(side(count));
      expect(shown.firmest.slug).toBe('s00');
      expect(shown.named.map((source) => source.slug)).toEqual(['s01', 's02', 's03', 's04', 's05']);
      expect([shown.count, shown.more]).toEqual([count, count - 6]);
    }
  });

  it('names every other source when there are few, and counts none as more', () => {
    expect(cardSide(side(1))).toMatchObject({ count: 1, named: [], more: 0 });
    const few = cardSide(side(6));
    expect(few).toMatchObject({ count: 6, more: 0 });
    expect([few.firmest, ...few.named]).toEqual(side(6).sources);
  });
});

describe('the firmest contradictions across topics', () => {
  it('takes the strongest few from every topic', () => {
    const answers = (slug: string, topicId: string, favors: 'go' | 'rust') =>
      source(slug, { claims: [{ ...claim(topicId, favors), question: `${topicId}-q` }] });
    const comparison = compare(
      [
        answers('a', 'performance', 'go'),
        answers('b', 'performance', 'rust'),
        answers('c', 'cost', 'go'),
        answers('d', 'cost', 'rust'),
        answers('e', 'cost', 'rust'),
        answers('f', 'cost', 'go'),
      ],
      TOPICS,
    );
    expect(firmestContradictions(comparison, 6).map((c) => [c.topic, c.strength])).toEqual([
      ['cost', 2],
      ['performance', 1],
    ]);
    expect(firmestContradictions(comparison, 1)).toHaveLength(1);
  });
});

describe('the comparison', () => {
  it('has every topic in order and every source in every topic, silent ones included', () => {
    const result = compare(
      [source('a', {}), source('b', { claims: [claim('performance', 'go')] })],
      [...TOPICS].reverse(),
    );
    expect(result.map((t) => t.topic.id)).toEqual(['performance', 'concurrency', 'cost']);
    for (const entry of result) expect(entry.columns.map((c) => c.slug)).toEqual(['a', 'b']);
    expect(result[1]!.columns.map((c) => c.stance)).toEqual(['silent', 'silent']);
  });
});

describe('figures by metric', () => {
  const metrics = [
    { id: 'speed', title: 'Speed', unit: '%' },
    { id: 'unused', title: 'Unused', unit: 'x' },
  ];
  const record = source('a', {
    claims: [
      { ...claim('performance', 'rust'), figures: [{ metric: 'speed', subject: 'rust', min: 20, max: 40, unit: '%' }] },
    ],
  });

  it('groups figures with their source and claim, leaving unused metrics out', () => {
    const [speed, ...rest] = figuresByMetric([record], metrics);
    expect(rest).toEqual([]);
    expect(speed?.figures[0]).toMatchObject({ slug: 'a', topic: 'performance', figure: { min: 20, max: 40 } });
  });

  it('orders metrics by the topic of their figures, then by title', () => {
    const cost = source('b', {
      claims: [{ ...claim('cost', 'go'), figures: [{ metric: 'unused', subject: 'go', min: 1, unit: 'x' }] }],
    });
    expect(figuresByMetric([cost, record], metrics, ['performance', 'cost']).map((m) => m.metric.id)).toEqual([
      'speed',
      'unused',
    ]);
    expect(figuresByMetric([cost, record], metrics, ['cost', 'performance']).map((m) => m.metric.id)).toEqual([
      'unused',
      'speed',
    ]);
  });
});

describe('FAQs grouped by question', () => {
  it('recognises the same question asked in other words', () => {
    expect(
      sameQuestion('Can Go and Rust be used together?', 'Can I use both Go and Rust together in the same project?'),
    ).toBe(true);
    expect(sameQuestion('Is Rust faster than Go?', 'Which is easier to learn, Go or Rust?')).toBe(false);
  });

  it('puts several sources’ answers to one question side by side', () => {
    const a = source('a', { faqs: [{ question: 'Can Go and Rust be used together?', answer: 'Yes.', topic: 'cost' }] });
    const b = source('b', {
      faqs: [
        {
          question: 'Can I use both Go and Rust together in the same project?',
          answer: 'Yes, with care.',
          topic: 'cost',
        },
      ],
    });
    const groups = groupFaqs([a, b]).get('cost')!;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.answers.map((x) => x.slug)).toEqual(['a', 'b']);
  });
});

describe('short source names', () => {
  it('uses the publisher, else the author, else the headline up to its colon, numbering duplicates', () => {
    const names = shortNames([
      { slug: 'a', data: { publisher: 'Froodl', title: 'A: b' } },
      { slug: 'b', data: { author: { name: 'Jord' }, title: 'C' } },
      { slug: 'c', data: { title: 'Go vs Rust (2026): Which is better?' } },
      { slug: 'd', data: { title: 'Go vs Rust (2026) – a guide' } },
      { slug: 'e', data: { title: 'Rust vs Go 2026' } },
    ]);
    expect([...names.values()]).toEqual([
      'Froodl',
      'Jord',
      'Go vs Rust (2026) 1',
      'Go vs Rust (2026) 2',
      'Rust vs Go 2026',
    ]);
  });

  it('numbers duplicates the same way whatever order the sources come in', () => {
    const names = shortNames([
      { slug: 'd', data: { title: 'Same' } },
      { slug: 'c', data: { title: 'Same' } },
    ]);
    expect(names.get('c')).toBe('Same 1');
    expect(names.get('d')).toBe('Same 2');
  });
});

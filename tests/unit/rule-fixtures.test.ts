import { describe, expect, it } from 'vitest';
import { checkFixture, messages } from '../support/check-fixture.ts';

const FILE = 'tests/fixtures/sources';

describe('the valid fixture', () => {
  it('passes every rule', () => {
    expect(checkFixture('valid').problems).toEqual([]);
  });
});

describe('rule: references', () => {
  it('names a mistyped topic, its line, and the nearest known id', () => {
    const [problem, ...rest] = checkFixture('unknown-topic').problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      rule: 'references',
      file: `${FILE}/unknown-topic.mdx`,
      line: 18,
      path: 'claims[0].topic',
      message: 'unknown topic "performanc"',
    });
    expect(problem?.hint).toMatch(/^Did you mean "performance"\? Known topics: performance, memory-safety, /);
  });

  it('names a mistyped metric and suggests the right one', () => {
    const result = checkFixture('unknown-metric');
    expect(messages(result)).toEqual(['claims[0].figures[0].metric: unknown metric "rust-speed-advantge"']);
    expect(result.problems[0]?.hint).toMatch(/^Did you mean "rust-speed-advantage"\?/);
  });

  it('refuses a figure whose unit is not its metric’s', () => {
    expect(messages(checkFixture('figure-unit-mismatch'))).toEqual([
      'claims[0].figures[0].unit: unit "percent" differs from the unit of metric "rust-speed-advantage", "%"',
    ]);
  });

  it('names a mistyped use case and suggests the nearest one', () => {
    const result = checkFixture('unknown-use-case');
    expect(result.problems).toMatchObject([
      {
        rule: 'references',
        severity: 'error',
        line: 14,
        path: 'recommendations.go[0].useCase',
        message: 'unknown use case "fast-delivry"',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Did you mean "fast-delivery"\? Known use cases: /);
  });

  it('fails a published recommendation with no use case, listing the ids to choose from', () => {
    const result = checkFixture('missing-use-case');
    expect(result.problems).toMatchObject([
      { severity: 'error', line: 14, path: 'recommendations.go[0]', message: 'this recommendation has no useCase' },
    ]);
    expect(result.problems[0]?.hint).toMatch(
      /^Add useCase: one of fast-delivery, .* \(content\/use-cases\.yaml\), so \/choose\/ can list it\.$/,
    );
  });

  it('names a mistyped question and suggests the nearest one', () => {
    const result = checkFixture('unknown-question');
    expect(messages(result)).toEqual(['claims[0].question: unknown question "edge-deploymnts"']);
    expect(result.problems[0]?.hint).toMatch(
      /^Did you mean "edge-deployments"\? Known questions: .*New questions go in content\/questions\.yaml\.$/,
    );
  });

  it('refuses a question in questions.yaml whose topic does not exist', () => {
    const result = checkFixture('valid', { questions: 'question-unknown-topic.yaml' });
    expect(result.problems).toMatchObject([
      {
        rule: 'references',
        file: 'tests/fixtures/data/question-unknown-topic.yaml',
        line: 3,
        path: '[0].topic',
        message: 'unknown topic "edge-wsm"',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Did you mean "edge-wasm"\?/);
  });

  it('refuses a question from another topic than the claim’s', () => {
    const result = checkFixture('question-off-topic');
    expect(result.problems).toMatchObject([
      {
        line: 19,
        path: 'claims[0].question',
        message: 'question "edge-deployments" is on topic "edge-wasm", not on this claim’s topic "performance"',
      },
    ]);
  });

  it('refuses a table row or FAQ answer that restates a claim the source does not have, with the nearest id', () => {
    const result = checkFixture('unknown-restated-claim');
    expect(result.problems).toMatchObject([
      { rule: 'references', line: 38, path: 'tables[0].rows[0].claims[1]', message: 'unknown claim "go-learnin"' },
      { rule: 'references', line: 41, path: 'faqs[0].claims[0]', message: 'unknown claim "cpu-speed"' },
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Did you mean "go-learning"? Known claims of this source: cpu-bound-speed, go-learning, rust-ownership. List the ids of the claims this entry restates.',
    );
  });
});

describe('rule: unique ids', () => {
  it('flags the second claim using an id', () => {
    const result = checkFixture('duplicate-claim-id');
    expect(messages(result)).toEqual(['claims[1].id: duplicate id "cpu-bound-speed": claims[0] already uses it']);
    expect(result.problems[0]?.hint).toContain('#claim-cpu-bound-speed');
  });

  it('flags a use case id and a question id defined twice, naming the file', () => {
    for (const [key, file, id, line] of [
      ['useCases', 'duplicate-use-cases.yaml', 'fast-delivery', 5],
      ['questions', 'duplicate-questions.yaml', 'edge-deployments', 4],
    ] as const) {
      const result = checkFixture('valid', { [key]: file });
      expect(result.problems.filter((problem) => problem.rule === 'unique-ids')).toMatchObject([
        {
          file: `tests/fixtures/data/${file}`,
          path: '[1].id',
          line,
          severity: 'error',
          message: `duplicate id "${id}": entry [0] already uses it`,
        },
      ]);
    }
  });

  it('flags a topic id defined twice', () => {
    const result = checkFixture('valid', { topics: 'duplicate-topics.yaml' });
    expect(result.problems.filter((problem) => problem.rule === 'unique-ids')).toMatchObject([
      {
        file: 'tests/fixtures/data/duplicate-topics.yaml',
        path: '[1].id',
        line: 6,
        message: 'duplicate id "performance": entry [0] already uses it',
      },
    ]);
  });
});

describe('rule: accurate evidence', () => {
  it('refuses an accurate rating when no cited page was opened', () => {
    const result = checkFixture('accurate-not-opened');
    expect(result.problems).toMatchObject([
      {
        rule: 'accurate-evidence',
        path: 'claims[3].check.rating',
        message: 'this check is rated accurate, but none of its sources is marked as opened',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Add `opened: YYYY-MM-DD` to a primary source you opened/);
  });

  it('caps a rating resting on a second-hand report at unsupported, naming the report', () => {
    expect(messages(checkFixture('accurate-second-hand'))).toEqual([
      'claims[3].check.rating: this check is rated accurate on second-hand reports only: "News report of the benchmarks" (reporting Example Benchmarks Survey 2026)',
    ]);
  });

  it('accepts a second-hand report whose authority the check names', () => {
    expect(checkFixture('accurate-second-hand-authority').problems).toEqual([]);
  });
});

describe('rule: conditions', () => {
  it('refuses a condition on a claim that says it depends', () => {
    const result = checkFixture('condition-on-depends');
    expect(messages(result)).toEqual([
      'claims[1].condition: this says "it depends" and also names the condition "for a small team"',
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Give the condition to the claims that take a side under it/);
  });

  it('warns when a source takes two sides under one condition, however it is spelt', () => {
    expect(checkFixture('condition-two-sides').problems).toMatchObject([
      {
        rule: 'conditions',
        severity: 'warning',
        path: 'claims[2].condition',
        message:
          'on memory-safety, this source takes two sides under the same condition "in the long term", so it is counted as mixed',
      },
    ]);
  });
});

describe('rule: verbatim quotes', () => {
  it('shows the closest passage when a quote was retyped', () => {
    const result = checkFixture('quote-not-verbatim');
    expect(messages(result)).toEqual(['claims[0].quote: this text is not in the article body word for word']);
    expect(result.problems[0]?.hint).toBe(
      'Copy the quote from the body instead of retyping it. The closest passage in the body is: "Benchmarks show Rust often outperforms Go in CPU-bound tasks by 20-40%."',
    );
  });

  it('refuses a quote that begins mid-word, naming the word it was cut from', () => {
    const result = checkFixture('quote-cut-mid-word');
    expect(result.problems).toMatchObject([
      {
        rule: 'verbatim-quotes',
        path: 'claims[3].quote',
        message: 'this quote begins mid-word: its first word "lower" is cut from the article\'s "Slower"',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Quote whole words/);
  });

  it('refuses a quote whose last word has lost its ending, naming the word', () => {
    expect(messages(checkFixture('quote-word-ending-changed'))).toEqual([
      'claims[3].quote: this quote ends mid-word: its last word "guarantee" is cut from the article\'s "guarantees"',
    ]);
  });

  it('checks FAQ answers too', () => {
    expect(messages(checkFixture('faq-not-verbatim'))).toEqual([
      'faqs[0].answer: this text is not in the article body word for word',
    ]);
  });

  it('checks the capture when there is one', () => {
    expect(messages(checkFixture('quote-not-in-capture'))).toEqual([
      'claims[0].quote: this text is in the body but not in the capture tests/fixtures/captures/quote-not-in-capture.txt',
    ]);
  });
});

describe('rule: tables match the body', () => {
  it('shows the expected row when a cell differs', () => {
    const result = checkFixture('table-cell-differs');
    expect(messages(result)).toEqual([
      'tables[0].rows[1].go: go is "Garbage collector" but row 2 of the body table says "Garbage collection"',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Expected row: { label: "Memory Safety", go: "Garbage collection", rust: "Ownership system", winner: rust }.',
    );
  });

  it('checks the winner against the Winner column', () => {
    expect(messages(checkFixture('table-winner-differs'))).toEqual([
      'tables[0].rows[0].winner: winner is rust but the body table\'s Winner column says "Go"',
    ]);
  });

  it('names a row the front matter lacks', () => {
    expect(messages(checkFixture('table-row-missing'))).toEqual([
      'tables[0].rows: the body table has a row 2 that tables[0] lacks: "Memory Safety"',
    ]);
  });

  it('names a body table missing from the front matter', () => {
    const result = checkFixture('table-not-in-front-matter');
    expect(messages(result)).toEqual([
      "tables: the body's comparison table 1 (Feature Category | Go | Rust | Winner) is not listed in tables",
    ]);
    expect(result.problems[0]?.line).toBe(44);
  });
});

describe('rule: dates', () => {
  it('refuses an impossible date, saying why', () => {
    const result = checkFixture('impossible-date');
    expect(result.problems).toMatchObject([
      {
        rule: 'schema',
        path: 'published',
        line: 4,
        message: '"2026-02-30" is not a real date: February 2026 has 28 days',
      },
    ]);
  });

  it('refuses a date not written YYYY-MM-DD', () => {
    expect(messages(checkFixture('not-a-date'))).toEqual([
      'published: "26 January 2026" is not a date: write it as YYYY-MM-DD, e.g. 2026-01-26',
    ]);
  });

  it('refuses updated before published', () => {
    expect(messages(checkFixture('updated-before-published'))).toEqual([
      'updated: updated 2026-01-05 is before published 2026-01-26',
    ]);
  });

  it('refuses a date in the future', () => {
    expect(messages(checkFixture('future-date'))).toEqual([
      'updated: updated 2099-02-05 is in the future (today is 2026-11-23)',
    ]);
  });
});

describe('shapes (the zod schemas, with editor-friendly messages)', () => {
  it('catches a misspelt field instead of dropping it', () => {
    const result = checkFixture('misspelt-field');
    expect(messages(result)).toEqual([
      'summary: the required field "summary" is missing',
      'sumary: unknown field "sumary"',
    ]);
    expect(result.problems[1]?.hint).toMatch(
      /^Did you mean "summary"\? Allowed fields here: title, publisher, author, /,
    );
    expect(result.problems[1]?.line).toBe(7);
  });

  it('catches a misspelt field inside a claim', () => {
    const result = checkFixture('misspelt-nested-field');
    expect(messages(result)).toContain('claims[1].favours: unknown field "favours"');
    expect(result.problems.find((p) => p.path === 'claims[1].favours')?.hint).toMatch(/^Did you mean "favors"\?/);
  });

  it('lists the allowed stances and the nearest one', () => {
    const result = checkFixture('invalid-stance');
    expect(messages(result)).toEqual([
      'claims[1].favors: the text "golang" is not allowed here: expected one of go, rust, tie, depends',
    ]);
  });

  it('refuses a javascript: address', () => {
    expect(messages(checkFixture('javascript-url'))).toEqual(['url: must be an http:// or https:// address']);
  });

  it('reports unreadable YAML with its line', () => {
    const [problem] = checkFixture('yaml-syntax-error').problems;
    expect(problem).toMatchObject({ rule: 'yaml', line: 7 });
    expect(problem?.message).toMatch(/^the front matter cannot be read: /);
  });

  it('refuses a file name that is not a kebab-case slug', () => {
    expect(checkFixture('Not_Kebab').problems).toMatchObject([
      { rule: 'file-names', message: 'the file name "Not_Kebab.mdx" is not a kebab-case slug' },
    ]);
  });

  it('reports a topic entry with a missing and a mistyped field', () => {
    const result = checkFixture('valid', { topics: 'topic-missing-field.yaml' });
    const inTopics = result.problems.filter((problem) => problem.file.endsWith('topic-missing-field.yaml'));
    expect(inTopics.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      '[0].question: the required field "question" is missing',
      '[0].order: expected a number, found the text "first"',
    ]);
  });
});

describe('drafts and warnings', () => {
  it('lets a draft leave out verdict, summary, kind and claims, and grades its problems as warnings', () => {
    const result = checkFixture('draft-incomplete');
    expect(result.drafts).toEqual(['tests/fixtures/sources/draft-incomplete.mdx']);
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      'warning tables[0].rows[0].topic: unknown topic "todo"',
    ]);
  });

  it('requires verdict and a claim once a source is not a draft, saying how to fix it', () => {
    const result = checkFixture('missing-verdict');
    expect(messages(result)).toEqual([
      'claims: a source needs at least one claim',
      'verdict: the required field "verdict" is missing',
    ]);
    expect(result.problems[1]?.hint).toBe('Add verdict, or set draft: true while the source is unfinished.');
  });

  it('warns when a table names a winner on a topic no claim covers', () => {
    const result = checkFixture('table-winner-without-claim');
    expect(result.problems).toMatchObject([
      {
        severity: 'warning',
        rule: 'table-coverage',
        path: 'tables[0].rows[0].topic',
        message: 'the table names a winner on "learning-curve" but no claim is about that topic',
      },
    ]);
  });
});

describe('every problem at once', () => {
  it('still runs the integrity rules on a source whose front matter breaks its schema', () => {
    const result = checkFixture('five-mistakes');
    expect(result.problems.map((p) => `${p.rule} ${p.path}`)).toEqual([
      'schema summary',
      'schema published',
      'schema sumary',
      'references claims[0].topic',
      'verbatim-quotes claims[0].quote',
      'tables-match tables[0].rows[1].go',
    ]);
  });
});

describe('rule: unique ids, reserved passage anchors', () => {
  it('refuses a claim id that takes a recommendation’s passage anchor, with its line', () => {
    const result = checkFixture('reserved-claim-id');
    expect(result.problems).toMatchObject([
      { rule: 'unique-ids', severity: 'error', file: `${FILE}/reserved-claim-id.mdx`, line: 17, path: 'claims[0].id' },
    ]);
    expect(result.problems[0]?.message).toMatch(/^the claim id "rec-go-0" is reserved/);
    expect(result.problems[0]?.hint).toBe('Rename the claim, e.g. "recommends-go-0".');
  });
});

describe('distinct names', () => {
  it('refuses two short names that differ only by word order or punctuation, naming both files', () => {
    const result = checkFixture('name-go-vs-rust', { others: ['name-rust-vs-go'] });
    expect(result.problems).toMatchObject([
      {
        rule: 'distinct-names',
        file: `${FILE}/name-rust-vs-go.mdx`,
        line: 2,
        path: 'title',
        message: `the short name "Rust vs Go 2026" differs from "Go vs Rust (2026)" (${FILE}/name-go-vs-rust.mdx) only by word order, punctuation, invisible characters or look-alike letters`,
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Readers tell sources apart by these names\. Give the publisher/);
  });

  it('lets one publisher have two articles (the site numbers them)', () => {
    expect(checkFixture('valid', { others: ['name-go-vs-rust'] }).problems).toEqual([]);
  });
});

describe('corrections log', () => {
  it('names an unknown source with the nearest slug, and a repeated id', () => {
    const result = checkFixture('valid', { corrections: 'corrections-mistakes.yaml' });
    expect(result.problems).toMatchObject([
      {
        rule: 'corrections',
        file: 'tests/fixtures/data/corrections-mistakes.yaml',
        line: 4,
        path: '[0].source',
        message: 'unknown source "valdi"',
      },
      {
        rule: 'corrections',
        file: 'tests/fixtures/data/corrections-mistakes.yaml',
        line: 10,
        path: '[1].id',
        message: 'duplicate id "2026-12-02-valid-speed": entry [0] already uses it',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Did you mean "valid"\?/);
  });

  it('refuses an entry without its why, or with an unknown kind of change', () => {
    const result = checkFixture('valid', { corrections: 'corrections-missing-why.yaml' });
    expect(messages(result)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\[0\]\.change: /), expect.stringMatching(/^\[0\]\.why: /)]),
    );
    expect(
      result.problems.every(
        (problem) =>
          problem.rule === 'corrections' && problem.file === 'tests/fixtures/data/corrections-missing-why.yaml',
      ),
    ).toBe(true);
  });
});

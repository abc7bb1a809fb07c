import { describe, expect, it } from 'vitest';
import { checkFixture } from '../support/check-fixture.ts';

const DATA = 'tests/fixtures/data';

describe('the cases rule', () => {
  it('names an unknown use case and topic in cases.yaml, and an answer id used twice, with lines and hints', () => {
    const result = checkFixture('valid', { cases: 'cases-unknown-use-case.yaml' });
    expect(result.problems).toMatchObject([
      {
        rule: 'cases',
        file: `${DATA}/cases-unknown-use-case.yaml`,
        line: 9,
        path: '[0].answers[0].advice[0].useCase',
        message: 'unknown use case "web-service"',
      },
      { rule: 'cases', line: 14, path: '[0].answers[1].topics[0]', message: 'unknown topic "perfomance"' },
      {
        rule: 'cases',
        line: 19,
        path: '[1].answers[0].id',
        message: 'duplicate answer id "http-api": [0].answers[0] already uses it',
      },
    ]);
    expect(result.problems[0]?.hint).toMatch(/^Did you mean "web-services"\?/);
    expect(result.problems[1]?.hint).toMatch(/^Did you mean "performance"\?/);
  });

  it('names a source kind missing from source-kinds.yaml and one listed twice', () => {
    const result = checkFixture('valid', { sourceKinds: 'source-kinds-missing.yaml' });
    expect(result.problems).toMatchObject([
      { rule: 'cases', file: `${DATA}/source-kinds-missing.yaml`, message: 'source kind "research" is not listed' },
      {
        rule: 'cases',
        file: `${DATA}/source-kinds-missing.yaml`,
        line: 19,
        path: '[6].id',
        message: 'source kind "journalism" is listed 2 times',
      },
    ]);
    expect(result.problems[0]?.hint).toContain('- id: research');
  });

  it('passes the real cases and source kinds', () => {
    expect(checkFixture('valid').problems).toEqual([]);
  });
});

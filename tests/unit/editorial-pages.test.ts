// The site's own MDX pages: the editorial-pages rule holds them to the body policy with the
// editorial components, and fails every id a component names that the content does not have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { FIXTURES, fixtureContent, fixtureSource, TODAY } from '../support/check-fixture.ts';

/** The problems of editorial fixtures `names`, checked beside the valid source, filed as `as` (a path under content/). */
function check(pages: Array<{ fixture: string; as: string }>) {
  const editorial = pages.map(({ fixture, as }) => {
    const split = splitFrontMatter(readFileSync(join(FIXTURES, 'editorial', `${fixture}.mdx`), 'utf8'));
    return { file: as, body: split.body, bodyLine: split.bodyLine };
  });
  return checkParsedContent(
    { ...fixtureContent(), sources: [fixtureSource('valid')], editorial },
    TODAY,
  ).problems.filter((problem) => problem.rule === 'editorial-pages');
}

describe('rule: editorial-pages', () => {
  it('fails each id that names nothing, with its line and the nearest known id', () => {
    const problems = check([{ fixture: 'named-ids', as: 'content/pages/named-ids.mdx' }]);
    expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '8: <EvidenceStrength> names the topic "performanc", which content/topics.yaml does not have',
      '10: <CheckRating> names the source "no-such-source", which content/sources/ does not have',
      '12: <CheckRating> names the claim "cpu-bound-sped", which tests/fixtures/sources/valid.mdx does not have',
      '14: <CheckRating> names the claim "cpu-bound-speed", which has no fact-check to show',
    ]);
    expect(problems[0]!.hint).toMatch(/^Did you mean "performance"\?/);
    expect(problems[2]!.hint).toMatch(/^Did you mean "cpu-bound-speed"\?/);
  });

  it('holds a trusted page to the body policy all the same: no code, not even in a prop', () => {
    expect(
      check([{ fixture: 'with-code', as: 'content/pages/with-code.mdx' }]).map((p) => `${p.line}: ${p.message}`),
    ).toEqual([
      '6: the body has an expression {new Date().toString()}, which MDX evaluates as JavaScript',
      '8: <Consensus>\'s prop topic is an expression {"performance"}, which MDX evaluates as JavaScript',
    ]);
  });

  it('fails a topic summary whose file names no topic', () => {
    expect(check([{ fixture: 'named-ids', as: 'content/topics/preformance.mdx' }])[0]).toMatchObject({
      file: 'content/topics/preformance.mdx',
      message: 'the summary is for the topic "preformance", which content/topics.yaml does not have',
    });
  });
});

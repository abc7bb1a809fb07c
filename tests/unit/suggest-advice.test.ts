import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { acceptCandidates, parseAcceptances, readBlock } from '../../scripts/editor/suggest/accept.ts';
import { guessUseCase, readLead, type UseCaseWords } from '../../scripts/editor/suggest/advice.ts';
import { suggest, type MetricWords, type TopicWords } from '../../scripts/editor/suggest/candidates.ts';
import { renderCandidates, withCandidates } from '../../scripts/editor/suggest/render.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { parseMarkdown } from '../../src/lib/text/markdown.ts';
import { FIXTURES } from '../support/check-fixture.ts';

const VOCABULARY = join(FIXTURES, 'data', 'suggest');
const read = <T>(name: string) => load(readFileSync(join(VOCABULARY, name), 'utf8')) as T;
const OPTIONS = {
  topics: read<TopicWords[]>('topics.yaml'),
  metrics: read<MetricWords[]>('metrics.yaml'),
  useCases: read<UseCaseWords[]>('use-cases.yaml'),
};
const ARTICLE = splitFrontMatter(readFileSync(join(FIXTURES, 'suggest', 'list-heavy.mdx'), 'utf8')).body;
const proposed = suggest(parseMarkdown(ARTICLE), OPTIONS);

describe('lead-ins carry language and judgement to their list items', () => {
  it('reads a bold lead-in and a heading as praise or advice for the language they name', () => {
    expect(readLead('Go excels at:')).toMatchObject({ language: 'go', kind: 'praise' });
    expect(readLead('Rust strengths')).toMatchObject({ language: 'rust', kind: 'praise' });
    expect(readLead('Key strengths', 'rust')).toMatchObject({ language: 'rust', kind: 'praise' });
    expect(readLead('Choose Go if')).toMatchObject({ language: 'go', kind: 'advice' });
    expect(readLead('Rust is the best choice when:')).toMatchObject({ language: 'rust', kind: 'advice' });
    expect(readLead('Why choose Go in 2026?')).toMatchObject({ language: 'go', kind: 'praise' });
    expect(readLead('Our office moves')).toBeUndefined();
  });

  it('proposes every item under "**Go excels at:**" and "## Rust strengths" as a claim for that language', () => {
    const favors = new Map(proposed.claims.map((claim) => [claim.quote, claim.favors]));
    expect(favors.get('New hires read production code in their first week')).toBe('go');
    expect(favors.get('Builds that finish in seconds')).toBe('go');
    expect(favors.get('A small language specification you can read in an afternoon')).toBe('go');
    expect(favors.get('No data races in safe code, checked by the borrow checker')).toBe('rust');
    expect(favors.get('Predictable latency without garbage collection pauses')).toBe('rust');
    expect(favors.get('Rust has a steeper learning curve than Go.')).toBe('go');
    expect(proposed.claims.map((claim) => claim.quote)).not.toContain('Our office moved twice during the rewrite.');
  });
});

describe('recommendation candidates', () => {
  it('proposes "Choose X if" items, "ideal for" items and advice sentences, each with a side and a guessed use case', () => {
    const byQuote = new Map(proposed.recommendations.map((r) => [r.quote, r]));
    expect(byQuote.get('A small team has to ship its first release within a quarter')).toMatchObject({
      side: 'go',
      useCase: 'fast-delivery',
    });
    expect(byQuote.get('You are writing HTTP APIs and microservices')).toMatchObject({
      side: 'go',
      useCase: 'web-services',
    });
    expect(byQuote.get('The service handles money or sensitive data')).toMatchObject({
      side: 'rust',
      useCase: 'mission-critical',
    });
    expect(byQuote.get('Latency and throughput decide whether the product works')).toMatchObject({
      side: 'rust',
      useCase: 'performance-critical',
    });
    expect(byQuote.get('Ideal for cloud platforms and infrastructure tooling')?.side).toBe('go');
    expect(
      suggest(parseMarkdown('Choose Rust for payment systems that handle money.\n'), OPTIONS).recommendations,
    ).toMatchObject([{ side: 'rust', useCase: 'mission-critical' }]);
    // Recommendations are not proposed as claims too, and the lead-in itself is neither.
    expect(proposed.claims.map((claim) => claim.quote)).not.toContain('The service handles money or sensitive data');
    expect(proposed.recommendations.map((r) => r.quote)).not.toContain('Rust is the best choice when:');
  });

  it('guesses no use case when none is near, and says so with a placeholder to choose one', () => {
    expect(guessUseCase('Embedded firmware for tractors', OPTIONS.useCases)).toBeUndefined();
    const [recommendation] = suggest(
      parseMarkdown('### Choose Rust if\n\n- You write firmware for tractors\n'),
      OPTIONS,
    ).recommendations;
    expect(recommendation).toMatchObject({ side: 'rust' });
    expect(recommendation!.useCase).toBeUndefined();
    expect(renderCandidates([], [recommendation!]).join('\n')).toMatch(
      /useCase: todo {3}# no use case’s words are near: choose one from content\/use-cases.yaml/,
    );
  });
});

describe('accepting candidates', () => {
  const source = `---\ntitle: "T"\ndraft: true\nclaims:\n  - { id: kept, topic: speed, favors: rust, statement: "S.", quote: "Q" }\ntables: []\n---\n\n${ARTICLE}`;
  const file = withCandidates(source, renderCandidates(proposed.claims, proposed.recommendations))!;
  const label = (quote: string) =>
    readBlock(file.split('\n'))!.candidates.find((candidate) =>
      candidate.lines.join('\n').includes(JSON.stringify(quote)),
    )!.label;
  const claimLabel = label('Builds that finish in seconds');
  const adviceLabel = label('The service handles money or sensitive data');

  it('moves a claim (with the id given) and a recommendation (under its side) out of the block, keeping every other line', () => {
    const outcome = acceptCandidates(file, parseAcceptances(`${claimLabel}=go-fast-builds,${adviceLabel}`) as never, [
      'kept',
    ]);
    if (!outcome.ok) throw new Error(outcome.message);
    const data = splitFrontMatter(outcome.file).data as {
      claims: Array<Record<string, unknown>>;
      recommendations: { rust: Array<Record<string, unknown>> };
    };
    expect(data.claims.map((claim) => claim.id)).toEqual(['kept', 'go-fast-builds']);
    expect(data.claims[1]).toMatchObject({ favors: 'go', quote: 'Builds that finish in seconds' });
    expect(data.recommendations.rust).toEqual([
      { text: '', quote: 'The service handles money or sensitive data', useCase: 'mission-critical' },
    ]);
    expect(outcome.accepted.map((entry) => entry.edited)).toEqual([false, false]);
    // The body and the other candidates are as they were.
    expect(outcome.file.slice(outcome.file.indexOf('\n---\n'))).toBe(file.slice(file.indexOf('\n---\n')));
    expect(readBlock(outcome.file.split('\n'))!.candidates).toHaveLength(
      readBlock(file.split('\n'))!.candidates.length - 2,
    );
  });

  it('generates an id when none is given', () => {
    const outcome = acceptCandidates(file, [{ label: claimLabel }], ['kept']);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.accepted[0]!.as).toBe('claim go-builds-that-finish-seconds');
  });

  it('accepts a half-edited candidate as the editor wrote it, says so, and keeps it on a second suggestion', () => {
    const edited = file.replace(
      '  #   statement: ""   # the claim in our own neutral words\n  #   quote: "Builds that finish in seconds"',
      '  #   statement: "Builds are quick."\n  #   quote: "Builds that finish in seconds"',
    );
    expect(edited).not.toBe(file);
    const block = readBlock(edited.split('\n'))!;
    expect(block.candidates.filter((candidate) => candidate.edited).map((candidate) => candidate.label)).toEqual([
      claimLabel,
    ]);
    const outcome = acceptCandidates(edited, [{ label: claimLabel, id: 'go-fast-builds' }], []);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.accepted[0]).toMatchObject({ edited: true });
    expect(outcome.file).toContain('    statement: "Builds are quick."');
    const kept = block.candidates.filter((candidate) => candidate.edited);
    const again = withCandidates(
      edited,
      renderCandidates(
        [],
        [],
        kept.flatMap((candidate) => [candidate.header, ...candidate.lines]),
        new Set([claimLabel]),
      ),
    )!;
    expect(again).toContain('  #   statement: "Builds are quick."');
  });

  it('refuses an unknown candidate, an id for a recommendation and a malformed list, with a message saying which', () => {
    expect(acceptCandidates(file, [{ label: 'c999' }], [])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^there is no candidate c999: its candidates are c1, c2/),
    });
    expect(acceptCandidates(file, [{ label: adviceLabel, id: 'x' }], [])).toMatchObject({
      ok: false,
      message: `${adviceLabel} is a recommendation, and recommendations have no id: accept it as ${adviceLabel}`,
    });
    expect(parseAcceptances('c3=Not An Id')).toMatch(/is not a candidate to accept/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { loadContent, readDataFile } from '../../src/lib/check/load-content.ts';
import { importArticle } from '../../scripts/editor/importer/import-article.ts';
import { formatImportReport } from '../../scripts/editor/importer/report.ts';
import {
  guessFigure,
  guessStance,
  guessTopic,
  suggestClaims,
  type MetricWords,
  type TopicWords,
} from '../../scripts/editor/suggest/candidates.ts';
import { overlaps, scoreSuggestions } from '../../scripts/editor/suggest/measure.ts';
import {
  CANDIDATES_END,
  CANDIDATES_START,
  renderCandidates,
  withCandidates,
} from '../../scripts/editor/suggest/render.ts';
import { splitIntoSentences } from '../../scripts/editor/suggest/sentences.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { parseMarkdown } from '../../src/lib/text/markdown.ts';
import { containsVerbatim, searchable } from '../../src/lib/text/passages.ts';
import { parsedSource } from '../support/builders.ts';
import { FIXTURES, ROOT, TODAY } from '../support/check-fixture.ts';

const VOCABULARY = join(FIXTURES, 'data', 'suggest');
const TOPICS = load(readFileSync(join(VOCABULARY, 'topics.yaml'), 'utf8')) as TopicWords[];
const METRICS = load(readFileSync(join(VOCABULARY, 'metrics.yaml'), 'utf8')) as MetricWords[];
const OPTIONS = { topics: TOPICS, metrics: METRICS };

const ARTICLE = `## Speed

Rust is 20–40% faster than Go on CPU-bound work, e.g. image processing. Go was released in 2009.

Benchmarks vary widely between teams.

## Why Go wins

- Gentle learning curve for beginners
- A small standard library

## Learning

Rust has a steeper learning curve than Go. It depends on your team: both languages can be learnt.

| Topic | Go | Rust |
| --- | --- | --- |
| Speed | Fast | Faster than Go |
`;

const quotes = (body: string) => suggestClaims(parseMarkdown(body), OPTIONS).map((candidate) => candidate.quote);

describe('candidate claims', () => {
  it('splits sentences where they end, not after abbreviations', () => {
    expect(splitIntoSentences('Rust is faster, e.g. in CPU-bound work. Go compiles fast vs. Rust! Done.')).toEqual([
      'Rust is faster, e.g. in CPU-bound work.',
      'Go compiles fast vs. Rust!',
      'Done.',
    ]);
  });

  it('proposes sentences that compare or judge a language, and leaves out narrative, headings and tables', () => {
    const proposed = quotes(ARTICLE);
    expect(proposed).toContain('Rust is 20–40% faster than Go on CPU-bound work, e.g. image processing.');
    expect(proposed).toContain('Rust has a steeper learning curve than Go.');
    expect(proposed).not.toContain('Go was released in 2009.');
    expect(proposed).not.toContain('Benchmarks vary widely between teams.');
    expect(proposed.some((quote) => quote.includes('Faster than Go'))).toBe(false);
  });

  it('reads a list item under a heading that names one language as a position on it', () => {
    const item = suggestClaims(parseMarkdown(ARTICLE), OPTIONS).find(
      (candidate) => candidate.quote === 'Gentle learning curve for beginners',
    );
    expect(item).toMatchObject({ topic: 'learning', favors: 'go' });
  });

  it('quotes every candidate so that it passes the verbatim rule as written', () => {
    const text = searchable(ARTICLE);
    for (const quote of quotes(ARTICLE)) expect(containsVerbatim(text, quote), quote).toBe(true);
  });

  it('never proposes a passage the source already quotes', () => {
    const proposed = suggestClaims(parseMarkdown(ARTICLE), {
      ...OPTIONS,
      quoted: ['Rust has a steeper learning curve than Go.'],
    });
    expect(proposed.map((candidate) => candidate.quote)).not.toContain('Rust has a steeper learning curve than Go.');
  });

  it('guesses the side a sentence plainly takes, and none when it is not plain', () => {
    expect(guessStance('Rust is faster than Go for CPU-bound work.')?.favors).toBe('rust');
    expect(guessStance('Go is slower than Rust here.')?.favors).toBe('rust');
    expect(guessStance('Rust has a steeper learning curve than Go.')?.favors).toBe('go');
    expect(guessStance('It depends on what your team knows, Go or Rust.')?.favors).toBe('depends');
    expect(guessStance('Go and Rust were both released after 2008.')).toBeUndefined();
    expect(guessStance('Go is simpler, Rust is faster.')).toBeUndefined();
    expect(guessStance('Prevents data races', 'rust')?.favors).toBe('rust');
  });

  it('guesses the topic whose words the sentence uses, preferring phrases, and none without any', () => {
    expect(guessTopic('Rust has a steeper learning curve than Go.', TOPICS)?.topic).toBe('learning');
    expect(guessTopic('The borrow checker rules out data races.', TOPICS)?.topic).toBe('safety');
    expect(guessTopic('Go was released in 2009.', TOPICS)).toBeUndefined();
  });

  it('reads a figure in a metric’s unit, with its range and subject', () => {
    expect(guessFigure('Rust is 20–40% faster than Go.', METRICS)).toEqual({
      metric: 'rust-speed-advantage',
      subject: 'rust',
      min: 20,
      max: 40,
      unit: '%',
    });
    expect(guessFigure('Go developers are productive in 1-3 months, Rust takes longer.', METRICS)).toEqual({
      metric: 'learning-time',
      subject: 'go',
      min: 1,
      max: 3,
      unit: 'months',
    });
    expect(guessFigure('Go is used by 3 teams.', METRICS)).toBeUndefined();
  });
});

describe('candidates in a draft', () => {
  const candidates = suggestClaims(parseMarkdown(ARTICLE), OPTIONS);
  const file = `---\ntitle: "T"\nclaims: []\ntables: []\ndraft: true\n---\n\n${ARTICLE}`;

  it('go under claims: as comments, so the draft reads the same until an editor accepts one', () => {
    const withBlock = withCandidates(file, renderCandidates(candidates))!;
    const lines = withBlock.split('\n');
    expect(lines.indexOf(CANDIDATES_START)).toBe(lines.indexOf('claims: []') + 1);
    expect(lines.indexOf('tables: []')).toBe(lines.indexOf(CANDIDATES_END) + 1);
    expect(splitFrontMatter(withBlock).data).toEqual(splitFrontMatter(file).data);
  });

  it('become claims when their "# " is deleted', () => {
    const block = renderCandidates(candidates.slice(0, 2)).filter(
      (line) => /^ {2}# {1,3}[- ]/.test(line) && !line.includes('To accept'),
    );
    const accepted = block.map((line) => line.replace(/^ {2}# /, '  ')).join('\n');
    const claims = (load(`claims:\n${accepted}`) as { claims: Array<Record<string, unknown>> }).claims;
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({ id: 'candidate-1', topic: 'speed', favors: 'rust', quote: candidates[0]!.quote });
    expect(claims[0]!.figures).toEqual([
      { metric: 'rust-speed-advantage', subject: 'rust', min: 20, max: 40, unit: '%' },
    ]);
  });

  it('are replaced, not added again, when suggested a second time', () => {
    const once = withCandidates(file, renderCandidates(candidates))!;
    const twice = withCandidates(once, renderCandidates(candidates.slice(0, 1)))!;
    expect(twice.split(CANDIDATES_START)).toHaveLength(2);
    expect(twice.slice(0, twice.indexOf('\n---\n'))).not.toContain(JSON.stringify(candidates[1]!.quote));
  });
});

describe('importing the long-article fixture', () => {
  const bytes = readFileSync(join(FIXTURES, 'import', 'long-article.md'));
  const outcome = importArticle(bytes, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.message);
  const { result } = outcome;

  it('proposes candidates, and the report says how many and how to accept one', () => {
    expect(result.candidates.length).toBeGreaterThan(0);
    const report = formatImportReport(result, {
      input: 'long-article.md',
      source: 'content/sources/x.mdx',
      capture: 'content/captures/x.txt',
    });
    expect(report).toContain(`Proposed: ${result.candidates.length} candidate claim`);
    expect(report).toMatch(
      /review the \d+ candidate claims? commented out under claims: accept each that states a position \(delete its "# "/,
    );
  });

  it('yields candidates that all pass the verbatim rule once accepted', () => {
    const accepted = result.file
      .replace(/^claims: \[\].*$/m, 'claims:')
      .replace(/^ {2}# (?=- id: candidate-| {2}(?:topic|favors|statement|quote|figures| {2}-))/gm, '  ')
      .replace(/^( {4}topic:) todo\b/gm, '$1 speed')
      .replace(/^( {4}favors:) todo\b/gm, '$1 depends')
      .replace(/^( {4}statement:) ""/gm, '$1 "Accepted as proposed."');
    const source = parsedSource(result.slug, accepted);
    const claims = (source.data as { claims?: unknown[] }).claims ?? [];
    expect(claims).toHaveLength(result.candidates.length);
    const content = {
      ...loadContent(ROOT),
      topics: readDataFile(join(VOCABULARY, 'topics.yaml'), ROOT),
      metrics: readDataFile(join(VOCABULARY, 'metrics.yaml'), ROOT),
    };
    const check = checkParsedContent({ ...content, sources: [source] }, TODAY);
    expect(check.problems.filter((problem) => problem.rule === 'verbatim-quotes' || problem.rule === 'schema')).toEqual(
      [],
    );
  });
});

describe('measuring the suggester', () => {
  it('counts a claim as found when a candidate is the same passage, and scores topic and stance on that candidate', () => {
    expect(overlaps('Rust is faster than Go.', 'Benchmarks agree: Rust is faster than Go.')).toBe(true);
    expect(overlaps('Go compiles quickly.', 'Rust has a steep learning curve.')).toBe(false);
    const score = scoreSuggestions(
      [
        { id: 'a', topic: 'speed', favors: 'rust', quote: 'Rust is faster than Go.' },
        { id: 'b', topic: 'learning', favors: 'go', quote: 'Go is easy to pick up.' },
      ],
      [
        { quote: 'Rust is faster than Go.', line: 1, topic: 'speed', topicWords: [], favors: 'rust' },
        { quote: 'Go was released in 2009 and compiles quickly.', line: 2, topicWords: [] },
      ],
    );
    expect(score).toEqual({
      claims: 2,
      candidates: 2,
      found: 1,
      matching: 1,
      topicAgrees: 1,
      stanceGuessed: 1,
      stanceAgrees: 1,
    });
  });
});

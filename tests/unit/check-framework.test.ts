import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { checkSummary, formatRules } from '../../src/lib/check/format-problems.ts';
import { defineRule, RULES, type RuleContext } from '../../src/lib/check/rules/index.ts';
import { fixtureContent, fixtureSource, ROOT, TODAY } from '../support/check-fixture.ts';

const vocabulary = fixtureContent();
const fixture = fixtureSource;
const context = (sources = [fixture('valid')]): RuleContext => ({
  content: { ...vocabulary, sources },
  sources: [],
  topics: [],
  metrics: [],
  useCases: [],
  questions: [],
  caseQuestions: [],
  sourceKinds: [],
  today: TODAY,
  refused: [],
});

describe('defineRule', () => {
  it('fills in the rule’s name on every problem, and looks up the line of the field', () => {
    const rule = defineRule({ name: 'example', description: 'An example.' }, ({ content, each }, report) => {
      for (const source of each(content.sources))
        report({ at: source, path: ['claims', 0, 'topic'], message: 'odd topic', hint: 'Change it.' });
    });
    expect(rule.run(context())).toEqual([
      {
        rule: 'example',
        severity: 'error',
        file: 'tests/fixtures/sources/valid.mdx',
        line: 18,
        path: 'claims[0].topic',
        message: 'odd topic',
        hint: 'Change it.',
      },
    ]);
  });

  it('turns a rule that throws into one problem naming the rule and the file it was checking', () => {
    const crashing = defineRule(
      { name: 'crashing', description: 'Throws on its second file.' },
      ({ content, each }, report) => {
        for (const source of each(content.sources)) {
          if (source.slug === 'dates-valid') throw new TypeError('cannot read properties of undefined');
          report({ at: source, message: 'found something' });
        }
      },
    );
    const second = { ...fixture('valid'), slug: 'dates-valid', file: 'content/sources/dates-valid.mdx' };
    expect(crashing.run(context([fixture('valid'), second]))).toEqual([
      {
        rule: 'crashing',
        severity: 'error',
        file: 'content/sources/dates-valid.mdx',
        path: '',
        message: 'the crashing check crashed: cannot read properties of undefined',
        hint: 'This is a bug in the check, not in the content: please report it with this file. The other checks ran.',
      },
    ]);
  });

  it('names "content" when a rule throws outside any file', () => {
    const crashing = defineRule({ name: 'crashing', description: 'Throws at once.' }, () => {
      throw new Error('boom');
    });
    expect(crashing.run(context())).toMatchObject([
      { rule: 'crashing', file: 'content', message: 'the crashing check crashed: boom' },
    ]);
  });

  it('lets the other rules report when one throws', () => {
    const crashing = defineRule({ name: 'crashing', description: 'Throws at once.' }, () => {
      throw new Error('boom');
    });
    const quotes = RULES.find((rule) => rule.name === 'verbatim-quotes')!;
    const raw = { ...vocabulary, sources: [fixture('quote-not-verbatim')] };
    const checked = checkParsedContent(raw, TODAY);
    const ruleContext = {
      content: raw,
      sources: [{ parsed: raw.sources[0]!, data: checked.sources[0]!.data }],
      topics: checked.topics,
      metrics: checked.metrics,
      useCases: checked.useCases,
      questions: checked.questions,
      caseQuestions: checked.caseQuestions,
      sourceKinds: checked.sourceKinds,
      today: TODAY,
      refused: [],
    };
    const problems = [crashing, quotes].flatMap((rule) => rule.run(ruleContext));
    expect(problems.map((problem) => `${problem.rule} ${problem.path}: ${problem.message}`)).toEqual([
      'crashing : the crashing check crashed: boom',
      'verbatim-quotes claims[0].quote: this text is not in the article body word for word',
    ]);
  });
});

describe('a rule that looks at one source at a time', () => {
  const valid = fixture('valid');
  const other = { ...fixture('valid'), slug: 'other', file: 'content/sources/other.mdx' };
  const checked = checkParsedContent({ ...vocabulary, sources: [valid, other] }, TODAY);
  const sourceContext = (): RuleContext => ({ ...context([valid, other]), sources: checked.sources });

  it('is walked by the runner, which names each problem’s file', () => {
    const rule = defineRule(
      { name: 'per-source', description: 'Reports each source.', scope: 'source' },
      ({ parsed }, _context, report) => {
        report({ at: parsed, path: ['title'], message: `saw ${parsed.slug}` });
      },
    );
    expect(rule.run(sourceContext()).map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([
      'tests/fixtures/sources/valid.mdx:2 saw valid',
      'content/sources/other.mdx:2 saw other',
    ]);
  });

  it('is run again only for a source read anew, or when what else it sees changes', () => {
    const seen: string[] = [];
    const rule = defineRule({ name: 'counting', description: 'Counts its runs.', scope: 'source' }, ({ parsed }) => {
      seen.push(parsed.slug);
    });
    const memo = { bySource: new WeakMap() };
    rule.run(sourceContext(), memo);
    rule.run(sourceContext(), memo);
    expect(seen).toEqual(['valid', 'other']);
    rule.run({ ...sourceContext(), today: '2027-01-01' }, memo);
    expect(seen).toEqual(['valid', 'other', 'valid', 'other']);
  });

  it('turns a crash on one source into one problem naming that file, and still checks the others', () => {
    const rule = defineRule(
      { name: 'fragile', description: 'Throws on one source.', scope: 'source' },
      ({ parsed }, _context, report) => {
        if (parsed.slug === 'valid') throw new Error('boom');
        report({ at: parsed, message: 'checked' });
      },
    );
    expect(rule.run(sourceContext()).map((problem) => `${problem.file} ${problem.message}`)).toEqual([
      'tests/fixtures/sources/valid.mdx the fragile check crashed: boom',
      'content/sources/other.mdx checked',
    ]);
  });
});

describe('npm run check’s summary', () => {
  it('counts the claims of every source, including one whose front matter breaks its schema', () => {
    // impossible-date.mdx fails its schema on `published`; its claims still count.
    const sources = [fixture('valid'), fixture('impossible-date')];
    const claims = sources.reduce((sum, source) => sum + (source.data as { claims: unknown[] }).claims.length, 0);
    const result = checkParsedContent({ ...vocabulary, sources }, TODAY);
    expect(result.sources).toHaveLength(1);
    expect(claims).toBeGreaterThan(result.sources[0]!.data.claims.length);
    expect(checkSummary(result, 12)).toBe(
      `checked ${sources.length} sources (${claims} claims), ${result.topics.length} topics, ${result.metrics.length} metrics in 12 ms`,
    );
  });

  it('counts nothing for a source whose YAML cannot be read', () => {
    expect(checkParsedContent({ ...vocabulary, sources: [fixture('yaml-syntax-error')] }, TODAY).claims).toBe(0);
  });
});

describe('the list of checks', () => {
  it('has every rule, each named once', () => {
    const names = RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'yaml',
        'file-names',
        'schema',
        'references',
        'unique-ids',
        'verbatim-quotes',
        'tables-match',
        'dates',
        'table-coverage',
      ]),
    );
    expect(formatRules(RULES)).toContain('schema\n  Field names and types');
  });

  it('is the README’s list of content checks, description for description', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The content checks'));
    const listed = [...section.matchAll(/^- \*\*([a-z-]+)\*\* — (.+)$/gm)].map((match) => `${match[1]}: ${match[2]}`);
    expect(listed).toEqual(RULES.map((rule) => `${rule.name}: ${rule.description}`));
  });
});

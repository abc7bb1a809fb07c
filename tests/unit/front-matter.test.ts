import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { formatProblems, styleFor, summary } from '../../src/lib/check/format-problems.ts';
import { formatPath } from '../../src/lib/check/problems.ts';

describe('splitFrontMatter', () => {
  const file = '---\ntitle: A\nclaims:\n  - id: one\n    topic: speed\n---\n\nBody text\n';

  it('separates YAML data from the body and keeps dates as written', () => {
    const split = splitFrontMatter('---\npublished: 2026-01-26\n---\nBody');
    expect(split.data).toEqual({ published: '2026-01-26' });
    expect(split.body).toBe('Body');
  });

  it('gives the file line of a nested field', () => {
    const split = splitFrontMatter(file);
    expect(split.lineOf(['claims', 0, 'topic'])).toBe(5);
    expect(split.lineOf(['title'])).toBe(2);
    expect(split.bodyLine).toBe(7);
  });

  it('says so when the front matter is missing or unclosed', () => {
    expect(splitFrontMatter('Just text').yamlErrors[0]?.message).toMatch(/does not start with a `---` line/);
    expect(splitFrontMatter('---\ntitle: A\n').yamlErrors[0]?.message).toMatch(/never closed/);
  });

  it('refuses a key given twice', () => {
    expect(splitFrontMatter('---\ntitle: A\ntitle: B\n---\n').yamlErrors[0]?.message).toMatch(/unique/i);
  });
});

describe('problem output', () => {
  const problems = [
    { rule: 'references', severity: 'error' as const, file: 'content/sources/a.mdx', line: 12, path: 'claims[0].topic', message: 'unknown topic "x"', hint: 'Known topics: y.' },
    { rule: 'dates', severity: 'warning' as const, file: 'content/sources/b.mdx', path: 'updated', message: 'odd' },
  ];

  it('groups problems per file with line, path, message and hint', () => {
    expect(formatProblems(problems)).toBe(
      [
        'content/sources/a.mdx',
        '  error content/sources/a.mdx:12 claims[0].topic: unknown topic "x" [references]',
        '    hint: Known topics: y.',
        '',
        'content/sources/b.mdx',
        '  warning updated: odd [dates]',
        '',
        '1 error and 1 warning in 2 files',
      ].join('\n'),
    );
  });

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(formatProblems(problems, styleFor(false))).not.toContain('\u001b[');
    expect(formatProblems(problems, styleFor(true, { NO_COLOR: '1' }))).not.toContain('\u001b[');
    expect(formatProblems(problems, styleFor(true))).toContain('\u001b[31merror\u001b[39m');
  });

  it('summarises an empty list as no problems', () => {
    expect(summary([])).toBe('no problems');
  });

  it('formats field paths the way editors write them', () => {
    expect(formatPath(['claims', 3, 'figures', 0, 'unit'])).toBe('claims[3].figures[0].unit');
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblems, styleFor, summary } from '../../src/lib/check/format-problems.ts';
import { formatPath } from '../../src/lib/check/problems.ts';

describe('problem output', () => {
  const problems = [
    {
      rule: 'references',
      severity: 'error' as const,
      file: 'content/sources/a.mdx',
      line: 12,
      path: 'claims[0].topic',
      message: 'unknown topic "x"',
      hint: 'Known topics: y.',
    },
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

  it('prints the control characters content puts in a file name, path, message or hint as escapes', () => {
    const hostile = {
      rule: 'verbatim-quotes',
      severity: 'error' as const,
      file: 'content/sources/a\u001b]52;c;cGF5bG9hZA==\u0007.mdx',
      line: 3,
      path: 'claims[0].quote\r',
      message: 'the quote "\u001b[2J\u009b31m" is not in the body\n  error forged line',
      hint: 'Copy it \u202eagain.',
    };
    expect(formatProblems([hostile]).split('\n').slice(0, 3)).toEqual([
      'content/sources/a\\x1b]52;c;cGF5bG9hZA==\\x07.mdx',
      '  error content/sources/a\\x1b]52;c;cGF5bG9hZA==\\x07.mdx:3 claims[0].quote\\r: the quote "\\x1b[2J\\x9b31m" is not in the body\\n  error forged line [verbatim-quotes]',
      '    hint: Copy it \\u202eagain.',
    ]);
  });

  it('summarises an empty list as no problems', () => {
    expect(summary([])).toBe('no problems');
  });

  it('formats field paths the way editors write them', () => {
    expect(formatPath(['claims', 3, 'figures', 0, 'unit'])).toBe('claims[3].figures[0].unit');
  });
});

import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/check/problems.ts';
import { recheck } from '../../src/lib/check/recheck.ts';

const problem = (file: string, message: string): Problem => ({
  rule: 'references',
  severity: 'error',
  file,
  path: 'claims[0].topic',
  message,
});
const a = problem('content/sources/a.mdx', 'unknown topic "x"');
const b = problem('content/sources/b.mdx', 'unknown topic "y"');

describe('recheck', () => {
  it('reports the problems of a file that changed, and not an untouched file’s old ones', () => {
    const broken = problem('content/sources/a.mdx', 'unknown topic "z"');
    expect(recheck([b], [broken, b], ['content/sources/a.mdx'])).toEqual({ problems: [broken], cleared: [] });
  });

  it('reports a source whose problems changed because another file did (topics.yaml)', () => {
    expect(recheck([], [a, b], ['content/topics.yaml'])).toEqual({ problems: [a, b], cleared: [] });
  });

  it('reports a changed file’s problems again even when they are the same', () => {
    expect(recheck([a], [a], ['content/sources/a.mdx'])).toEqual({ problems: [a], cleared: [] });
  });

  it('says which files are clean again', () => {
    expect(recheck([a, b], [b], ['content/sources/a.mdx'])).toEqual({
      problems: [],
      cleared: ['content/sources/a.mdx'],
    });
  });
});

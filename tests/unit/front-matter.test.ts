import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';

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

// Whole-word matching of quotes, on normalised text: where a quote may begin and end.
import { describe, expect, it } from 'vitest';
import { describeCut, findWholeWords } from '../../src/lib/text/whole-words.ts';

describe('findWholeWords', () => {
  const text = 'Slower compilation is the price. It guarantees safety... "Fast" builds, don\'t they?';

  it('accepts a quote on word boundaries, punctuation at either end included', () => {
    expect(findWholeWords(text, 'Slower compilation')).toEqual({ found: true });
    expect(findWholeWords(text, 'the price.')).toEqual({ found: true });
    expect(findWholeWords(text, 'safety...')).toEqual({ found: true });
    expect(findWholeWords(text, '"Fast" builds')).toEqual({ found: true });
    expect(findWholeWords(text, "don't they?")).toEqual({ found: true });
  });

  it('names the word a quote cuts at its start or its end', () => {
    expect(findWholeWords(text, 'lower compilation')).toEqual({
      found: true,
      cut: { edge: 'start', quoted: 'lower', word: 'Slower' },
    });
    expect(findWholeWords(text, 'It guarantee')).toEqual({
      found: true,
      cut: { edge: 'end', quoted: 'guarantee', word: 'guarantees' },
    });
    expect(findWholeWords(text, 't they')).toMatchObject({ cut: { edge: 'start', word: "don't" } });
    expect(describeCut({ edge: 'start', quoted: 'lower', word: 'Slower' })).toBe(
      'this quote begins mid-word: its first word "lower" is cut from the article\'s "Slower"',
    );
  });

  it('passes when any occurrence is whole, and says when there is none', () => {
    expect(findWholeWords('Slower builds. lower builds.', 'lower builds')).toEqual({ found: true });
    expect(findWholeWords(text, 'absent')).toEqual({ found: false });
    expect(findWholeWords(text, '')).toEqual({ found: false });
  });

  it('looks past Markdown emphasis for the neighbouring word', () => {
    expect(findWholeWords('S**lower compilation**', 'lower compilation')).toMatchObject({ cut: { edge: 'start' } });
    expect(findWholeWords('**Slower** compilation', 'compilation')).toEqual({ found: true });
  });
});

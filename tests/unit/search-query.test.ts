// What a typed question is searched as.
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/site/search-query.ts';

describe('the words a search looks for', () => {
  it('drop the function words of a question typed as a sentence', () => {
    expect(searchTerms('Which should I learn first for a backend job?')).toBe('learn first backend job?');
  });

  it('keep a query of words that all carry meaning as typed', () => {
    expect(searchTerms('  goroutine  scheduler ')).toBe('goroutine scheduler');
  });

  it('keep a query of nothing but function words, rather than search for nothing', () => {
    expect(searchTerms('what is it')).toBe('what is it');
  });
});

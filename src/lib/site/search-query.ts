// What the search hands Pagefind for what a reader typed. Pagefind lists only pages that hold
// every word, so a question typed as a sentence ("which should I learn first for a backend job")
// matches only the longest articles, on their function words. The words that carry no meaning are
// dropped first; a query of nothing but such words is searched as typed.

/** English function and question words: in nearly every page, so they only narrow to the longest ones. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about am an and are as at be been but by can could do does did for from had has have how i if in into is it its ' +
    'me my of on or our should so than that the their them then there these they this those to us was we were what ' +
    'when where which who whom whose why will with would you your'
  ).split(' '),
);

/** The words of `query` worth searching for, in order; the query itself when all of it is function words. */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const meaningful = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (meaningful.length ? meaningful : words).join(' ');
}

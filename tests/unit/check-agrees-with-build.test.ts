// What the check accepts, the build builds: each input the third security probe found passing the
// check and then failing the build (or silently not publishing) is refused by the check, by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVocabulary, readDataFile } from '../../src/lib/check/load-content.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { checkFixture, FIXTURES, messages, ROOT } from '../support/check-fixture.ts';
import { compileMdx } from '../support/compile-mdx.ts';

describe('quotes are looked for in the text a reader sees, as the page marks them', () => {
  it.each([
    ['quote-in-link-title', 'a link title'],
    ['quote-with-markup', 'literal ** around a word'],
    ['quote-entity', 'an entity, &amp;'],
  ])('refuses a quote found only in the raw Markdown: %s (%s)', (name) => {
    expect(messages(checkFixture(name))).toEqual([
      'claims[1].quote: this text is not in the article body word for word',
    ]);
  });

  it('which the renderer could not mark: the build would fail on what the check passed', async () => {
    const valid = checkFixture('valid').sources[0]!;
    const quote = 'Go is the fastest language';
    const claims = valid.data.claims.map((claim, c) => (c === 1 ? { ...claim, quote } : claim));
    await expect(
      compileMdx(
        ROOT,
        {
          file: 'content/sources/quote-in-link-title.mdx',
          body: `${valid.parsed.body}\nSee [the benchmark](https://example.com "${quote}").\n`,
          bodyLine: valid.parsed.bodyLine,
        },
        { ...valid.data, claims } as unknown as Record<string, unknown>,
      ),
    ).rejects.toThrow(/could not find the quoted passage/);
  });
});

describe('text fields hold only characters the feed and the search index can hold', () => {
  it('refuses a control character written as a YAML escape (it would break the RSS feed)', () => {
    expect(messages(checkFixture('control-character-title'))).toEqual([
      'title: holds a control character (a YAML escape such as "\\0" or "\\x1b"): delete it',
    ]);
  });

  it('refuses a lone surrogate written as a YAML escape (it would abort the search index)', () => {
    expect(messages(checkFixture('lone-surrogate-title'))).toEqual([
      'title: holds half of a surrogate pair (a YAML escape such as "\\ud800"), which is not a character: delete it',
    ]);
  });
});

describe('empty front matter', () => {
  it('is refused by name, not passed over as a file that is silently not published', () => {
    const result = checkFixture('empty-front-matter');
    expect(result.problems).toMatchObject([
      {
        rule: 'yaml',
        file: 'tests/fixtures/sources/empty-front-matter.mdx',
        line: 1,
        message: 'the front matter is empty',
      },
    ]);
  });
});

describe('vocabularies are read by the build as the check reads them', () => {
  it('keeps a date-like value as text in both, which the correction schema accepts (js-yaml’s default would make it a Date)', () => {
    const path = join(FIXTURES, 'data', 'corrections-date-values.yaml');
    // The build's loader parses with parseVocabulary (src/content.config.ts).
    const built = parseVocabulary('corrections.yaml')(readFileSync(path, 'utf8')) as Array<Record<string, unknown>>;
    expect(built).toEqual(readDataFile(path, ROOT).data);
    expect(built[0]!.from).toBe('2026-01-26');
    expect(correctionSchema.safeParse(built[0]).success).toBe(true);
    expect(messages(checkFixture('valid', { corrections: 'corrections-date-values.yaml' }))).toEqual([]);
  });
});

describe('distinct names are compared as they look', () => {
  it.each([
    ['name-zero-width', 'a zero-width space'],
    ['name-homoglyph', 'a Cyrillic look-alike letter'],
  ])('refuses a publisher that differs from another only by %s (%s)', (name) => {
    expect(checkFixture(name, { others: ['valid'] }).problems).toMatchObject([
      { rule: 'distinct-names', file: 'tests/fixtures/sources/valid.mdx', path: 'publisher' },
    ]);
  });
});

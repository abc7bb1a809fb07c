// Every rule has one home: the rule book (src/lib/rule-book.ts) defines the thresholds, the rating
// that confirms a claim, the rating sets and what "restates" means; the views, pages and tools
// import them. This reads the source files and fails on a second definition, naming file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/check-fixture.ts';

const HOME = 'src/lib/rule-book.ts';
/** Where a rating's name may be written as data: its schema, its display words and the rule book. */
const RATING_NAMES_AT_HOME = new Set([HOME, 'src/schemas/fact-check.ts', 'src/lib/site/labels.ts']);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const CODE = [...filesUnder('src'), ...filesUnder('scripts'), ...filesUnder('tools')];

/** The lines of the code (outside `allowed`) that match `pattern`, as "file:line: text". */
function restatements(pattern: RegExp, allowed: ReadonlySet<string> = new Set([HOME])): string[] {
  return CODE.filter((file) => !allowed.has(file)).flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

/** A pattern's own problems, so the test cannot pass by matching nothing. */
const matches = (pattern: RegExp, text: string) => pattern.test(text);

const RATING_COMPARISON =
  /[!=]==\s*'(accurate|misleading|inaccurate|unsupported)'|'(accurate|misleading|inaccurate|unsupported)'\s*[!=]==/;
const RATING_SET =
  /\[\s*'(accurate|misleading|inaccurate|unsupported)'\s*,\s*'(accurate|misleading|inaccurate|unsupported)'/;
const SHARE_LITERAL = /[<>]=?\s*(0\.\d+|\d+\s*\/\s*\d+)\b/;
const QUOTE_CONTAINMENT = /\.includes\(\s*\w+\.quote\s*\)/;

describe('the rule book is the only home of its rules', () => {
  it('its patterns find what they look for', () => {
    expect(matches(RATING_COMPARISON, "if (check.rating === 'accurate')")).toBe(true);
    expect(matches(RATING_SET, "const best = ['accurate', 'unsupported', 'misleading'];")).toBe(true);
    expect(matches(SHARE_LITERAL, 'return agreeing / taking >= 3 / 4;')).toBe(true);
    expect(matches(QUOTE_CONTAINMENT, 'texts.some((text) => text.includes(claim.quote))')).toBe(true);
  });

  it('no view, page or tool decides by comparing with a rating’s name: it asks the rule book (isConfirmed, ratingVotes)', () => {
    expect(restatements(RATING_COMPARISON, RATING_NAMES_AT_HOME)).toEqual([]);
  });

  it('no list of ratings is written out again', () => {
    expect(restatements(RATING_SET, RATING_NAMES_AT_HOME)).toEqual([]);
  });

  it('no share is compared with a number written in place: thresholds are named constants', () => {
    expect(restatements(SHARE_LITERAL)).toEqual([]);
  });

  it('no code decides that a text restates a claim by containment of its quote: restates is the rule book’s', () => {
    expect(restatements(QUOTE_CONTAINMENT)).toEqual([]);
  });
});

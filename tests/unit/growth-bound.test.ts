// No super-linear work on content: every rule of the check, the body renderer (with its HAST
// plugins), the importer and the suggester are given adversarial inputs of 1 KB and 100 KB, and
// a kilobyte of the 100 KB input may take at most a few times as long as a kilobyte of the 1 KB
// one. A linear pass keeps the ratio near 1, a quadratic one makes it near 100 and a cubic one
// hangs, so the bound holds on a slow or busy machine and still fails on the patterns that hung
// the check or the build (a run of blank lines, thousands of repeated headings, many missing quotes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../scripts/editor/importer/import-article.ts';
import { suggestClaims } from '../../scripts/editor/suggest/candidates.ts';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { parseMarkdown } from '../../src/lib/text/markdown.ts';
import { oversizedParagraph } from '../../src/lib/text/prose-only.ts';
import { headingIds } from '../../src/lib/text/slug.ts';
import { parsedSource } from '../support/builders.ts';
import { compileMdx } from '../support/compile-mdx.ts';
import { checkFixture, FIXTURES, fixtureContent, ROOT, TODAY } from '../support/check-fixture.ts';

const SMALL = 1_000;
const LARGE = 100_000;
/**
 * How many times longer per kilobyte the large input may take: room for a busy machine's noise and
 * a larger input's garbage collection, well below a quadratic pass's 100.
 */
const MAX_GROWTH = 25;

/**
 * The runs that have made a pass super-linear, each repeated to fill the input: as one run when
 * it holds line breaks or is whitespace (a paragraph of anything else over the paragraph limit is
 * refused before it is parsed, which the "spaces" run shows), otherwise cut into paragraphs.
 */
const PATTERNS: Array<[string, string]> = [
  ['blank lines', '\n'],
  ['spaces', ' '],
  ['blank lines with spaces', ' \n'],
  ['repeated headings', '## a\n\n'],
  ['delimiter rows', '| --- |\n'],
  ['table rows', '| a | b |\n'],
  ['list items', '- a\n'],
  ['trailing spaces', 'a  \n'],
  ['emphasis runs', '*a_'],
  ['open brackets', '['],
  ['unclosed links', '[a]('],
  ['backticks', '`'],
  ['entities', '&amp;'],
  ['short sentences', 'a. '],
  ['abbreviations', 'Go vs. '],
  ['bare addresses before a brace', 'https://a.example/x{ '],
  ['block quotes', '> '],
  ['colons', ': '],
  ['open braces', '{'],
  ['angle brackets', '<'],
];

/** How long each paragraph of a cut input is: well inside the paragraph limit, so it is parsed. */
const PARAGRAPH = 400;

/** `unit` repeated to `bytes`: as one run, or cut into paragraphs when it has no line break and is not whitespace. */
function fill(unit: string, bytes: number): string {
  const run = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  if (unit.includes('\n') || !unit.trim()) return run;
  const parts: string[] = [];
  for (let at = 0; at < run.length; at += PARAGRAPH) parts.push(run.slice(at, at + PARAGRAPH));
  return parts.join('\n\n');
}

const VALID = readFileSync(join(FIXTURES, 'sources', 'valid.mdx'), 'utf8');
const content = fixtureContent();
const valid = checkFixture('valid').sources[0]!;
const vocabulary = (content.topics.data as Array<{ id: string; title: string }>).map(({ id, title }) => ({
  id,
  title,
}));

/** The fastest of `runs` timings of `work`, in milliseconds: the one least disturbed by other work. */
async function fastest(work: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * How many times longer `work` takes per kilobyte on the large input than on the small one: about
 * 1 for a linear pass, about 100 for a quadratic one once its square term dominates, and far more
 * for what hung the check or the build (a cubic regex, a quadratic loop over thousands of headings).
 */
async function growth(work: (input: string) => unknown, unit: string): Promise<number> {
  const small = fill(unit, SMALL);
  const large = fill(unit, LARGE);
  for (let i = 0; i < 3; i++) await work(small); // warm up: compile the code paths
  const smallMs = await fastest(() => work(small), 5);
  const largeMs = await fastest(() => work(large), 2);
  // A floor under the small time, so a timer's resolution does not stand for the cost of a kilobyte.
  return largeMs / (LARGE / SMALL) / Math.max(smallMs, 0.1);
}

/** Runs `work`, keeping its refusal as its outcome: a refused input is still timed. */
const settle = async (work: () => unknown) => {
  try {
    await work();
  } catch {
    // A hostile body the renderer refuses has been handled: the time is what is measured.
  }
};

/** The check on a source whose body and capture hold the input (the quotes are in the body, not the capture). */
const check = (input: string) =>
  checkParsedContent({ ...content, sources: [parsedSource('growth', `${VALID}\n${input}`, input)] }, TODAY);

/** The check on a source whose every quote is missing, as many as the input's kilobytes, from a body of the input. */
const missingQuotes = (input: string) => {
  const claims = Array.from(
    { length: Math.ceil(input.length / 1000) * 4 },
    (_, i) => `  - { id: c${i}, topic: performance, favors: tie, statement: "s", quote: "zz ${i} not in the body" }\n`,
  ).join('');
  const text = VALID.replace(/^claims:\n[\s\S]*?(?=^tables:)/m, `claims:\n${claims}`).replace(
    /^tables:[\s\S]*?(?=^faqs:)/m,
    '',
  );
  return checkParsedContent({ ...content, sources: [parsedSource('growth', `${text}\n${input}`, input)] }, TODAY);
};

/** The body compiled as the build compiles it: the site's MDX processor, with the source's claims to mark. */
const renderBody = (input: string) =>
  settle(() =>
    compileMdx(
      ROOT,
      { file: 'content/sources/growth.mdx', body: `${valid.parsed.body}\n${input}`, bodyLine: valid.parsed.bodyLine },
      valid.data as unknown as Record<string, unknown>,
    ),
  );

const importText = (input: string) =>
  importArticle(new TextEncoder().encode(`# Go vs Rust\n\nGo is faster than Rust.\n\n${input}\n`), {
    topics: vocabulary,
    metrics: [],
  });

/** The suggester on a body as `npm run suggest` hands it one: a body with a paragraph over the limit is refused first. */
const suggest = (input: string) => {
  const body = `Go is faster than Rust.\n\n${input}\n`;
  return oversizedParagraph(body) === undefined
    ? suggestClaims(parseMarkdown(body), { topics: vocabulary, metrics: [] })
    : undefined;
};

describe('time grows linearly with the size of hostile content', () => {
  it.each(PATTERNS)('the check (every rule): %s', async (_name, unit) => {
    expect(await growth(check, unit)).toBeLessThan(MAX_GROWTH);
  });

  it.each(PATTERNS)('the body renderer and its plugins: %s', async (_name, unit) => {
    expect(await growth(renderBody, unit)).toBeLessThan(MAX_GROWTH);
  });

  it.each(PATTERNS)('the importer: %s', async (_name, unit) => {
    expect(await growth(importText, unit)).toBeLessThan(MAX_GROWTH);
  });

  it.each(PATTERNS)('the suggester: %s', async (_name, unit) => {
    expect(await growth(suggest, unit)).toBeLessThan(MAX_GROWTH);
  });

  it.each([
    ['short sentences', 'a. '],
    ['one long word', 'a'],
  ])(
    'the closest-passage hints of a source whose quotes are all missing, their number growing with the body: %s',
    async (_name, unit) => {
      expect(await growth(missingQuotes, unit)).toBeLessThan(MAX_GROWTH);
    },
  );

  it('heading ids: as many repeats of one heading as the input has', async () => {
    const ids = (input: string) => {
      const next = headingIds();
      for (let i = 0; i < input.length / 5; i++) next.next('a');
    };
    expect(await growth(ids, 'a')).toBeLessThan(MAX_GROWTH);
  });
});

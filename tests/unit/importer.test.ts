import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parsedSource } from '../support/builders.ts';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { decodeInput } from '../../scripts/editor/importer/decode.ts';
import { splitInputFrontMatter } from '../../scripts/editor/importer/front-matter.ts';
import { importArticle, type ImportOptions, type ImportResult } from '../../scripts/editor/importer/import-article.ts';
import { dayOf, mapFrontMatter } from '../../scripts/editor/importer/map-fields.ts';
import { escapeMdxHazards } from '../../scripts/editor/importer/mdx-hazards.ts';
import { findMojibake } from '../../scripts/editor/importer/mojibake.ts';
import { formatImportReport, todoList } from '../../scripts/editor/importer/report.ts';
import { guessTopic } from '../../scripts/editor/importer/topics.ts';
import { extractTables, parseMarkdown, toPlainText } from '../../src/lib/text/markdown.ts';
import { containsVerbatim, searchable } from '../../src/lib/text/passages.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { sourceSchema, type SourceData } from '../../src/schemas/source.ts';
import { realVocabularies, ROOT, TODAY } from '../support/check-fixture.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const content = realVocabularies();
const TOPICS = (content.topics.data as Array<{ id: string; title: string }>).map(({ id, title }) => ({ id, title }));

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** Imports bytes, failing the test with the importer's message when it refuses. */
function imported(input: Uint8Array, options: Partial<ImportOptions> = {}): ImportResult {
  const outcome = importArticle(input, { topics: TOPICS, metrics: [], ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

function refusal(input: Uint8Array, options: Partial<ImportOptions> = {}): string {
  const outcome = importArticle(input, { topics: TOPICS, metrics: [], ...options });
  if (outcome.ok) throw new Error('the import was expected to fail');
  return outcome.message;
}

/** The draft file as `npm run check` reads it. */
const asSource = (result: ImportResult, capture?: string) => parsedSource(result.slug, result.file, capture);

/** The draft's body, without the blank line after the front matter. */
function bodyOf(result: ImportResult): string {
  return splitFrontMatter(result.file).body.replace(/^\n/, '');
}

describe('the 001 seed (Hugo, TOML front matter)', () => {
  const seed = readFileSync(join(ROOT, 'tests/fixtures/import/hugo-toml-seed.txt'));
  const reference = splitFrontMatter(
    readFileSync(join(ROOT, 'tests/fixtures/import/hugo-toml-seed.reference.mdx'), 'utf8'),
  ).data as SourceData;
  const result = imported(seed);
  const data = splitFrontMatter(result.file).data as SourceData;

  it('is the capture the seed README describes', () => {
    expect(seed.toString('utf8')).toMatch(/^\+\+\+\ntitle = "Go vs Rust \(2026\)/);
  });

  it('lifts its table row for row, as the published source has it', () => {
    expect(data.tables).toHaveLength(1);
    expect(data.tables[0]!.caption).toBe('Feature Comparison Table');
    expect(data.tables[0]!.id).toBe('feature-comparison-table');
    const strip = (rows: SourceData['tables'][number]['rows']) =>
      rows.map(({ label, go, rust, winner }) => ({ label, go, rust, winner }));
    expect(strip(data.tables[0]!.rows)).toEqual(strip(reference.tables[0]!.rows));
  });

  it('guesses a row topic only where the label names one, and then as the editor did', () => {
    const guessed = data.tables[0]!.rows.map((row) => row.topic);
    expect(guessed).toEqual(['todo', 'learning-curve', 'todo', 'scalability', 'todo', 'concurrency', 'memory-safety']);
    data.tables[0]!.rows.forEach((row, r) => {
      if (row.topic !== 'todo') expect(row.topic).toBe(reference.tables[0]!.rows[r]!.topic);
    });
  });

  it('lifts its three FAQs verbatim, without Q:/A: prefixes, topic todo and no favors', () => {
    expect(data.faqs.map(({ question, answer }) => ({ question, answer }))).toEqual(
      reference.faqs.map(({ question, answer }) => ({ question, answer })),
    );
    for (const faq of data.faqs) {
      expect(faq.topic).toBe('todo');
      expect(faq).not.toHaveProperty('favors');
    }
  });

  it('maps the TOML front matter and reports the keys it dropped', () => {
    expect(data).toMatchObject({
      title: 'Go vs Rust (2026): Which is Better for Backend Language?',
      published: '2026-01-26',
      updated: '2026-02-05',
      summary:
        'Compare Go vs Rust for Backend Language. See features, pricing, pros & cons. Find the best choice for your needs in 2026.',
      draft: true,
    });
    expect(result.format).toBe('toml');
    expect(result.used).toEqual(['title', 'date → published', 'lastmod → updated', 'description → summary']);
    expect(result.dropped).toEqual(['draft', 'tags', 'categories', 'keywords']);
  });

  it('invents no claim, stance or kind', () => {
    expect(data.claims).toEqual([]);
    expect(data).not.toHaveProperty('verdict');
    expect(data).not.toHaveProperty('kind');
    expect(data.recommendations).toEqual({ go: [], rust: [] });
    expect(result.file).not.toMatch(/^\s*(favors|leans|kind):/m);
  });

  it('normalises the body: no front matter, no title heading, - bullets, blank lines around headings', () => {
    const body = bodyOf(result);
    expect(body.startsWith('## Quick Verdict\n\nFor small to medium-sized teams')).toBe(true);
    expect(body).not.toContain('+++');
    expect(body).not.toContain('# Go vs Rust: Which is Better');
    expect(body).not.toMatch(/^\* /m);
    expect(body).toContain("\n- If you're a 10-person startup");
    expect(body).toContain('## FAQ\n\nQ: Which language is more suitable');
    expect(body).not.toMatch(/\n\n\n/);
    expect(body).not.toMatch(/[ \t]$/m);
  });

  it('reports the mis-decoded emoji with its line in the draft, and leaves it as it is', () => {
    expect(result.mojibake).toEqual([
      { line: expect.any(Number), text: '\uf8ffüîç', guess: '🔍', encoding: 'Mac Roman' },
    ]);
    expect(result.file.split('\n')[result.mojibake[0]!.line - 1]).toBe('### \uf8ffüîç More Go Comparisons');
  });

  it('passes npm run check’s rules as a draft: only the topics left to decide are flagged', () => {
    const source = asSource(result, seed.toString('utf8'));
    const check = checkParsedContent({ ...content, sources: [source] }, TODAY);
    expect(check.drafts).toEqual([source.file]);
    expect(new Set(check.problems.map((problem) => problem.rule))).toEqual(new Set(['references', 'table-coverage']));
    expect(check.problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('writes a body MDX compiles', () => {
    expect(() => mdxToJs(bodyOf(result))).not.toThrow();
  });

  it('prints a report with the files, what was lifted and a numbered to-do list', () => {
    const report = formatImportReport(result, {
      input: 'seed.txt',
      source: 'content/sources/x.mdx',
      capture: 'content/captures/x.txt',
    });
    expect(report).toContain('Imported seed.txt as a draft:');
    expect(report).toContain('content/captures/x.txt   the file, copied unchanged');
    expect(report).toContain('Lifted: 1 table with 7 rows, 3 FAQs');
    expect(report).toContain('Dropped front-matter keys: draft, tags, categories, keywords');
    expect(report).toMatch(
      / {2}1\. line \d+: "<U\+F8FF>üîç" looks like mis-decoded text \(UTF-8 read as Mac Roman; probably "🔍"\)/,
    );
    for (const item of [
      'kind: ',
      'verdict: ',
      'claims: ',
      'tables[0].rows[0].topic: "Pricing Model" is topic: todo',
      'faqs[2].topic: ',
      'disclosure: if the article sells something',
    ]) {
      expect(report).toMatch(new RegExp(` {2}\\d+\\. ${item.replace(/[[\]().]/g, '\\$&')}`));
    }
    expect(report).not.toContain('tables[0].rows[1].topic'); // guessed: learning-curve
    expect(report.trimEnd().split('\n').at(-1)).toBe('Run npm run check to see what is still missing.');
  });
});

describe('YAML front matter', () => {
  const result = imported(fixture('yaml-front-matter.md'));
  const data = splitFrontMatter(result.file).data as Record<string, unknown>;
  const body = bodyOf(result);

  it('maps title, pubDate, updated, description and author onto our fields', () => {
    expect(data).toMatchObject({
      title: 'Rust vs Go: Which One Should Your Team Pick?',
      published: '2025-11-03',
      updated: '2025-12-01',
      summary: 'A practical comparison for backend teams.',
      author: { name: 'Sam Example' },
    });
    expect(result.format).toBe('yaml');
    expect(result.dropped).toEqual(['tags', 'layout']);
    expect(result.slug).toBe('rust-vs-go-which-one-should-your-team-pick');
  });

  it('removes the title heading and moves the other headings down one level', () => {
    expect(body).not.toContain('Which One Should Your Team Pick');
    expect(body).toMatch(/^Both languages are fast\.\n\nBoth have good tooling\.\n\n## Performance\n\n- Rust has no/);
    expect(body).toContain('\n### Comparison Table\n');
    expect(result.headingShift).toBe(1);
  });

  it('trims trailing spaces and blank-line runs, but leaves a code block exactly as it was', () => {
    expect(body).toContain('```go\n// Code keeps its spacing: * this is not a bullet   \n\nfunc main() {}\n```');
    expect(body).not.toMatch(/fast\. +\n/);
    expect(result.bullets).toBe(2);
  });

  it('reads the same with CRLF line endings', () => {
    const crlf = imported(bytes(fixture('yaml-front-matter.md').toString('utf8').replace(/\n/g, '\r\n')));
    expect(crlf.file).toBe(result.file);
  });

  it('takes a winner from the Winner column only when it names a side', () => {
    const rows = (data.tables as SourceData['tables'])[0]!.rows;
    expect(rows.map((row) => row.winner)).toEqual(['go', 'rust', 'tie', undefined]);
    expect(result.unreadWinners).toEqual([{ path: 'tables[0].rows[3].winner', cell: 'N/A' }]);
    expect(todoList(result)).toContain(
      'tables[0].rows[3].winner: the Winner cell says "N/A", which names no side: set winner (go | rust | tie | depends) or leave it out.',
    );
  });

  it('is a valid draft source', () => {
    expect(sourceSchema.safeParse(data).success).toBe(true);
  });
});

describe('TOML front matter', () => {
  const result = imported(fixture('toml-front-matter.md'));

  it('keeps a date-time’s own day, whatever its offset', () => {
    expect(result.draft.published).toBe('2026-03-10');
    expect(result.draft.updated).toBe('2026-03-12');
  });

  it('leaves out a url that is not a full address, and says so', () => {
    expect(result.draft.url).toBeUndefined();
    expect(result.unreadable).toEqual([
      'url: "/go-or-rust-for-apis/" is not a full http:// or https:// address, so url was left out',
    ]);
    expect(result.dropped).toEqual(['draft', 'categories']);
  });

  it('keeps a body that already starts at ##', () => {
    expect(bodyOf(result)).toBe('## Intro\n\nGo is simple. Rust is strict.\n');
    expect(result.headingShift).toBe(0);
  });
});

describe('no front matter', () => {
  it('takes the title from the # heading and removes it', () => {
    const result = imported(fixture('no-front-matter.md'));
    expect(result.draft.title).toBe('Go vs Rust in Practice');
    expect(result.titleFrom).toBe('heading');
    expect(result.format).toBeUndefined();
    expect(bodyOf(result)).toBe(
      'An introduction paragraph.\n\n## Concurrency\n\nGoroutines are cheap.\n\n### Channels\n\nChannels pass values.\n',
    );
  });

  it('takes the title from the first line of plain text, and removes that line only', () => {
    const result = imported(fixture('plain-text.txt'));
    expect(result.draft.title).toBe('Rust vs Go for Backend Services in 2026');
    expect(result.titleFrom).toBe('first line');
    expect(bodyOf(result)).toMatch(/^Jord\nProduct Engineer & Founder\nThis comparison/);
    expect(todoList(result)[0]).toMatch(/^title: taken from the first line/);
  });

  it('refuses a first line too long to be a headline, unless --title gives one', () => {
    expect(refusal(fixture('long-first-line.txt'))).toMatch(
      /cannot tell the article’s title: .*a 19\d-character paragraph.*--title/,
    );
    const result = imported(fixture('long-first-line.txt'), { title: 'Go vs Rust 2026' });
    expect(result.draft.title).toBe('Go vs Rust 2026');
    expect(result.slug).toBe('go-vs-rust-2026');
    expect(bodyOf(result)).toMatch(/^Choosing the right backend language/);
  });

  it('asks for --title when the text opens with a lower heading, which may be a section', () => {
    expect(refusal(bytes('## Quick Verdict\n\nGo, mostly.\n'))).toMatch(
      /its first line is a level-2 heading \("Quick Verdict"\), which may be a section/,
    );
  });

  it('uses --slug when given, and refuses one that is not a slug', () => {
    expect(imported(fixture('no-front-matter.md'), { slug: 'practice' }).slug).toBe('practice');
    expect(refusal(fixture('no-front-matter.md'), { slug: 'Not A Slug' })).toMatch(/--slug "Not A Slug" is not a slug/);
  });
});

describe('tables', () => {
  const result = imported(fixture('ragged-table.md'));
  const tables = result.draft.tables!;

  it('lifts only tables with Go and Rust columns, captioned by the heading above them', () => {
    expect(tables.map((table) => [table.id, table.caption])).toEqual([
      ['language-comparison', 'Language Comparison'],
      ['language-comparison-2', 'Language Comparison'],
    ]);
    expect(result.otherTables).toBe(1);
  });

  it('fills a ragged row’s missing cells with "", and adds no winner without a Winner column', () => {
    expect(tables[0]!.rows).toEqual([
      { topic: 'memory-safety', label: 'Memory Safety', go: 'Garbage collection', rust: 'Ownership' },
      { topic: 'concurrency', label: 'Concurrency Features', go: 'Goroutines', rust: '' },
      { topic: 'scalability', label: 'Scalability', go: '', rust: '' },
    ]);
    expect(tables[1]!.rows).toEqual([{ topic: 'todo', label: 'Pricing Model', go: 'Free', rust: 'Free' }]);
  });

  it('matches the body, so the tables-match rule finds nothing', () => {
    const check = checkParsedContent({ ...content, sources: [asSource(result)] }, TODAY);
    expect(check.problems.filter((problem) => problem.rule === 'tables-match')).toEqual([]);
  });

  it('guesses a topic only from a clear match of id or title', () => {
    expect(guessTopic('Learning Curve', TOPICS)).toBe('learning-curve');
    expect(guessTopic('Memory Safety', TOPICS)).toBe('memory-safety');
    expect(guessTopic('Concurrency Features', TOPICS)).toBe('concurrency');
    expect(guessTopic('Scalability', TOPICS)).toBe('scalability');
    expect(guessTopic('Developer Productivity', TOPICS)).toBe('productivity');
    expect(guessTopic('Hiring and talent', TOPICS)).toBe('talent');
    for (const vague of ['Pricing Model', 'Integrations', 'Support', 'Speed', 'Memory', 'Concurrency and safety', ''])
      expect(guessTopic(vague, TOPICS)).toBe('todo');
  });
});

describe('FAQs', () => {
  const result = imported(fixture('faq-headings.md'));

  it('lifts question headings in the FAQ section and Q:/A: blocks, in order, verbatim', () => {
    expect(result.draft.faqs).toEqual([
      {
        question: 'Is Rust faster than Go?',
        answer: 'Usually, for CPU-bound work.\n\nIt depends on the workload, though.',
        topic: 'todo',
      },
      {
        question: 'Which is easier to learn?',
        answer: 'Go. Its reasons:\n\na small language\none way to format code',
        topic: 'todo',
      },
      { question: 'Can I use both?', answer: 'Yes, through FFI.', topic: 'todo' },
      { question: 'Does Go have generics?', answer: 'Since Go 1.18.', topic: 'todo' },
    ]);
  });

  it('does not read the title as the FAQ section', () => {
    const faqs = imported(bytes('# Frequently Asked Questions About Go\n\n## Is Go fast?\n\nYes.\n')).draft.faqs;
    expect(faqs).toEqual([]);
  });

  it('finds every answer verbatim in the body and the capture', () => {
    const source = asSource(result, fixture('faq-headings.md').toString('utf8'));
    const check = checkParsedContent({ ...content, sources: [source] }, TODAY);
    expect(check.problems.filter((problem) => problem.rule === 'verbatim-quotes')).toEqual([]);
  });
});

describe('odd input', () => {
  it('refuses an empty file, or one of blank lines', () => {
    expect(refusal(new Uint8Array())).toBe('the file is empty: save the article’s text in it first');
    expect(refusal(bytes('\n  \n\t\n'))).toMatch(/only blank lines/);
  });

  it('refuses a binary file', () => {
    expect(refusal(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatch(
      /not a text file \(it contains NUL bytes\)/,
    );
    // UTF-16 text has NUL bytes too: it must be saved again as UTF-8.
    expect(refusal(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toMatch(/NUL bytes/);
  });

  it('refuses text that is not UTF-8, and drops a byte-order mark', () => {
    expect(refusal(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]))).toMatch(/not UTF-8/);
    expect(decodeInput(bytes('\ufeff# Title\r\nText\r\n'))).toEqual({ ok: true, text: '# Title\nText\n' });
  });

  it('refuses front matter it cannot read, with the line', () => {
    expect(refusal(bytes('---\ntitle: Go\ntitle: Rust\n---\n\nText\n'))).toMatch(
      /^the YAML front matter cannot be read \(line 3: a key is given twice: each key must be unique/,
    );
    expect(refusal(bytes('+++\ntitle = "Go"\ndate = = 1\n+++\nText\n'))).toMatch(
      /^the TOML front matter cannot be read \(line 3: /,
    );
    expect(refusal(bytes('---\ntitle: Go\n\nText with no closing line\n'))).toMatch(/never closed/);
    expect(refusal(bytes('---\ntitle: Go\n---\n\n'))).toMatch(/front matter but no article text/);
  });

  it('reads a leading horizontal rule as article text, not as front matter', () => {
    const split = splitInputFrontMatter('---\nJust a rule, then text.\n---\n');
    expect(split).toEqual({ ok: true, parts: { data: {}, body: '---\nJust a rule, then text.\n---\n' } });
  });

  it('imports a 5 MB file in seconds, not minutes', () => {
    // The 001 article's text, repeated with numbered headings: tables, bullets, FAQs and prose.
    const article = readFileSync(join(ROOT, 'tests/fixtures/import/hugo-toml-seed.txt'), 'utf8')
      .split('+++\n')[2]!
      .replace(/^# .*\n/, '');
    const parts: string[] = ['# A very long article\n\n'];
    let size = 0;
    let count = 0;
    while (size < 5.2 * 1024 * 1024) {
      const copy = article.replace(/^## (.*)$/gm, `## $1 ${count++}`);
      parts.push(copy, '\n');
      size += copy.length + 1;
    }
    const started = performance.now();
    const result = imported(bytes(parts.join('')));
    const seconds = (performance.now() - started) / 1000;
    expect(result.draft.tables).toHaveLength(count);
    expect(result.draft.tables!.at(-1)!.id).toBe(`feature-comparison-table-${count - 1}`);
    expect(result.draft.faqs).toHaveLength(3 * count);
    expect(result.bullets).toBe(8 * count);
    expect(seconds).toBeLessThan(45);
    // The report stays readable: 25 row topics, then a count.
    const todo = todoList(result);
    expect(todo.filter((item) => item.startsWith('tables[')).length).toBe(25);
    expect(todo).toContain(`… and ${3 * count - 25} more like these: npm run check lists them all.`);
  }, 90_000);
});

describe('mojibake', () => {
  it('reports UTF-8 read as Windows-1252 or Mac Roman, with what it probably was', () => {
    const result = imported(fixture('mojibake.md'));
    expect(result.mojibake.map(({ text, guess, encoding }) => [text, guess, encoding])).toEqual([
      ['â€™', '’', 'Windows-1252'],
      ['Ã©', 'é', 'Windows-1252'],
      ['\uf8ffüîç', '🔍', 'Mac Roman'],
    ]);
    // Reported, not repaired.
    expect(bodyOf(result)).toContain('### \uf8ffüîç More Go Comparisons');
    expect(bodyOf(result)).toContain('Itâ€™s a classic debate.');
  });

  it('leaves real accents, typographic punctuation and emoji alone', () => {
    expect(findMojibake('café, naïve, “quotes” — ß» → 🔍 Ünïcödé ½')).toEqual([]);
  });

  it('gives the line of each', () => {
    expect(findMojibake('ok\nok\nDonâ€™t').map((found) => found.line)).toEqual([3]);
  });
});

describe('text MDX would not compile', () => {
  const escape = (markdown: string) => escapeMdxHazards(markdown, parseMarkdown(markdown));

  it('escapes braces and tags outside code, listing each line once with its characters', () => {
    const bad = 'Use Vec<T> here.\n\nA map {a: 1} and {b}.\n\n<br>\n';
    for (const line of bad.split('\n\n')) expect(() => mdxToJs(line)).toThrow();
    const { text, escapes } = escape(bad);
    expect(text).toBe('Use Vec\\<T> here.\n\nA map \\{a: 1\\} and \\{b\\}.\n\n\\<br>\n');
    expect(escapes.map(({ line, characters }) => ({ line, characters }))).toEqual([
      { line: 1, characters: ['<'] },
      { line: 3, characters: ['{', '}'] },
      { line: 5, characters: ['<'] },
    ]);
    expect(() => mdxToJs(text)).not.toThrow();
  });

  it('renders the escaped text verbatim, and the quote check still finds it', () => {
    const { text } = escape(
      '| Feature | Go | Rust |\n| --- | --- | --- |\n| Errors | error values | Result<T, E> |\n\nRust returns Result<T, E> from every call that can fail, and Go {returns} an error.\n',
    );
    expect(toPlainText(parseMarkdown(text))).toContain(
      'Rust returns Result<T, E> from every call that can fail, and Go {returns} an error.',
    );
    expect(
      containsVerbatim(
        searchable(text),
        'Rust returns Result<T, E> from every call that can fail, and Go {returns} an error.',
      ),
    ).toBe(true);
    expect(extractTables(parseMarkdown(text))[0]!.rows[0]).toEqual(['Errors', 'error values', 'Result<T, E>']);
    expect(String(mdxToJs(text))).not.toContain('\\<');
  });

  it('leaves code, existing escapes and a lone less-than alone', () => {
    const fine = 'Use `Vec<T>` and `{}`.\n\n```rust\nfn f<T>() {}\n```\n\nIf a < b, write \\{ and \\<T>.\n';
    expect(escape(fine)).toEqual({ text: fine, escapes: [] });
    expect(() => mdxToJs(fine)).not.toThrow();
  });

  it('shows a long line around the first escape, cut at word boundaries', () => {
    const line =
      'Error handling differs a great deal between the two languages: Rust functions return Result<T, E> values that the compiler makes you handle explicitly.';
    const [found] = escape(`${line}\n`).escapes;
    expect(found!.excerpt).toMatch(/^…\S/);
    expect(line).toContain(found!.excerpt.replace(/^…|…$/g, ''));
    const words = found!.excerpt.replace(/^…|…$/g, '').split(' ');
    for (const word of words) expect(line.split(' ')).toContain(word);
    expect(found!.excerpt).toContain('Result<T,');
  });

  it('writes the escaped body and lists the escapes in the report, with their line in the draft', () => {
    const result = imported(bytes('# Generics\n\nGo has `[T any]`, Rust has Vec<T>.\n'));
    const line = result.file.split('\n').indexOf('Go has `[T any]`, Rust has Vec\\<T>.') + 1;
    expect(line).toBeGreaterThan(0);
    expect(result.mdxEscapes).toEqual([{ line, excerpt: 'Go has `[T any]`, Rust has Vec<T>.', characters: ['<'] }]);
    const report = formatImportReport(result, {
      input: 'a.md',
      source: 'content/sources/generics.mdx',
      capture: 'content/captures/generics.txt',
    });
    expect(report).toContain(
      `Escaped so they show as text and never run (\\< and \\{ show as < and {, &#105;mport as import), on 1 line:\n  line ${line}: < in "Go has \`[T any]\`, Rust has Vec<T>."`,
    );
    expect(todoList(result).join('\n')).not.toContain('MDX');
  });
});

describe('front-matter fields', () => {
  it('reads dates as written', () => {
    expect(dayOf('2026-01-26')).toBe('2026-01-26');
    expect(dayOf('2026-01-26T23:30:00-08:00')).toBe('2026-01-26');
    expect(dayOf('January 26, 2026')).toBe('2026-01-26');
    expect(dayOf('2026-02-30')).toBeUndefined();
    expect(dayOf('soon')).toBeUndefined();
    expect(dayOf(42)).toBeUndefined();
  });

  it('prefers the most specific key, and drops the rest', () => {
    const mapped = mapFrontMatter({
      Title: 'T',
      date: '2026-01-01',
      publishDate: '2026-01-02',
      modified: '2026-01-03',
      author: { name: 'Ann', email: 'a@b.c' },
      weight: 3,
    });
    expect(mapped.fields).toEqual({
      title: 'T',
      published: '2026-01-02',
      updated: '2026-01-03',
      author: { name: 'Ann' },
    });
    expect(mapped.used).toEqual([
      'Title → title',
      'author → author.name',
      'publishDate → published',
      'modified → updated',
    ]);
    expect(mapped.dropped).toEqual(['date', 'weight']);
  });

  it('says which values it could not use', () => {
    const mapped = mapFrontMatter({ title: 'T', date: 'someday', author: ['A', 'B'] });
    expect(mapped.unreadable).toEqual([
      'author: ["A","B"] is not a name, or { name: … }, so author was left out',
      'date: "someday" is not a date, YYYY-MM-DD, so published was left out',
    ]);
  });
});

describe('slugs', () => {
  it('are kebab-case ASCII, cut at a word boundary', () => {
    expect(slugify('Go vs Rust (2026): Which is Better for Backend Language?')).toBe(
      'go-vs-rust-2026-which-is-better-for-backend-language',
    );
    expect(slugify('Rust’s Borrow Checker: Ünïcödé & Straße')).toBe('rusts-borrow-checker-unicode-strasse');
    const long = slugify('Rust vs Go for Backend: Choosing the Right Language for Performance and Scalability');
    expect(long).toBe('rust-vs-go-for-backend-choosing-the-right-language-for');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(slugify('日本語')).toBe('');
  });
});

// The importer's to-do list is true: every line it prints is checked against the draft it wrote
// (the front matter as YAML reads it, comments and all left out), for every import fixture and
// for front matter whose keys it could and could not use. A line no check knows fails too, so a
// new kind of to-do comes with its own check here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportResult } from '../../scripts/editor/importer/import-article.ts';
import { todoList } from '../../scripts/editor/importer/report.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { ROOT } from '../support/check-fixture.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const TOPICS = [
  { id: 'performance', title: 'Performance', keywords: ['fast*', 'speed'] },
  { id: 'learning-curve', title: 'Learning curve', keywords: ['learn*'] },
];

type Written = Record<string, unknown> & {
  tables?: Array<{ rows: Array<{ topic: string; winner?: string }> }>;
  faqs?: Array<{ topic: string }>;
  recommendations?: { go?: unknown[]; rust?: unknown[] };
  claims?: unknown[];
};

/** Why a to-do line is false of the draft, or undefined when it is true; a line no check knows is false. */
function falseOf(line: string, written: Written, file: string): string | undefined {
  const lines = file.split('\n');
  const absent = (field: string) => (written[field] === undefined ? undefined : `${field} was written`);
  let m: RegExpExecArray | null;
  if ((m = /^line (\d+): "(.*?)" looks like mis-decoded text/.exec(line))) {
    const text = m[2]!.replace(/<U\+([0-9A-F]{4,6})>/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    return lines[Number(m[1]) - 1]?.includes(text) ? undefined : `line ${m[1]} does not hold "${text}"`;
  }
  if ((m = /^title: taken from the first line of the text \("(.*)"\)/.exec(line)))
    return String(written.title).startsWith(m[1]!.replace(/…$/, '')) ? undefined : 'the title differs';
  if ((m = /^(\w+): .* so (\w+) was left out: fill it in by hand/.exec(line))) return absent(m[2]!);
  if (/^kind: /.test(line)) return absent('kind');
  if (/^summary: rewrite it/.test(line)) return written.summary === undefined ? 'no summary was written' : undefined;
  if (/^summary: one or two sentences/.test(line)) return absent('summary');
  if (/^verdict: /.test(line)) return absent('verdict');
  if ((m = /^claims: review the (\d+) candidate claims? commented out/.exec(line))) {
    const blocks = lines.filter((l) => /^\s*# - id: candidate-\d+$/.test(l)).length;
    return blocks === Number(m[1]) && (written.claims ?? []).length === 0 ? undefined : `${blocks} candidates written`;
  }
  if (/^claims: one per position/.test(line))
    return lines.some((l) => /# - id: candidate-/.test(l)) ? 'candidates were written' : undefined;
  if ((m = /^tables\[(\d+)\]\.rows\[(\d+)\]\.topic: .* is topic: todo/.exec(line)))
    return written.tables?.[Number(m[1])]?.rows[Number(m[2])]?.topic === 'todo' ? undefined : 'no topic: todo there';
  if ((m = /^tables\[(\d+)\]\.rows\[(\d+)\]\.winner: the Winner cell says/.exec(line)))
    return written.tables?.[Number(m[1])]?.rows[Number(m[2])]?.winner === undefined
      ? undefined
      : 'a winner was written';
  if ((m = /^faqs\[(\d+)\]\.topic: .* is topic: todo/.exec(line)))
    return written.faqs?.[Number(m[1])]?.topic === 'todo' ? undefined : 'no topic: todo there';
  if (/^… and \d+ more like these/.test(line)) return undefined;
  if (/^disclosure: /.test(line)) return absent('disclosure');
  if (/^recommendations: /.test(line))
    return [...(written.recommendations?.go ?? []), ...(written.recommendations?.rust ?? [])].length
      ? 'recommendations were written'
      : undefined;
  if ((m = /^([a-z, ]+): fill in what the article says/.exec(line)))
    return m[1]!
      .split(', ')
      .map(absent)
      .find((why) => why !== undefined);
  if (/^draft: set it to false/.test(line)) return written.draft === true ? undefined : 'not written as a draft';
  return 'no check knows this line';
}

function importText(text: string, title?: string): ImportResult {
  const outcome = importArticle(new TextEncoder().encode(text), {
    topics: TOPICS,
    metrics: [],
    captured: '2026-11-23',
    ...(title ? { title } : {}),
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

const falseLines = (result: ImportResult) => {
  const written = splitFrontMatter(result.file).data as Written;
  return todoList(result).flatMap((line) => {
    const why = falseOf(line, written, result.file);
    return why ? [`${line} (${why})`] : [];
  });
};

const BODY = '\n# Go or Rust\n\nRust is fast. Go is easy to learn.\n';

describe('the importer’s to-do list', () => {
  const fixtures = readdirSync(FIXTURES).filter((name) => /\.(md|txt)$/.test(name));

  it.each(fixtures)('is true of the draft it writes from %s', (name) => {
    // A file whose first line is no headline is imported as the editor is told to: with --title.
    const title = name === 'long-first-line.txt' ? 'Go or Rust for the backend' : undefined;
    expect(falseLines(importText(readFileSync(join(FIXTURES, name), 'utf8'), title))).toEqual([]);
  });

  it('says published was left out only when it was', () => {
    const filledFromDate = importText(`---\ntitle: Go or Rust\npublished: n/a\ndate: 2026-01-05\n---${BODY}`);
    expect(filledFromDate.draft.published).toBe('2026-01-05');
    expect(todoList(filledFromDate).join('\n')).not.toMatch(/published was left out/);
    expect(falseLines(filledFromDate)).toEqual([]);

    const noDate = importText(`---\ntitle: Go or Rust\ndate: someday\n---${BODY}`);
    expect(noDate.draft.published).toBeUndefined();
    expect(todoList(noDate)).toContainEqual(expect.stringMatching(/^date: "someday" .* so published was left out/));
    expect(falseLines(noDate)).toEqual([]);
  });

  it('is true of a draft with every field the front matter can fill', () => {
    const full = importText(
      `---\ntitle: Go or Rust\npublisher: Acme\nauthor: Ada\nurl: https://example.com/go-or-rust\ndate: 2026-01-05\nlastmod: 2026-02-01\ndescription: Two languages compared.\n---${BODY}`,
    );
    expect(todoList(full).join('\n')).not.toMatch(/publisher|url: fill/);
    expect(falseLines(full)).toEqual([]);
  });

  it('finds a false line: a check that cannot fail would pass any list', () => {
    const result = importText(`---\ntitle: Go or Rust\ndate: 2026-01-05\n---${BODY}`);
    const written = splitFrontMatter(result.file).data as Written;
    expect(
      falseOf(
        'date: "2026-01-05" is not a date, so published was left out: fill it in by hand if the article says.',
        written,
        result.file,
      ),
    ).toBe('published was written');
    expect(falseOf('something new to do.', written, result.file)).toBe('no check knows this line');
  });
});

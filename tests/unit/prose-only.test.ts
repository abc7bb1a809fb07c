// A body is prose: the one policy, the check rule that applies it to every source, the build's
// MDX plugin that applies it to every compile, and the importer that makes articles data.
import { defineMdastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxHazards } from '../../scripts/editor/importer/mdx-hazards.ts';
import { importArticle } from '../../scripts/editor/importer/import-article.ts';
import {
  bodyProblems,
  EDITORIAL_COMPONENTS,
  isAllowedBodyUrl,
  MAX_PARAGRAPH_CHARS,
  oversizedParagraph,
  SOURCE_COMPONENTS,
} from '../../src/lib/text/prose-only.ts';
import { parseMarkdown } from '../../src/lib/text/markdown.ts';
import { proseOnlyHtml } from '../../src/markdown/hast-prose-only.ts';
import { proseOnly } from '../../src/markdown/mdast-prose-only.ts';
import { checkFixture } from '../support/check-fixture.ts';

describe('body addresses', () => {
  it('allows http(s), mailto, relative and in-page addresses', () => {
    for (const url of [
      'https://go.dev/',
      'HTTP://x.example',
      'mailto:a@b.example',
      '../about/',
      '/topics/',
      '#top',
      'notes.html',
      '?q=1',
    ]) {
      expect(isAllowedBodyUrl(url), url).toBe(true);
    }
  });

  it('refuses script, data and other schemes, however they are spelt, and protocol-relative addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      ' javascript:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '\\\\evil.example/x',
      '/\\evil.example',
    ]) {
      expect(isAllowedBodyUrl(url), url).toBe(false);
    }
  });
});

describe('the prose-only check rule', () => {
  const problems = checkFixture('hostile-body').problems.filter((problem) => problem.rule === 'prose-only');
  const at = (line: number) => problems.filter((problem) => problem.line === line).map((problem) => problem.message);

  it('refuses import and export lines (code), naming the file and line, with a hint', () => {
    expect(at(62)).toEqual(['the body has an import or export line, which MDX runs as JavaScript']);
    expect(at(64)).toEqual(['the body has an import or export line, which MDX runs as JavaScript']);
    expect(problems[0]!.file).toBe('tests/fixtures/sources/hostile-body.mdx');
    expect(problems[0]!.hint).toContain('&#105;mport');
  });

  it('refuses expressions (code)', () => {
    expect(at(66)).toEqual(['the body has an expression {process.env.HOME}, which MDX evaluates as JavaScript']);
    expect(problems.find((problem) => problem.line === 66)!.hint).toContain('\\{');
  });

  it('refuses HTML elements (markup)', () => {
    expect(at(68)).toEqual(['the body has markup (<meta>): a body holds no HTML elements']);
    expect(at(70)).toEqual(['the body has markup (<img>): a body holds no HTML elements']);
    expect(problems.find((problem) => problem.line === 68)!.hint).toContain('\\<');
  });

  it('refuses links and images with other schemes, and reference definitions (links)', () => {
    const only = 'only http, https, mailto, relative and in-page (#…) addresses are allowed';
    expect(at(72)).toEqual([
      `the body has a link to "javascript:alert(1)": ${only}`,
      `the body has a link to "VBScript:msgbox(1)": ${only}`,
      `the body has an image from "data:image/png;base64,AAAA": ${only}`,
    ]);
    expect(at(74)).toEqual([`the body has a link to "//evil.example/x": ${only}`]);
    expect(at(76)).toEqual([`the body has a link to "javascript:alert('ref')": ${only}`]);
    expect(at(78)).toEqual([]);
  });

  it('passes the valid fixture', () => {
    expect(checkFixture('valid').problems.filter((problem) => problem.rule === 'prose-only')).toEqual([]);
  });
});

describe('the body policy on the MDX tree', () => {
  const messages = (body: string, components = SOURCE_COMPONENTS) =>
    bodyProblems(body, components).map((problem) => `${problem.line}: ${problem.message}`);

  it('allows prose, comments and an editor’s note with literal props', () => {
    expect(
      messages(
        'Rust is **fast**. {/* a comment */}\n\n{/* Paste the article here. */}\n\n<EditorNote date="2026-12-05">The figure was *revised* later.</EditorNote>\n',
      ),
    ).toEqual([]);
  });

  it('refuses an expression hidden in an attribute, a spread, or a comment with code', () => {
    expect(messages('<EditorNote date={process.env.HOME}>x</EditorNote>\n')).toEqual([
      "1: <EditorNote>'s prop date is an expression {process.env.HOME}, which MDX evaluates as JavaScript",
    ]);
    expect(messages('<EditorNote date="2026-12-05" {...globalThis}>x</EditorNote>\n')).toEqual([
      '1: the body has a spread {...globalThis} in <EditorNote>, which MDX evaluates as JavaScript',
    ]);
    expect(messages('a {/* */ process.exit(1)} b\n')).toEqual([
      '1: the body has an expression {/* */ process.exit(1)}, which MDX evaluates as JavaScript',
    ]);
    expect(messages('a {/* x */\n// y\n} b\n')[0]).toMatch(/an expression/);
  });

  it('refuses an unknown component, a prop it does not take, a malformed prop, and a missing one', () => {
    expect(messages('<Chart data="x" />\n')).toEqual([
      "1: the body has a component <Chart> that is not one of the site's components (<EditorNote>)",
    ]);
    expect(messages('<EditorNote date="2026-12-05" class="x">n</EditorNote>\n')).toEqual([
      '1: <EditorNote> has a prop class it does not take (it takes date)',
    ]);
    expect(messages('<EditorNote date="soon">n</EditorNote>\n')).toEqual([
      '1: <EditorNote>\'s prop date="soon" is not in the form it takes',
    ]);
    expect(messages('<EditorNote>n</EditorNote>\n')).toEqual(['1: <EditorNote> is missing its prop date']);
    expect(messages('<Consensus topic="performance" />\n')[0]).toMatch(/not one of the site's components/);
    expect(messages('<Consensus topic="performance" />\n', EDITORIAL_COMPONENTS)).toEqual([]);
    expect(messages('<Consensus topic="performance">text</Consensus>\n', EDITORIAL_COMPONENTS)).toEqual([
      '1: <Consensus> stands alone and takes no text inside it',
    ]);
  });

  it('refuses a second front-matter block and an expression inside an autolink', () => {
    expect(messages('---\nimport: x\n---\n\nText.\n')).toEqual([
      '1: the body starts with a second front-matter block, which no reader of the page would see',
    ]);
    expect(messages('See https://example.com/{process.env.HOME} now.\n')[0]).toMatch(
      /^1: the body has a link to "https:\/\/example.com\/\{process.env.HOME\}" with braces/,
    );
  });

  it('refuses a body MDX cannot parse, with its line', () => {
    const [problem] = bodyProblems('Fine.\n\nA <b unclosed\n', SOURCE_COMPONENTS);
    expect(problem!.message).toMatch(/^the body is not valid MDX: /);
    expect(problem!.line).toBe(3);
  });
});

describe('the build’s prose-only plugin', () => {
  const fileURL = new URL('file:///project/content/sources/hostile.mdx');
  const compile = (body: string, mdx: boolean) => () =>
    mdx
      ? mdxToJs(body, { features: { gfm: true }, mdastPlugins: [proseOnly], fileURL })
      : markdownToHtml(body, { features: { gfm: true }, mdastPlugins: [proseOnly], fileURL });

  it.each([
    ['import { execSync } from "node:child_process"\n\nx', true, 'an import or export line'],
    ['Home is {process.env.HOME}.', true, 'an expression {process.env.HOME}'],
    ['<script src="https://evil.example/x.js"></script>', true, 'markup (<script>)'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/" />', false, 'markup (<meta>)'],
    ['a <iframe src="https://evil.example/"></iframe> b', false, 'markup (<iframe>)'],
    ['[x](javascript:alert(1))', false, 'a link to "javascript:alert(1)"'],
    ['![x](data:image/svg+xml,<svg/>)', true, 'an image from "data:image/svg+xml,<svg/>"'],
  ])('stops the compile of %j, naming the file', (body, mdx, what) => {
    expect(compile(body, mdx)).toThrow(/hostile\.mdx.*the body has /);
    expect(compile(body, mdx)).toThrow(what);
  });

  it('removes a comment alone (nothing of it is compiled), but refuses code between comments', async () => {
    expect(compile('{/* Paste the article here. */}', true)).not.toThrow();
    const { code } = (await mdxToJs('a {/* Paste here. */} b', { mdastPlugins: [proseOnly], fileURL })) as {
      code: string;
    };
    expect(code).not.toContain('Paste');
    expect(compile('{/* a */ process.exit(1) /* b */}', true)).toThrow('an expression');
  });

  it('refuses expressions in props and spreads, and unknown components, naming the file and line', () => {
    expect(compile('Text.\n\n<EditorNote date={process.exit(1)}>x</EditorNote>', true)).toThrow(
      /hostile\.mdx:3: <EditorNote>'s prop date is an expression/,
    );
    expect(compile('<EditorNote date="2026-12-05" {...process}>x</EditorNote>', true)).toThrow(
      /hostile\.mdx:1: .*a spread/,
    );
    expect(compile('<Chart />', true)).toThrow(/hostile\.mdx:1: .*component <Chart>/);
  });

  it('compiles prose', () => {
    expect(compile('Rust is **fast**; see [docs](https://go.dev/) and Vec\\<T> or \\{x\\}.', true)).not.toThrow();
    expect(compile('Rust is **fast**; see [docs](https://go.dev/) and Vec\\<T> or \\{x\\}.', false)).not.toThrow();
  });
});

describe('the paragraph size guard (abort)', () => {
  it('finds the first paragraph over the limit, and where it starts', () => {
    const long = 'Rust is "fast" and Go is "simple".\n'.repeat(Math.ceil(MAX_PARAGRAPH_CHARS / 35) + 1);
    expect(oversizedParagraph(`Intro.\n\n${long}`)).toBe(3);
    expect(oversizedParagraph(`Intro.\n\n${long.replaceAll('\n', '\n\n')}`)).toBeUndefined();
  });
});

describe('the importer makes data', () => {
  const options = { topics: [], metrics: [], title: 'Go vs Rust for JavaScript developers' };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('escapes import and export lines so they render as text, and reports each', () => {
    const outcome = importArticle(
      bytes('Rust is fast.\n\nimport fs from "node:fs"\n\nexport const pwn = 1\n\nThat is all.\n'),
      options,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.file).toContain('\n&#105;mport fs from "node:fs"\n');
    expect(outcome.result.file).toContain('\n&#101;xport const pwn = 1\n');
    expect(outcome.result.mdxEscapes.map((escape) => escape.characters)).toEqual([['import'], ['export']]);
    const body = outcome.result.file.split('\n---\n')[1]!;
    expect(() => mdxToJs(body, { features: { gfm: true }, mdastPlugins: [proseOnly] })).not.toThrow();
    expect(markdownToHtml(body, { features: { gfm: true } }).html).toContain('<p>import fs from "node:fs"</p>');
  });

  it('keeps a tag after a bare address as text (the autolink would take the backslash)', () => {
    const body =
      'Read more at https://example.com/a<meta http-equiv="refresh" content="0;url=https://evil.example/" /> today.\n';
    const { text, escapes } = escapeMdxHazards(body, parseMarkdown(body));
    expect(escapes.map((escape) => escape.line)).toEqual([1]);
    expect(() => markdownToHtml(text, { features: { gfm: true }, mdastPlugins: [proseOnly] })).not.toThrow();
    expect(() => mdxToJs(text, { features: { gfm: true }, mdastPlugins: [proseOnly] })).not.toThrow();
    expect(markdownToHtml(text, { features: { gfm: true } }).html).toContain(
      '<a href="https://example.com/a">https://example.com/a</a>&lt;meta http-equiv',
    );
  });

  it('refuses an HTML page with a clear message', () => {
    const outcome = importArticle(
      bytes('<!DOCTYPE html>\n<html><body><script>alert(1)</script><h1>Go vs Rust</h1></body></html>\n'),
      options,
    );
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('this is an HTML page, not an article') });
  });
});

describe('the build’s second guard, on the HTML a body became', () => {
  const fileURL = new URL('file:///project/content/sources/hostile.mdx');
  // A Markdown plugin that slips markup in: the HTML guard still stops the compile.
  const smuggle = defineMdastPlugin({ name: 'smuggle', paragraph: () => ({ rawHtml: '<script>alert(1)</script>' }) });
  const addLink = defineMdastPlugin({
    name: 'add-link',
    paragraph: () => ({ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }) as never,
  });

  it('refuses raw HTML and unsafe addresses it did not see as Markdown, naming the file', () => {
    expect(() =>
      markdownToHtml('Some prose.', { mdastPlugins: [smuggle], hastPlugins: [proseOnlyHtml], fileURL }),
    ).toThrow(/hostile\.mdx: the body has markup \(<script>\)/);
    expect(() =>
      markdownToHtml('Some prose.', { mdastPlugins: [addLink], hastPlugins: [proseOnlyHtml], fileURL }),
    ).toThrow(/hostile\.mdx: the body has a link to "javascript:alert\(1\)"/);
  });

  it('passes what Markdown makes of prose: tables, code, links, images', () => {
    const prose =
      '# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n`x` and [l](https://go.dev/) ![i](/i.png) <https://go.dev/> - [x] done\n\n```\ncode <b>\n```\n';
    expect(() =>
      markdownToHtml(prose, { features: { gfm: true }, hastPlugins: [proseOnlyHtml], fileURL }),
    ).not.toThrow();
  });
});

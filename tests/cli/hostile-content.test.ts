// A source with HTML and script markup in every text field must build, and every page must show
// that markup as text: no element, attribute or script of it may reach the HTML.
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elements, readBuiltSite, type BuiltSite } from '../../tools/gates/site-files.ts';

const textOf = (element: Element) => DomUtils.textContent(element).replace(/\s+/g, ' ');
import { build, ROOT, tempProject, type CommandResult } from '../support/project-copy.ts';

let project: string;
let site: BuiltSite;
let built: CommandResult;

beforeAll(() => {
  project = tempProject('gvr-hostile-');
  cpSync(join(ROOT, 'tests/fixtures/sources/hostile-markup.mdx'), join(project, 'content/sources/hostile-markup.mdx'));
  // An editor's note, with markup written as text the way a body must: shown apart, and listed with the corrections.
  appendFileSync(
    join(project, 'content/sources/hostile-markup.mdx'),
    '\n<EditorNote date="2026-12-05">The \\<script> tag above was *escaped* by the editor.</EditorNote>\n',
  );
  built = build(project);
  if (built.status === 0) site = readBuiltSite(join(project, 'dist'));
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a source with markup in every text field', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('reaches no page as markup: no injected element, attribute or script', () => {
    // None of these elements or attributes is ever written by the site itself.
    const injected = site.pages.flatMap((page) =>
      elements(
        page.document,
        (el) =>
          ['iframe', 'img', 'b', 'i', 'u'].includes(el.name) ||
          // The build inlines small stylesheets into <head>; a <style> anywhere else is injected.
          (el.name === 'style' && (el.parent as Element | null)?.name !== 'head') ||
          (el.name === 'svg' && el.attribs['aria-hidden'] !== 'true' && el.attribs.role !== 'img') ||
          (el.name === 'script' && el.attribs.type !== 'application/ld+json' && el.attribs.type !== 'module') ||
          Object.keys(el.attribs).some((name) => /^on/i.test(name)) ||
          /^\s*javascript:/i.test(el.attribs.href ?? ''),
      ).map((el) => `${page.url}: <${el.name} ${Object.keys(el.attribs).join(' ')}>`),
    );
    expect(injected).toEqual([]);
  });

  it('shows the markup as text wherever the source appears', () => {
    const text = (url: string) => {
      const page = site.pages.find((p) => p.url === url)!;
      return elements(page.document, (el) => el.name === 'main')
        .map((main) => textOf(main))
        .join(' ');
    };
    expect(text('/sources/hostile-markup/')).toContain("<script>alert('title')</script> Hostile & <b>bold</b> title");
    expect(text('/sources/hostile-markup/')).toContain("<img src=x onerror=alert('statement')> statement");
    expect(text('/topics/performance/')).toContain("<script>alert('note')</script> note");
    expect(text('/verdicts/')).toContain('<style>body{display:none}</style> verdict');
    expect(text('/faq/')).toContain("Yes <script>alert('faq')</script>");
    expect(text('/tables/')).toContain('<u>faster</u>');
    // …and the new source takes its place in the matrix, on its topic page and on its own page.
    const home = site.pages.find((p) => p.url === '/')!;
    expect(
      elements(
        home.document,
        (el) =>
          el.name === 'a' && el.attribs.href === '/topics/performance/?sources=hostile-markup#source-hostile-markup',
      ),
    ).toHaveLength(1);
    const topic = site.pages.find((p) => p.url === '/topics/performance/')!;
    expect(elements(topic.document, (el) => el.attribs.id === 'source-hostile-markup')).toHaveLength(1);
  });

  it('shows an editor’s note apart from the article’s words, and lists it with the corrections', () => {
    const page = site.pages.find((p) => p.url === '/sources/hostile-markup/')!;
    const [note] = elements(
      page.document,
      (el) => el.name === 'aside' && el.attribs.class?.includes('editor-note') === true,
    );
    expect(textOf(note!)).toContain(
      'Editor’s note, 5 December 2026: The <script> tag above was escaped by the editor.',
    );
    expect(note!.attribs['data-pagefind-ignore']).toBeDefined();
    const corrections = site.pages.find((p) => p.url === '/corrections/')!;
    const listed = elements(corrections.document, (el) => el.name === 'main')
      .map(textOf)
      .join(' ');
    expect(listed).toContain('The <script> tag above was escaped by the editor.');
  });

  it('keeps JSON-LD and data downloads inert', () => {
    const page = site.pages.find((p) => p.url === '/sources/hostile-markup/')!;
    const jsonLd = elements(page.document, (el) => el.name === 'script' && el.attribs.type === 'application/ld+json');
    for (const script of jsonLd)
      expect(script.children.map((c) => ('data' in c ? c.data : '')).join('')).not.toContain('</script');
    const claims = readFileSync(join(project, 'dist/data/claims.json'), 'utf8');
    expect(JSON.parse(claims).claims.find((c: { id: string }) => c.id === 'hostile-claim').statement).toBe(
      "<img src=x onerror=alert('statement')> statement",
    );
  });
});

import { mdxToJs } from 'satteri';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import {
  BODY_PLACEHOLDER,
  bodyLineOf,
  renderFrontMatter,
  renderSourceFile,
  scaffoldSource,
  yamlString,
  type DraftSource,
} from '../../scripts/editor/scaffold.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { parsedSource } from '../support/builders.ts';
import { realVocabularies, TODAY } from '../support/check-fixture.ts';

/** YAML read as the check reads it (the core schema: dates stay text). */
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

function scaffolded(title: string, slug?: string): { slug: string; text: string } {
  const scaffold = scaffoldSource(title, { slug });
  if (!scaffold.ok) throw new Error(scaffold.message);
  return scaffold;
}

describe('npm run new’s draft', () => {
  const { slug, text } = scaffolded('Rust vs Go: The 2027 Edition!');
  const split = splitFrontMatter(text);

  it('is named after the title', () => {
    expect(slug).toBe('rust-vs-go-the-2027-edition');
  });

  it('is a draft with the title and empty lists, and nothing invented', () => {
    expect(split.yamlErrors).toEqual([]);
    expect(split.data).toEqual({
      title: 'Rust vs Go: The 2027 Edition!',
      recommendations: { go: [], rust: [] },
      claims: [],
      tables: [],
      faqs: [],
      draft: true,
    });
  });

  it('has every field of the source schema, each with a one-line comment saying what belongs there', () => {
    const fields = Object.keys(sourceSchema.shape);
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(text, field).toMatch(new RegExp(`^(?:# )?${field}:.* # \\S.{10,}$`, 'm'));
    // …and the shapes of the nested fields an editor fills in first.
    for (const nested of ['leans', 'text', 'quote', 'id', 'topic', 'favors', 'statement'])
      expect(text, nested).toMatch(new RegExp(`^#\\s+(?:- )?${nested}:.* # \\S`, 'm'));
  });

  it('lists the kinds and stances the schema accepts', () => {
    expect(text).toContain('marketing | templated | community | consultancy | practitioner | journalism | research');
    expect(text).toContain('go | rust | tie | depends');
  });

  it('passes its schema and npm run check with nothing to report', () => {
    expect(sourceSchema.safeParse(split.data).success).toBe(true);
    const content = realVocabularies();
    const source = parsedSource(slug, text);
    const result = checkParsedContent({ ...content, sources: [source] }, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([source.file]);
  });

  it('has a body that asks for the article and compiles as MDX', () => {
    expect(split.body.trim()).toBe(BODY_PLACEHOLDER);
    expect(BODY_PLACEHOLDER).toMatch(/^\{\/\* Paste the article’s full text here/);
    expect(() => mdxToJs(split.body)).not.toThrow();
  });

  it('becomes a valid entry once a field is uncommented and filled in', () => {
    const filled = text.replace(/^# kind: +#/m, 'kind: practitioner #');
    expect((splitFrontMatter(filled).data as { kind?: string }).kind).toBe('practitioner');
  });
});

describe('scaffoldSource', () => {
  it('cuts a long slug at a word boundary, at most 60 characters', () => {
    const { slug } = scaffolded('Rust vs Go for Backend: Choosing the Right Language for Performance and Scalability');
    expect(slug).toBe('rust-vs-go-for-backend-choosing-the-right-language-for');
  });

  it('takes --slug instead, and refuses one that is not kebab-case', () => {
    expect(scaffolded('Anything', 'my-slug').slug).toBe('my-slug');
    expect(scaffoldSource('Anything', { slug: 'My_Slug' })).toEqual({
      ok: false,
      message: expect.stringMatching(/^--slug "My_Slug" is not a slug/),
    });
  });

  it('refuses an empty title, or one with nothing to make a file name from', () => {
    expect(scaffoldSource('   ')).toEqual({ ok: false, message: expect.stringMatching(/^the title is empty/) });
    expect(scaffoldSource('日本語')).toEqual({
      ok: false,
      message: expect.stringMatching(/cannot make a file name from the title "日本語": add --slug/),
    });
    expect(scaffolded('日本語', 'japanese').text).toContain('title: "日本語"');
  });
});

describe('front matter rendering', () => {
  it('quotes every string so YAML reads it back exactly', () => {
    for (const tricky of [
      'yes',
      '1.0',
      'a: b',
      '# not a comment',
      '"quoted" and \\ back',
      'line\nbreak',
      '– “typographic” —',
      '\u0085 next line',
      '- dash',
      '@at',
      '',
    ]) {
      expect(parse(`v: ${yamlString(tricky)}`), JSON.stringify(tricky)).toEqual({ v: tricky });
    }
  });

  it('writes tables and FAQs that read back as they were', () => {
    const draft: DraftSource = {
      title: 'T',
      published: '2026-01-26',
      author: { name: 'Jord', role: 'Founder' },
      summary: 'S: with a colon',
      tables: [
        {
          id: 'features',
          caption: 'Features: all',
          rows: [
            { topic: 'todo', label: 'A "b"', go: 'x, y', rust: '', winner: 'go' },
            { topic: 'performance', label: 'C', go: 'd', rust: 'e' },
          ],
        },
      ],
      faqs: [{ question: 'Q?', answer: 'A.\n\nMore.', topic: 'todo' }],
    };
    const data = parse(renderFrontMatter(draft)) as Record<string, unknown>;
    expect(data).toEqual({
      title: 'T',
      author: { name: 'Jord', role: 'Founder' },
      published: '2026-01-26',
      summary: 'S: with a colon',
      recommendations: { go: [], rust: [] },
      claims: [],
      tables: draft.tables,
      faqs: draft.faqs,
      draft: true,
    });
  });

  it('knows the line the body starts on', () => {
    const draft: DraftSource = { title: 'T', faqs: [{ question: 'Q?', answer: 'A.', topic: 'todo' }] };
    const file = renderSourceFile(draft, '## First\n');
    expect(file.split('\n')[bodyLineOf(draft) - 1]).toBe('## First');
  });
});

// Property-based sources: fast-check arbitraries for every field of a source's front matter
// (src/schemas/source.ts), each optional field present or absent, each text drawn from words a
// page has to cope with (long unbroken words, accents, CJK, emoji, ampersands, quotation marks,
// and `<`/`{` where the field is front matter only). Every verbatim field is quoted from the body
// the arbitrary writes with it, so most samples pass `npm run check`; the generative test keeps
// those the check accepts and holds the site to them (tests/cli/generative-content.test.ts).
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { SOURCE_KINDS, sourceFieldsSchema } from '../../src/schemas/source.ts';

/** The ids the content's vocabularies hold, which references must use. */
export interface ArbitraryVocabulary {
  topics: readonly string[];
  metrics: ReadonlyArray<{ id: string; unit: string }>;
  useCases: readonly string[];
  questions: ReadonlyArray<{ id: string; topic: string }>;
}

/** The fields a published source must have (src/schemas/source.ts): present in every sample. */
const ALWAYS = ['title', 'kind', 'summary', 'verdict', 'claims', 'draft'] as const;

/** Every other field of the schema: each sample has some of them, and the generative test wants every pair together. */
export const OPTIONAL_FIELDS = Object.keys(sourceFieldsSchema.shape).filter(
  (key) => !(ALWAYS as readonly string[]).includes(key),
);

/** Words the body can hold verbatim, quotes included: no Markdown or MDX syntax. */
const PROSE_WORDS = [
  'Go',
  'Rust',
  'services',
  'teams',
  'memory',
  'latency',
  'compile',
  'naïve',
  'Zürich',
  '東京',
  '🦀',
  'A&B',
  "it's",
  '"quoted"',
  '100%',
  'p99',
  '2×',
  'e.g.',
  'x/y',
  '(aside)',
  'Supercalifragilisticexpialidociousnessofthetoolchain',
  'https://example.com/a/very/long/path/that/never/breaks/on/its/own',
] as const;

/** Words only front matter holds: shown as text, never read as markup. */
const FRONT_MATTER_WORDS = [...PROSE_WORDS, 'Result<T, E>', '{x}', '<b>bold</b>', '`code`', '*stars*', '#hash'];

const sentence = (words: readonly string[], max = 10) =>
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: max }).map((list) => list.join(' '));
const prose = sentence(PROSE_WORDS);
const frontText = sentence(FRONT_MATTER_WORDS);
const stance = fc.constantFrom('go', 'rust', 'tie', 'depends');
const side = fc.constantFrom('go', 'rust');
const day = (year: number) =>
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), date: fc.integer({ min: 1, max: 28 }) })
    .map(({ month, date }) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
const address = fc
  .constantFrom('example.com', 'www.example.org', 'blog.example.net')
  .chain((host) =>
    sentence(['a', 'b', 'post', 'go-vs-rust', '2026'], 4).map((path) => `https://${host}/${path.replace(/ /g, '/')}`),
  );

/** One sample: its slug and the file `content/sources/<slug>.mdx`. */
export interface ArbitrarySource {
  slug: string;
  /** The optional top-level fields it has. */
  fields: string[];
  data: Record<string, unknown>;
  mdx: string;
}

/**
 * A source whose front matter has every field in `ALWAYS` and `force`, and any of the others.
 * `n` makes its slug, its names and its quotes unique among the samples.
 */
function arbitrarySource(
  vocabulary: ArbitraryVocabulary,
  n: number,
  force: readonly string[] = [],
): fc.Arbitrary<ArbitrarySource> {
  const topic = fc.constantFrom(...vocabulary.topics);
  // A quote is unique to its sample and its place, so no two passages of the site are the same words.
  const quoted = (place: string) => prose.map((words) => `${words} (${place} ${n})`);
  const figure = fc.constantFrom(...vocabulary.metrics).chain((metric) =>
    fc.record(
      {
        metric: fc.constant(metric.id),
        subject: side,
        min: fc.integer({ min: 0, max: 500 }),
        spread: fc.integer({ min: 0, max: 500 }),
        unit: fc.constant(metric.unit),
        qualifier: fc.constantFrom('about', 'at-least', 'up-to'),
        context: frontText,
      },
      { requiredKeys: ['metric', 'subject', 'min', 'unit'] },
    ),
  );
  const check = fc
    .record(
      {
        rating: fc.constantFrom('accurate', 'misleading', 'unsupported', 'inaccurate'),
        note: frontText,
        sources: fc.array(fc.record({ title: frontText, url: address }), { minLength: 1, maxLength: 2 }),
        checked: day(2025),
      },
      { requiredKeys: ['rating', 'note', 'checked'] },
    )
    .filter((c) => c.rating === 'unsupported' || c.sources !== undefined)
    // An accurate check cites a page that was opened (the accurate-evidence rule): its first source, on the day of the check.
    .map((c) =>
      c.rating === 'accurate' && c.sources
        ? { ...c, sources: [{ ...c.sources[0]!, opened: c.checked }, ...c.sources.slice(1)] }
        : c,
    );
  const claim = (index: number) =>
    fc
      .record(
        {
          topic,
          question: fc.option(fc.constantFrom(...vocabulary.questions), { nil: undefined }),
          favors: stance,
          statement: frontText,
          quote: quoted(`claim ${index}`),
          figures: fc.array(figure, { minLength: 1, maxLength: 2 }),
          check,
        },
        { requiredKeys: ['topic', 'favors', 'statement', 'quote'] },
      )
      .map(({ question, figures, ...rest }) => ({
        id: `claim-${index}`,
        ...rest,
        // A question belongs to one topic: the claim that names it is on that topic.
        ...(question ? { question: question.id, topic: question.topic } : {}),
        ...(figures
          ? {
              figures: figures.map(({ spread, ...f }) => ({
                ...f,
                ...(spread === undefined ? {} : { max: f.min + spread }),
              })),
            }
          : {}),
      }));
  const recommendation = (language: 'go' | 'rust', index: number) =>
    fc.record(
      {
        text: frontText,
        quote: quoted(`choose ${language} ${index}`),
        topic,
        useCase: fc.constantFrom(...vocabulary.useCases),
      },
      { requiredKeys: ['text', 'useCase'] },
    );
  const recommendations = fc
    .record({ go: fc.integer({ min: 0, max: 2 }), rust: fc.integer({ min: 0, max: 2 }) })
    .chain(({ go, rust }) =>
      fc.record({
        go: fc.tuple(...Array.from({ length: go }, (_, i) => recommendation('go', i))),
        rust: fc.tuple(...Array.from({ length: rust }, (_, i) => recommendation('rust', i))),
      }),
    );
  const cell = sentence(
    ['Fast', 'Slow', 'Built in', 'Needs a crate', 'Minutes', 'Hours', 'Ownership', 'GC', '—', '✓'],
    3,
  );
  const table = fc.record({
    withWinner: fc.boolean(),
    caption: prose,
    rows: fc.array(fc.record({ topic, label: prose, go: cell, rust: cell, winner: stance }), {
      minLength: 1,
      maxLength: 3,
    }),
  });
  const faq = (index: number) =>
    fc.record(
      {
        question: prose.map((q) => `${q} (question ${index} ${n})?`),
        answer: quoted(`answer ${index}`),
        topic,
        favors: stance,
      },
      { requiredKeys: ['question', 'answer', 'topic'] },
    );
  const numbered = <T>(make: (index: number) => fc.Arbitrary<T>, min: number, max: number) =>
    fc.integer({ min, max }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => make(i))));

  const model = {
    title: frontText,
    publisher: frontText.map((name) => `${name} ${n}`),
    author: fc.record({ name: frontText.map((name) => `${name} ${n}`), role: frontText }, { requiredKeys: ['name'] }),
    url: address,
    captured: day(2026),
    provenance: fc.record({ searched: frontText }),
    published: day(2024),
    updated: day(2025),
    kind: fc.constantFrom(...SOURCE_KINDS),
    disclosure: frontText,
    summary: frontText,
    verdict: fc.record(
      { leans: stance, text: frontText, quote: quoted('verdict') },
      { requiredKeys: ['leans', 'text'] },
    ),
    recommendations,
    claims: numbered(claim, 1, 4),
    tables: table.map((t) => [t]),
    faqs: numbered(faq, 1, 2),
    draft: fc.constant(false),
  } satisfies Record<keyof typeof sourceFieldsSchema.shape, fc.Arbitrary<unknown>>;

  return fc.record(model, { requiredKeys: [...ALWAYS, ...force] as Array<keyof typeof model> }).map((data) => {
    const slug = `generated-${String(n).padStart(2, '0')}`;
    const front: Record<string, unknown> = { ...data };
    const body: string[] = ['An article made up for the generative test.'];
    const claims = data.claims as Array<{ quote: string }>;
    for (const c of claims) body.push(c.quote);
    if ((data.verdict as { quote?: string }).quote) body.push((data.verdict as { quote: string }).quote);
    if (data.recommendations) {
      const quotes = [...data.recommendations.go, ...data.recommendations.rust].flatMap((r) =>
        r.quote ? [r.quote] : [],
      );
      if (quotes.length) body.push(quotes.map((q) => `- ${q}`).join('\n'));
    }
    if (data.tables) {
      const { withWinner, caption, rows } = data.tables[0]!;
      const tableRows: Array<Record<string, string> & { winner?: string }> = rows.map(({ winner, ...row }) => ({
        ...row,
        ...(withWinner ? { winner } : {}),
      }));
      front.tables = [{ id: 'comparison', caption, rows: tableRows }];
      const winnerWord = (w: string) => ({ go: 'Go', rust: 'Rust', tie: 'Tie', depends: 'Depends' })[w as 'go'];
      body.push(
        `## ${caption}`,
        [
          `| Aspect | Go | Rust |${withWinner ? ' Winner |' : ''}`,
          `| --- | --- | --- |${withWinner ? ' --- |' : ''}`,
          ...tableRows.map(
            (row) => `| ${row.label} | ${row.go} | ${row.rust} |${withWinner ? ` ${winnerWord(row.winner!)} |` : ''}`,
          ),
        ].join('\n'),
      );
    }
    if (data.faqs) {
      body.push('## FAQ');
      for (const f of data.faqs as Array<{ question: string; answer: string }>)
        body.push(`### ${f.question}`, f.answer);
    }
    return {
      slug,
      fields: OPTIONAL_FIELDS.filter((key) => key in data),
      data: front,
      mdx: `---\n${dump(front, { lineWidth: -1 })}---\n\n${body.join('\n\n')}\n`,
    };
  });
}

/** The pairs of optional fields no sample has together. */
export function uncoveredPairs(samples: ReadonlyArray<Pick<ArbitrarySource, 'fields'>>): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  OPTIONAL_FIELDS.forEach((a, i) =>
    OPTIONAL_FIELDS.slice(i + 1).forEach((b) => {
      if (!samples.some((s) => s.fields.includes(a) && s.fields.includes(b))) pairs.push([a, b]);
    }),
  );
  return pairs;
}

/**
 * `count` samples drawn with `seed`, then one more for each pair of optional fields they leave
 * uncovered (with both forced in), so every combination of two fields is on some page.
 */
export function sampleSources(vocabulary: ArbitraryVocabulary, count: number, seed: number): ArbitrarySource[] {
  const samples: ArbitrarySource[] = [];
  const draw = (force: readonly string[] = []) =>
    samples.push(
      fc.sample(arbitrarySource(vocabulary, samples.length + 1, force), {
        numRuns: 1,
        seed: seed + samples.length,
      })[0]!,
    );
  while (samples.length < count) draw();
  for (let missing = uncoveredPairs(samples); missing.length; missing = uncoveredPairs(samples)) draw(missing[0]!);
  return samples;
}

// Valid, varied sources made up on the spot, so tests can grow the content (6, 20, 100 sources)
// without pinning the real articles in content/. Every generated source passes `npm run check`:
// each verbatim field is quoted from the generated body, and each front-matter table is copied
// from a GFM table of the body. No captures are written, so the body is the only text quotes are
// checked against. Bodies avoid `<` and `{`, which MDX would read as markup.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { SOURCE_KINDS } from '../../src/schemas/source.ts';

/** YAML read as the check reads it (the core schema: dates stay text). */
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

export interface GeneratedSource {
  slug: string;
  mdx: string;
}

type Stance = 'go' | 'rust' | 'tie' | 'depends';
/** The ids a generated source may use; recommendations need a use case once any exist (content/use-cases.yaml). */
type Vocabulary = {
  topics: readonly string[];
  metrics: ReadonlyArray<{ id: string; unit: string }>;
  useCases?: readonly string[];
};

const STANCES: readonly Stance[] = ['go', 'rust', 'tie', 'depends'];

/** mulberry32: a tiny seeded generator, so a seed always gives the same sources. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(id: string): string {
  return id.replace(/-/g, ' ');
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const QUOTES: Record<Stance, ReadonlyArray<(topic: string, n: number) => string>> = {
  go: [
    (t, n) => `Go keeps ${t} simple enough that team ${n} never needed a specialist for it.`,
    (t, n) => `On ${t}, Go was the easier choice for every one of our ${n + 2} services.`,
    (t) => `When ${t} matters more than raw control, Go wins in our experience.`,
  ],
  rust: [
    (t, n) => `Rust gave us stronger guarantees on ${t} across all ${n + 3} releases we shipped.`,
    (t) => `For ${t}, Rust is the better tool once the team has paid the upfront cost.`,
    (t, n) => `On ${t}, Rust came out ahead in ${n + 1} of the projects we reviewed.`,
  ],
  tie: [
    (t) => `Neither language has a real edge on ${t}; both do the job well.`,
    (t, n) => `We found ${t} to be a draw after ${n + 4} months with both languages.`,
  ],
  depends: [
    (t) => `Which language handles ${t} better depends on the team and the workload.`,
    (t, n) => `On ${t}, the answer changed from project to project in our ${n + 2} case studies.`,
  ],
};

const FILLER = [
  'We looked at this question across several teams before writing it down.',
  'The details below come from production systems rather than toy benchmarks.',
  'Readers who skip ahead will find a summary near the end.',
  'This is the part of the comparison readers ask about most often.',
  'None of this is settled, and reasonable engineers disagree.',
];

const CELLS: Record<Stance, ReadonlyArray<readonly [string, string]>> = {
  go: [
    ['Simple and quick', 'Slower to get right'],
    ['Built in', 'Needs a crate'],
    ['Minutes', 'Hours'],
  ],
  rust: [
    ['Good enough', 'Excellent'],
    ['Runtime checks', 'Compile-time checks'],
    ['Garbage collected', 'Ownership model'],
  ],
  tie: [
    ['Strong', 'Strong'],
    ['Mature', 'Mature'],
  ],
  depends: [
    ['Varies by team', 'Varies by workload'],
    ['Case by case', 'Case by case'],
  ],
};

const WINNER_WORDS: Record<Stance, string> = { go: 'Go', rust: 'Rust', tie: 'Tie', depends: 'Depends' };

const TITLES = [
  'Go or Rust?',
  'Go vs Rust for backend teams',
  'Rust vs Go: what we learned shipping both in production for three years across payments, search and internal tooling at a mid-sized company',
  'Choosing between Go and Rust in 2025',
  'Why our platform team runs Go and Rust side by side',
  'Rust and Go compared',
];

const HEADING_DECOR = ['', '', '⚡ ', '☁️ ', '🦀 '];

const KINDS = SOURCE_KINDS;

const COMPANIES = ['Acme Logistics', 'Northwind Payments', 'Globex Search', 'Initech Cloud', 'Umbrella Data'];

export interface GenerateOptions {
  seed?: number;
  slugPrefix?: string;
  /** Every fourth source carries at least this many fact-checked claims (as busy as the busiest real article). */
  factChecks?: number;
}

const RATINGS = ['accurate', 'misleading', 'unsupported', 'inaccurate'] as const;

/**
 * `count` valid, varied sources: kinds, stances (go/rust/tie/depends, some mixed on a topic),
 * tables with winners, FAQs, figures, silent topics, long and short titles, a source with no
 * publisher/author. Deterministic for a seed.
 */
export function generateSources(
  count: number,
  vocabulary: Vocabulary,
  options: GenerateOptions = {},
): GeneratedSource[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const prefix = options.slugPrefix ?? 'generated';
  const topics = [...vocabulary.topics];
  if (topics.length < 2) throw new Error('generateSources needs at least two topics');
  return Array.from({ length: count }, (_, index) => {
    const slug = `${prefix}-${String(index + 1).padStart(3, '0')}`;
    // Each source speaks on a few topics only: the others stay silent, as real articles do.
    const covered = [...topics]
      .sort(() => next() - 0.5)
      .slice(0, 2 + Math.floor(next() * Math.min(6, topics.length - 1)));
    const paragraphs: string[] = [];
    const claims: Array<Record<string, unknown>> = [];
    const sections: string[] = [];
    covered.forEach((topic, t) => {
      // Every third source is mixed on its first topic: one claim each way.
      const stances: Stance[] =
        t === 0 && index % 3 === 1 ? ['go', 'rust'] : [STANCES[(index + t) % STANCES.length] as Stance];
      const sentences: string[] = [pick(FILLER)];
      stances.forEach((stance, s) => {
        const quote = pick(QUOTES[stance])(words(topic), index + t + s);
        sentences.push(quote);
        const claim: Record<string, unknown> = {
          id: `${topic}-${stance}`,
          topic,
          favors: stance,
          statement: `The article says ${stance === 'tie' || stance === 'depends' ? `${words(topic)} is ${stance === 'tie' ? 'a tie' : 'a matter of context'}` : `${capital(stance)} is stronger on ${words(topic)}`}.`,
          quote,
        };
        if ((index + t) % 4 === 0) {
          claim.check =
            (index + t) % 8 === 0
              ? {
                  rating: 'unsupported',
                  note: 'The article gives no evidence for this and we found none.',
                  checked: '2026-11-20',
                }
              : {
                  rating: 'misleading',
                  note: 'True for some workloads, but the article generalises from one project.',
                  sources: [
                    {
                      title: 'A public benchmark write-up',
                      url: 'https://example.org/benchmarks',
                      opened: '2026-11-20',
                    },
                  ],
                  checked: '2026-11-20',
                };
        }
        claims.push(claim);
      });
      sections.push(
        `## ${HEADING_DECOR[(index + t) % HEADING_DECOR.length]}${capital(words(topic))}\n\n${sentences.join(' ')}`,
      );
    });

    // A busy source: more fact-checked claims, each quoted from a section of their own.
    const missing = index % 4 === 3 ? (options.factChecks ?? 0) - claims.filter((claim) => claim.check).length : 0;
    const findings: string[] = [];
    for (let k = 0; k < missing; k++) {
      const topic = covered[k % covered.length] as string;
      const rating = RATINGS[k % RATINGS.length] as (typeof RATINGS)[number];
      const quote = `Finding ${k + 1}: on ${words(topic)}, our review of project ${index + k + 1} points one way.`;
      findings.push(quote);
      claims.push({
        id: `finding-${k + 1}`,
        topic,
        favors: STANCES[k % STANCES.length],
        statement: `Finding ${k + 1} of the article is about ${words(topic)}.`,
        quote,
        check: {
          rating,
          note: `Checked finding ${k + 1} against a primary source; it is rated ${rating}.`,
          checked: '2026-01-15',
          ...(rating === 'unsupported'
            ? {}
            : {
                sources: [
                  {
                    title: `Primary source ${k + 1}`,
                    url: `https://example.org/primary/${k + 1}`,
                    opened: '2026-01-15',
                  },
                ],
              }),
        },
      });
    }
    if (findings.length) sections.push(`## Findings\n\n${findings.join(' ')}`);

    // A claim with a number, on a metric from the vocabulary.
    const metric = vocabulary.metrics.length && index % 2 === 0 ? pick(vocabulary.metrics) : undefined;
    if (metric) {
      const subject = next() < 0.5 ? 'go' : 'rust';
      const value = 2 + Math.floor(next() * 60);
      const topic = covered[0] as string;
      const quote = `We measured ${words(metric.id)} at ${value} ${metric.unit} for ${subject === 'go' ? 'Go' : 'Rust'} in one of our own services.`;
      claims.push({
        id: `figure-${metric.id}`,
        topic,
        favors: subject,
        statement: `One measurement put ${words(metric.id)} at ${value} ${metric.unit} for ${capital(subject)}.`,
        quote,
        figures: [
          {
            metric: metric.id,
            subject,
            min: value,
            unit: metric.unit,
            ...(index % 4 === 0 ? { qualifier: 'about' } : {}),
          },
        ],
      });
      sections.push(`## Measurements\n\n${quote} ${pick(FILLER)}`);
    }

    // A comparison table on the covered topics; its winners agree with the claims' stances.
    const tables: Array<Record<string, unknown>> = [];
    if (index % 5 !== 3) {
      const withWinner = index % 2 === 0;
      const rows = covered.map((topic, t) => {
        const stance = STANCES[(index + t) % STANCES.length] as Stance;
        const [go, rust] = pick(CELLS[stance]);
        return { topic, label: capital(words(topic)), go, rust, ...(withWinner ? { winner: stance } : {}) };
      });
      const caption = withWinner ? 'Side by side' : 'At a glance';
      tables.push({ id: withWinner ? 'side-by-side' : 'at-a-glance', caption, rows });
      const header = withWinner
        ? '| Aspect | Go | Rust | Winner |\n| --- | --- | --- | --- |'
        : '| Feature | Golang | Rust |\n| --- | --- | --- |';
      const lines = rows.map(
        (row) =>
          `| ${row.label} | ${row.go} | ${row.rust} |${withWinner ? ` ${WINNER_WORDS[row.winner as Stance]} |` : ''}`,
      );
      sections.push(`## ${caption}\n\n${header}\n${lines.join('\n')}`);
    }
    // Some bodies have a verbatim table that compares something else: it stays in the body only.
    if (index % 3 === 0) {
      const rows = COMPANIES.slice(0, 2 + (index % 3)).map(
        (company, c) => `| ${company} | ${c % 2 ? 'Rust' : 'Go'} | ${2018 + c} |`,
      );
      sections.push(`## Who uses them\n\n| Company | Language | Since |\n| --- | --- | --- |\n${rows.join('\n')}`);
    }

    const faqs: Array<Record<string, unknown>> = [];
    if (index % 4 !== 2) {
      const topic = covered[covered.length - 1] as string;
      const question = `Is Go or Rust better for ${words(topic)}?`;
      const answer = `It depends on what you value; we lean towards ${index % 2 ? 'Rust' : 'Go'} for ${words(topic)}.`;
      faqs.push({ question, answer, topic, ...(index % 2 ? { favors: 'rust' } : {}) });
      const second = `How long did source ${index + 1} take to write?`;
      const secondAnswer = 'About a week of evenings.';
      faqs.push({ question: second, answer: secondAnswer, topic: covered[0] as string });
      sections.push(
        `## Frequently asked questions\n\n### ${question}\n\n${answer}\n\n### ${second}\n\n${secondAnswer}`,
      );
    }

    const leans = STANCES[index % STANCES.length] as Stance;
    const verdictQuote =
      leans === 'go' || leans === 'rust'
        ? `All things considered, ${leans === 'go' ? 'Go' : 'Rust'} is our pick for the next project.`
        : leans === 'tie'
          ? 'All things considered, both are fine picks and neither is a mistake.'
          : 'All things considered, the right pick depends on your team and workload.';
    const useCase = vocabulary.useCases?.length ? { useCase: pick(vocabulary.useCases) } : {};
    const recommendations = {
      go: [
        {
          text: 'Teams that must ship within weeks.',
          quote: 'Choose Go when the team must ship within weeks',
          topic: covered[0] as string,
          ...useCase,
        },
      ],
      rust:
        index % 2
          ? []
          : [
              {
                text: 'Services where every millisecond counts.',
                quote: 'Choose Rust when every millisecond counts',
                ...useCase,
              },
            ],
    };
    const bullets = [
      '- Choose Go when the team must ship within weeks',
      ...(index % 2 ? [] : ['- Choose Rust when every millisecond counts']),
    ];
    sections.push(`## Verdict\n\n${verdictQuote}\n\n${bullets.join('\n')}`);

    const bare = index % 7 === 2; // no publisher, author, URL or dates, as some articles give none
    const title = TITLES[index % TITLES.length] as string;
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const published = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const frontMatter: Record<string, unknown> = {
      title: index >= TITLES.length ? `${title} (${index + 1})` : title,
      ...(bare
        ? {}
        : {
            publisher: `Example Publisher ${index + 1}`,
            ...(index % 2
              ? { author: { name: `Writer ${index + 1}`, ...(index % 4 === 1 ? { role: 'Staff engineer' } : {}) } }
              : {}),
            url: `https://example.com/articles/${slug}`,
            published,
            ...(index % 3 === 2 ? { updated: '2025-12-31' } : {}),
          }),
      kind: KINDS[index % KINDS.length],
      ...(index % 7 === 0 ? { disclosure: 'Published by a consultancy that sells Go and Rust training.' } : {}),
      summary: `A generated article that speaks on ${covered.length} topics and leans ${leans}.`,
      verdict: { leans, text: `The bottom line leans ${leans}.`, quote: verdictQuote },
      recommendations,
      claims,
      ...(tables.length ? { tables } : {}),
      ...(faqs.length ? { faqs } : {}),
      draft: false,
    };
    paragraphs.push(`${pick(FILLER)} ${pick(FILLER)}`, ...sections);
    const mdx = `---\n${dump(frontMatter, { lineWidth: -1 })}---\n\n${paragraphs.join('\n\n')}\n`;
    return { slug, mdx };
  });
}

/** Reads the project's content/topics.yaml and metrics.yaml, writes `count` generated sources into <project>/content/sources/, returns their slugs. */
export function addGeneratedSources(project: string, count: number, options: GenerateOptions = {}): string[] {
  const read = (file: string) =>
    parse(readFileSync(join(project, 'content', file), 'utf8')) as Array<Record<string, unknown>>;
  const topics = read('topics.yaml').map((topic) => String(topic.id));
  const metrics = read('metrics.yaml').map((metric) => ({ id: String(metric.id), unit: String(metric.unit) }));
  const useCases = existsSync(join(project, 'content', 'use-cases.yaml'))
    ? read('use-cases.yaml').map((useCase) => String(useCase.id))
    : [];
  const sources = generateSources(count, { topics, metrics, useCases }, options);
  for (const source of sources) writeFileSync(join(project, 'content', 'sources', `${source.slug}.mdx`), source.mdx);
  return sources.map((source) => source.slug);
}

import { SOURCE_KINDS } from '../../../src/schemas/source.ts';
import { STANCES } from '../../../src/schemas/stance.ts';
import type { ImportResult } from './import-article.ts';
import { TODO_TOPIC } from './topics.ts';

/** Where the import wrote, as the editor should read the paths. */
export interface ImportPaths {
  input: string;
  source: string;
  capture: string;
}

// A long import would otherwise print a to-do per table row; check lists them all anyway.
const MAX_ITEMS_PER_KIND = 25;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Text with its invisible characters spelt out, e.g. the private-use U+F8FF a Mac Roman 0xF0 becomes. */
function visible(text: string): string {
  return text.replace(
    /[\p{Co}\p{Cc}\p{Cf}]/gu,
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** The first items of a list, then how many more there are (and, when check finds them, where to see them all). */
function capped(items: string[], checkListsThem = false): string[] {
  if (items.length <= MAX_ITEMS_PER_KIND) return items;
  const more = `… and ${items.length - MAX_ITEMS_PER_KIND} more like these${checkListsThem ? ': npm run check lists them all' : ''}.`;
  return [...items.slice(0, MAX_ITEMS_PER_KIND), more];
}

/** What the editor must still do, in the order that makes sense: fix the text, then decide, then publish. */
export function todoList(result: ImportResult): string[] {
  const { draft } = result;
  const stances = STANCES.join(' | ');
  const todo: string[] = [];
  todo.push(
    ...capped(
      result.mojibake.map(
        (bad) =>
          `line ${bad.line}: "${visible(bad.text)}" looks like mis-decoded text (UTF-8 read as ${bad.encoding}; probably "${bad.guess}"): fix it, or delete it if it is page furniture.`,
      ),
    ),
  );
  if (result.titleFrom === 'first line')
    todo.push(
      `title: taken from the first line of the text ("${shorten(draft.title)}"): check it is the article’s headline.`,
    );
  todo.push(...result.unreadable.map((problem) => `${problem}: fill it in by hand if the article says.`));
  todo.push(`kind: what kind of publication this is, one of ${SOURCE_KINDS.join(' | ')}.`);
  todo.push(
    draft.summary
      ? 'summary: rewrite it in our own words, one or two sentences on what the article argues; it holds the article’s own description for now.'
      : 'summary: one or two sentences, in our own words, on what the article argues.',
  );
  todo.push(
    `verdict: the article’s bottom line: leans (${stances}), text in our words, and the quote that states it, copied from the body.`,
  );
  todo.push(
    result.candidates.length
      ? `claims: review the ${plural(result.candidates.length, 'candidate claim')} commented out under claims: accept each that states a position (delete its "# ", give it an id, check topic and favors, write the statement in our words), delete the rest, and add any position the suggester missed.`
      : 'claims: one per position the article takes, each with an id, a topic, favors, a statement in our words and a quote copied word for word from the body.',
  );
  const topicTodos: string[] = [];
  draft.tables?.forEach((table, t) =>
    table.rows.forEach((row, r) => {
      if (row.topic === TODO_TOPIC)
        topicTodos.push(
          `tables[${t}].rows[${r}].topic: "${shorten(row.label)}" is topic: todo: set an id from content/topics.yaml.`,
        );
    }),
  );
  todo.push(...capped(topicTodos, true));
  todo.push(
    ...capped(
      result.unreadWinners.map(
        ({ path, cell }) =>
          `${path}: the Winner cell says "${shorten(cell)}", which names no side: set winner (${stances}) or leave it out.`,
      ),
    ),
  );
  todo.push(
    ...capped(
      (draft.faqs ?? []).map(
        (faq, i) =>
          `faqs[${i}].topic: "${shorten(faq.question)}" is topic: todo: set an id from content/topics.yaml, and favors when the answer takes a side.`,
      ),
      true,
    ),
  );
  todo.push(
    `disclosure: if the article sells something (a service, a product, a course), say who is talking and what they sell${result.salesPhrase ? ` (it says "${result.salesPhrase}")` : ''}.`,
  );
  todo.push(
    'recommendations: its "choose Go when… / choose Rust when…" advice, if it gives any, each with a quote and a useCase from content/use-cases.yaml.',
  );
  const unknown = (['publisher', 'author', 'url'] as const).filter((field) => draft[field] === undefined);
  if (unknown.length) todo.push(`${unknown.join(', ')}: fill in what the article says, if it says.`);
  todo.push('draft: set it to false once npm run check shows nothing more for this file.');
  return todo;
}

/** What the import did and what is left to do, as printed by `npm run import`. */
export function formatImportReport(result: ImportResult, paths: ImportPaths): string {
  const { draft } = result;
  const tables = draft.tables ?? [];
  const rows = tables.reduce((n, table) => n + table.rows.length, 0);
  const lines = [
    `Imported ${paths.input} as a draft:`,
    `  ${paths.source}   the draft: front matter and the article as Markdown`,
    `  ${paths.capture}   the file, copied unchanged`,
    '',
    `Title: "${draft.title}" (from the ${result.titleFrom === 'option' ? '--title option' : result.titleFrom})`,
    ...(result.format
      ? [
          `Front matter (${result.format.toUpperCase()}): used ${result.used.join(', ') || 'nothing'}`,
          `Dropped front-matter keys: ${result.dropped.join(', ') || 'none'}`,
          ...result.replaced.map((note) => `  ${note}`),
        ]
      : ['Front matter: none']),
    `Lifted: ${plural(tables.length, 'table')} with ${plural(rows, 'row')}, ${plural(draft.faqs?.length ?? 0, 'FAQ')}`,
  ];
  if (result.candidates.length) {
    const first = result.candidates[0]!.line;
    const guessed = result.candidates.filter((candidate) => candidate.topic).length;
    lines.push(
      `Proposed: ${plural(result.candidates.length, 'candidate claim')} (${guessed} with a guessed topic), commented out under claims: in the draft, quotes copied from body lines ${first}–${result.candidates.at(-1)!.line}`,
    );
  }
  if (result.otherTables)
    lines.push(
      `Left in the body only: ${plural(result.otherTables, 'table')} without Go and Rust columns, or without rows`,
    );
  const changes = [
    ...(result.headingShift ? ['headings moved down a level, so the body starts at ##'] : []),
    ...(result.bullets ? [`${plural(result.bullets, 'bullet')} changed to -`] : []),
  ];
  if (changes.length) lines.push(`Body: ${changes.join('; ')}`);
  if (result.mdxEscapes.length) {
    // MDX reads `<`, `{` and a line's leading import/export as code; the escapes make them show as
    // text, so the page still says what the article says and nothing in it runs.
    lines.push(
      `Escaped so they show as text and never run (\\< and \\{ show as < and {, &#105;mport as import), on ${plural(result.mdxEscapes.length, 'line')}:`,
    );
    lines.push(
      ...capped(
        result.mdxEscapes.map(
          (escape) => `  line ${escape.line}: ${escape.characters.join(' ')} in "${escape.excerpt}"`,
        ),
      ),
    );
  }
  lines.push('', `Still to do in ${paths.source}:`);
  todoList(result).forEach((item, i) => lines.push(`  ${i + 1}. ${item}`));
  lines.push('', 'Run npm run check to see what is still missing.');
  return lines.join('\n');
}

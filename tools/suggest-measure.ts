// `npm run suggest:measure [-- <file.mdx>…]`: how well the candidate claims and recommendations
// match what editors wrote, on every source in content/ (and on each file given, such as a test
// fixture with its own claims and recommendations) with its claims set aside. Prints Markdown tables.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkParsedContent } from '../src/lib/check/check-content.ts';
import { loadContent } from '../src/lib/check/load-content.ts';
import { suggest } from '../scripts/editor/suggest/candidates.ts';
import {
  addAdviceScores,
  addScores,
  scoreAdvice,
  scoreSuggestions,
  type AdviceScore,
  type EditorClaim,
  type EditorRecommendation,
  type SuggestScore,
} from '../scripts/editor/suggest/measure.ts';
import { toDay } from '../src/schemas/day.ts';
import { splitFrontMatter } from '../src/lib/text/front-matter.ts';
import { parseMarkdown } from '../src/lib/text/markdown.ts';

const root = process.cwd();
const raw = loadContent(root);
const checked = checkParsedContent(raw, toDay(new Date()));

const options = { topics: checked.topics, metrics: checked.metrics, useCases: checked.useCases };

interface Written {
  claims?: EditorClaim[];
  recommendations?: {
    go?: Array<Omit<EditorRecommendation, 'side'>>;
    rust?: Array<Omit<EditorRecommendation, 'side'>>;
  };
}

const recommendationsOf = (data: Written): EditorRecommendation[] =>
  (['go', 'rust'] as const).flatMap((side) =>
    (data.recommendations?.[side] ?? []).map((recommendation) => ({ ...recommendation, side })),
  );

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);
const row = (name: string, s: SuggestScore) =>
  `| ${name} | ${s.claims} | ${s.candidates} | ${percent(s.found, s.claims)} | ${percent(s.matching, s.candidates)} | ${percent(s.topicAgrees, s.found)} | ${percent(s.stanceAgrees, s.stanceGuessed)} (${s.stanceGuessed} guessed) |`;
const adviceRow = (name: string, s: AdviceScore) =>
  `| ${name} | ${s.recommendations} | ${s.candidates} | ${percent(s.found, s.recommendations)} | ${percent(s.matching, s.candidates)} | ${percent(s.sideAgrees, s.found)} | ${percent(s.useCaseAgrees, s.found)} |`;

const measured: Array<{ name: string; body: string; data: Written }> = [
  ...checked.sources.map((source) => ({
    name: source.parsed.slug,
    body: source.parsed.body,
    data: source.data as Written,
  })),
  ...process.argv.slice(2).map((file) => {
    const split = splitFrontMatter(readFileSync(file, 'utf8'));
    return { name: `${basename(file)} (given)`, body: split.body, data: (split.data ?? {}) as Written };
  }),
];

const claimScores: Array<[string, SuggestScore]> = [];
const adviceScores: Array<[string, AdviceScore]> = [];
for (const { name, body, data } of measured) {
  const proposed = suggest(parseMarkdown(body), options);
  claimScores.push([name, scoreSuggestions(data.claims ?? [], proposed.claims)]);
  adviceScores.push([name, scoreAdvice(recommendationsOf(data), proposed.recommendations)]);
}
console.log('Claims\n');
console.log('| source | claims | candidates | recall | precision | topic agrees | stance agrees |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, score] of claimScores) console.log(row(name, score));
console.log(row('**all**', addScores(claimScores.map(([, score]) => score))));
console.log('\nRecommendations\n');
console.log('| source | recommendations | candidates | recall | precision | side agrees | use case agrees |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, score] of adviceScores) console.log(adviceRow(name, score));
console.log(adviceRow('**all**', addAdviceScores(adviceScores.map(([, score]) => score))));

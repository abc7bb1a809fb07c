// `npm run suggest:measure`: how well the candidate claims match what editors wrote, on every
// source in content/ with its claims set aside. Prints a Markdown table.
import { checkParsedContent } from '../src/lib/check/check-content.ts';
import { loadContent } from '../src/lib/check/load-content.ts';
import { suggestClaims } from '../scripts/editor/suggest/candidates.ts';
import { addScores, scoreSuggestions, type SuggestScore } from '../scripts/editor/suggest/measure.ts';
import { toDay } from '../src/schemas/day.ts';
import { parseMarkdown } from '../src/lib/text/markdown.ts';

const root = process.cwd();
const raw = loadContent(root);
const checked = checkParsedContent(raw, toDay(new Date()));

const options = { topics: checked.topics, metrics: checked.metrics };

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`);
const row = (name: string, s: SuggestScore) =>
  `| ${name} | ${s.claims} | ${s.candidates} | ${percent(s.found, s.claims)} | ${percent(s.matching, s.candidates)} | ${percent(s.topicAgrees, s.found)} | ${percent(s.stanceAgrees, s.stanceGuessed)} (${s.stanceGuessed} guessed) |`;

const scores: Array<[string, SuggestScore]> = [];
for (const source of checked.sources) {
  const candidates = suggestClaims(parseMarkdown(source.parsed.body), options);
  scores.push([source.parsed.slug, scoreSuggestions(source.data.claims, candidates)]);
}
console.log('| source | claims | candidates | recall | precision | topic agrees | stance agrees |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, score] of scores) console.log(row(name, score));
console.log(row('**all**', addScores(scores.map(([, score]) => score))));

// Candidate claims: sentences of an article that compare Go and Rust or judge one of them, each
// with a guessed topic, stance and figure for an editor to confirm. Guesses only: nothing here
// is ever published without an editor accepting it.
import type { Root } from 'mdast';
import type { Stance } from '../../../src/schemas/stance.ts';
import { normaliseText } from '../../../src/lib/text/normalise.ts';
import { bodySentences } from './sentences.ts';
import { adviceIn, guessUseCase, readLead, type UseCaseWords } from './advice.ts';

/** A topic as the suggester reads it: its id, title and the words that signal it. */
export interface TopicWords {
  id: string;
  title: string;
  /** Empty or missing: the topic is never guessed. */
  keywords?: readonly string[] | undefined;
}

/** A metric as the suggester reads it. */
export interface MetricWords {
  id: string;
  title: string;
  unit: string;
}

/** A number a candidate states, in a metric's unit. */
export interface CandidateFigure {
  metric: string;
  subject: 'go' | 'rust';
  min: number;
  max?: number;
  unit: string;
}

/** One proposed claim. */
export interface Candidate {
  /** The sentence, exactly as the reader sees it in the body. */
  quote: string;
  /** The body line its paragraph starts on. */
  line: number;
  /** The best-scoring topic, when any topic's words occur. */
  topic?: string;
  /** The words that chose the topic. */
  topicWords: string[];
  /** The side the sentence plainly takes, when it does. */
  favors?: Stance;
  /** The words that chose the side. */
  favorsWords?: string;
  figure?: CandidateFigure;
}

/** One proposed recommendation: a situation the source says to choose a language in. */
export interface RecommendationCandidate {
  side: 'go' | 'rust';
  /** The words that said it is advice ("Choose Rust if", "ideal for"). */
  sideWords: string;
  quote: string;
  line: number;
  topic?: string;
  topicWords: string[];
  /** The use case whose words are nearest; none when no use case's words are near enough. */
  useCase?: string;
  useCaseWords: string[];
}

const LANGUAGE = /\b(Go|Golang|Rust)\b/g;

// Words of comparison or judgement: a sentence naming a language without one of these is
// usually narrative ("Rust was released in 2015"), not a position.
const JUDGEMENT =
  /\b(?:\w+er than|more \w+|less \w+|fewer|faster|slower|safer|easier|harder|simpler|steeper|better|worse|outperform\w*|beats?|wins?|excels?|ideal|best|superior|advantages?|shines?|suited|choose|pick|recommend\w*|prefer\w*|should|trade-?offs?|cheaper|expensive|costs?|dominat\w*|mature|popular\w*|growing|adopt\w*|productiv\w*|guarantee\w*|eliminat\w*|prevent\w*|overhead|steep|gentle|simple|complex\w*|verbose|predictable|reliable|efficient|lightweight|powerful|strong\w*|weak\w*|lacks?|limited|excellent|great|perfect|top|leading|favou?r\w*|easy|hard|difficult|fast|slow|safe|solid|negligible|edge|pays? off|powers?|prevents?|handles?|gaining|traction|ranked|loved|admired|gentle|frustrat\w*|confus\w*|trivial|robust|clean\w*|catching up|expansive|burden|gotchas?|pain points?)\b/i;

const FIGURE = /\d+(?:[.,]\d+)?\s*(?:%|×|x\b|percent)|\$\s?\d/;

// Judgement words that favour the language they are said of, and those that count against it.
const FOR =
  /\b(faster|safer|easier|simpler|better|cheaper|quicker|smaller|lighter|gentler|gentle|easy|simple|solid|excellent|great|robust|mature|stable|lightweight|efficient|predictable|powerful|strong|prevents?|eliminates?|guarantees?|more (?:productive|mature|efficient|reliable|predictable|readable|maintainable|secure|stable|popular)|outperforms?|beats?|wins?|excels?|superior|shines?|ideal|best|dominates?|leads?)\b/gi;
const AGAINST =
  /\b(slower|harder|steeper|worse|larger|heavier|longer|more (?:complex|verbose|expensive|difficult)|lags?|lacks?|struggles?|falls? short)\b/gi;
const DEPENDS = /\b(?:it depends|depends on|trade-?offs?|both languages|either language|each language)\b/i;

function languageOf(name: string): 'go' | 'rust' {
  return name === 'Rust' ? 'rust' : 'go';
}

const other = (side: 'go' | 'rust'): 'go' | 'rust' => (side === 'go' ? 'rust' : 'go');

/** The language named last before `index` in `text`, if any. */
function subjectBefore(text: string, index: number): 'go' | 'rust' | undefined {
  let subject: 'go' | 'rust' | undefined;
  for (const match of text.slice(0, index).matchAll(LANGUAGE)) subject = languageOf(match[1]!);
  return subject;
}

// "Both languages are fast" names both without naming either.
const BOTH = /\b(?:both languages|both are|both scale|either language|each language)\b/i;

/** The languages a text names. */
function languagesIn(text: string): Set<'go' | 'rust'> {
  if (BOTH.test(text)) return new Set(['go', 'rust']);
  return new Set([...text.matchAll(LANGUAGE)].map((match) => languageOf(match[1]!)));
}

/**
 * The language a sentence is about when it names none itself: the innermost heading that names
 * exactly one ("Why Rust wins on safety" → rust). Articles often say "It" under such a heading.
 */
function headingLanguage(headings: readonly string[]): 'go' | 'rust' | undefined {
  for (const heading of [...headings].reverse()) {
    const named = languagesIn(heading);
    if (named.size === 1) return [...named][0];
    if (named.size === 2) return undefined;
  }
  return undefined;
}

/**
 * The side a sentence plainly takes, with the words that say so; undefined when it is not plain.
 * `implied` is the language the sentence is about when it names none (see headingLanguage).
 */
export function guessStance(sentence: string, implied?: 'go' | 'rust'): { favors: Stance; words: string } | undefined {
  const named = languagesIn(sentence);
  if (named.size === 0 && implied) named.add(implied);
  if (named.size === 0) return undefined;
  const depends = DEPENDS.exec(sentence);
  if (depends) return { favors: 'depends', words: depends[0] };
  const judged = [
    ...[...sentence.matchAll(FOR)].map((match) => ({ match, positive: true })),
    ...[...sentence.matchAll(AGAINST)].map((match) => ({ match, positive: false })),
  ].sort((a, b) => a.match.index - b.match.index);
  const sides = judged.map(({ match, positive }) => {
    const subject = subjectBefore(sentence, match.index) ?? (named.size === 1 ? [...named][0]! : implied);
    return subject && { favors: positive ? subject : other(subject), words: match[0] };
  });
  // "Go is simpler, Rust is faster" favours each side in turn: not plain.
  const first = sides[0];
  if (!first || sides.some((side) => side?.favors !== first.favors)) return undefined;
  return first;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word or phrase as a pattern: whole words, case-insensitive, a trailing `*` matching any ending. */
function keywordPattern(keyword: string): RegExp {
  const stem = keyword.endsWith('*') ? `${escape(keyword.slice(0, -1))}\\w*` : escape(keyword);
  return new RegExp(`\\b${stem}\\b`, 'i');
}

const patterns = new Map<string, RegExp>();
const matches = (keyword: string, text: string) => {
  let pattern = patterns.get(keyword);
  if (!pattern) patterns.set(keyword, (pattern = keywordPattern(keyword)));
  return pattern.test(text);
};

// A phrase ("time to market") says more than a word ("fast"), and the sentence more than its headings.
const PHRASE_WEIGHT = 3;
const WORD_WEIGHT = 2;
const HEADING_WEIGHT = 1;

/**
 * How much each keyword says in one article: a word found in most of its sentences ("backend" in
 * an article about backends) says little, a rare one much, as in tf-idf. 1 for a word found in
 * every sentence or none, more the rarer it is.
 */
function keywordRarity(sentences: readonly string[], topics: readonly TopicWords[]): Map<string, number> {
  const rarity = new Map<string, number>();
  for (const keyword of topics.flatMap((topic) => topic.keywords ?? [])) {
    if (rarity.has(keyword)) continue;
    const found = sentences.filter((sentence) => matches(keyword, sentence)).length;
    rarity.set(keyword, found === 0 ? 1 : 1 + Math.log(sentences.length / found));
  }
  return rarity;
}

/**
 * The topic whose words weigh most in the sentence and, less, in the headings above it (the
 * earlier topic on a tie), and the words that chose it. `rarity` (see keywordRarity) weighs
 * each word by how rare it is in the article.
 */
export function guessTopic(
  sentence: string,
  topics: readonly TopicWords[],
  headings: readonly string[] = [],
  rarity: ReadonlyMap<string, number> = new Map(),
): { topic: string; words: string[] } | undefined {
  const heading = headings.join(' · ');
  let best: { topic: string; words: string[]; score: number } | undefined;
  for (const topic of topics) {
    let score = 0;
    const words: string[] = [];
    for (const keyword of topic.keywords ?? []) {
      const weight = rarity.get(keyword) ?? 1;
      if (matches(keyword, sentence)) {
        score += (/\s|-/.test(keyword) ? PHRASE_WEIGHT : WORD_WEIGHT) * weight;
        words.push(keyword);
      } else if (heading && matches(keyword, heading)) {
        score += HEADING_WEIGHT * weight;
        words.push(`${keyword} (heading)`);
      }
    }
    if (score > (best?.score ?? 0)) best = { topic: topic.id, words, score };
  }
  return best && { topic: best.topic, words: best.words };
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)*)`;
const RANGE = new RegExp(
  String.raw`${NUMBER}(?:\s*(?:[–—-]|to)\s*${NUMBER})?\s*(%|percent|×|x\b|times\b|\+?\s*[a-zA-Z]+(?:\/[a-zA-Z]+)?)`,
  'g',
);
const DOLLARS = new RegExp(
  String.raw`\$\s?${NUMBER}(?:\s*(?:[–—-]|to)\s*\$?\s?${NUMBER})?\s*(?:\/|per\s+)(month|mo)\b`,
  'i',
);

const toNumber = (text: string) => Number(text.replace(/,/g, ''));

/** The unit as a metric writes it, or undefined. */
function unitOf(written: string, metrics: readonly MetricWords[]): string | undefined {
  const word = written.replace(/^\+?\s*/, '').toLowerCase();
  if (word === '%' || word === 'percent') return '%';
  if (word === '×' || word === 'x' || word === 'times') return '×';
  const singular = (unit: string) => unit.replace(/s$/, '');
  return metrics.find((metric) => singular(metric.unit.toLowerCase()) === singular(word))?.unit;
}

/** Of the metrics in `unit`, the one whose title shares the most words with the sentence. */
function metricFor(sentence: string, unit: string, metrics: readonly MetricWords[]): MetricWords | undefined {
  const words = new Set(sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  let best: { metric: MetricWords; score: number } | undefined;
  for (const metric of metrics.filter((candidate) => candidate.unit === unit)) {
    const score = (metric.title.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter(
      (word) => words.has(word) || words.has(`${word}s`),
    ).length;
    if (!best || score > best.score) best = { metric, score };
  }
  return best?.metric;
}

/** The first number the sentence states in a metric's unit, as a figure; undefined when none does. */
export function guessFigure(sentence: string, metrics: readonly MetricWords[]): CandidateFigure | undefined {
  const dollars = DOLLARS.exec(sentence);
  const found: Array<{ min: number; max?: number; unit: string; index: number }> = [];
  if (dollars) {
    const unit = metrics.find((metric) => metric.unit === 'USD/month')?.unit;
    if (unit)
      found.push({
        min: toNumber(dollars[1]!),
        ...(dollars[2] ? { max: toNumber(dollars[2]) } : {}),
        unit,
        index: dollars.index,
      });
  }
  for (const match of sentence.matchAll(RANGE)) {
    const unit = unitOf(match[3]!, metrics);
    if (unit)
      found.push({
        min: toNumber(match[1]!),
        ...(match[2] ? { max: toNumber(match[2]) } : {}),
        unit,
        index: match.index,
      });
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  if (!first || (first.max !== undefined && first.max < first.min)) return undefined;
  const metric = metricFor(sentence, first.unit, metrics);
  if (!metric) return undefined;
  const subject = metric.id.startsWith('rust-')
    ? 'rust'
    : (subjectBefore(sentence, first.index) ?? (/\bRust\b/.test(sentence) ? 'rust' : 'go'));
  return {
    metric: metric.id,
    subject,
    min: first.min,
    ...(first.max !== undefined ? { max: first.max } : {}),
    unit: first.unit,
  };
}

const MIN_WORDS = 4;
// A list item is often a fragment that is still a position: "Prevents data races".
const MIN_LIST_WORDS = 2;
const MAX_WORDS = 70;

/**
 * Whether a sentence reads as a position on Go or Rust: it names one (or sits under a heading
 * that does) and compares, judges or gives a number.
 */
function isPosition(
  sentence: string,
  context: { implied?: 'go' | 'rust' | undefined; listItem?: boolean; judged?: boolean } = {},
): boolean {
  const words = sentence.split(/\s+/).length;
  if (words < (context.listItem ? MIN_LIST_WORDS : MIN_WORDS) || words > MAX_WORDS || sentence.endsWith('?'))
    return false;
  const named = languagesIn(sentence);
  if (named.size === 0 && !context.implied) return false;
  return named.size === 2 || Boolean(context.judged) || JUDGEMENT.test(sentence) || FIGURE.test(sentence);
}

/** What the suggester knows of the site's vocabulary, and what the source already quotes. */
export interface SuggestOptions {
  topics: readonly TopicWords[];
  metrics: readonly MetricWords[];
  /** The use cases of content/use-cases.yaml, to guess a recommendation's; without them none is guessed. */
  useCases?: readonly UseCaseWords[];
  /** Quotes the source already has (claims, verdict, recommendations, FAQs): never proposed again. */
  quoted?: readonly string[];
}

/** What the suggester proposes for a body: claims and recommendations, each in body order. */
export interface Suggestions {
  claims: Candidate[];
  recommendations: RecommendationCandidate[];
}

/**
 * Candidate claims and recommendations for a body, in body order: one per sentence that takes a
 * position or gives advice, skipping sentences an existing quote already covers. A list item takes
 * its language and judgement from its lead-in ("**Go excels at:**", "### Choose Rust if"), and an
 * item or sentence that advises choosing a language is a recommendation rather than a claim.
 * Every quote is a sentence of the body's plain text, so it passes the verbatim rule as written.
 */
export function suggest(tree: Root, options: SuggestOptions): Suggestions {
  const quoted = (options.quoted ?? []).map(normaliseText).filter(Boolean);
  const claims: Candidate[] = [];
  const recommendations: RecommendationCandidate[] = [];
  const seen = new Set<string>();
  const sentences = bodySentences(tree);
  const rarity = keywordRarity(
    sentences.map((sentence) => sentence.text),
    options.topics,
  );
  for (const { text, line, headings, listItem, lead: leadText } of sentences) {
    const fromHeadings = headingLanguage(headings);
    const lead = leadText ? readLead(leadText, fromHeadings) : undefined;
    const implied = lead?.language ?? fromHeadings;
    const advice =
      lead?.kind === 'advice' && !DEPENDS.test(text)
        ? { language: lead.language, words: lead.words }
        : adviceIn(text, implied);
    // "Use Go when:" introduces advice; its items are the advice.
    const position = advice
      ? text.split(/\s+/).length <= MAX_WORDS && !/[?:]$/.test(text)
      : isPosition(text, { implied, listItem, judged: lead?.kind === 'praise' });
    if (!position) continue;
    const normalised = normaliseText(text);
    if (seen.has(normalised) || quoted.some((quote) => quote.includes(normalised) || normalised.includes(quote)))
      continue;
    seen.add(normalised);
    const topic = guessTopic(text, options.topics, headings, rarity);
    if (advice) {
      const useCase = guessUseCase(text, options.useCases ?? []);
      recommendations.push({
        side: advice.language,
        sideWords: advice.words,
        quote: text,
        line,
        ...(topic ? { topic: topic.topic } : {}),
        topicWords: topic?.words ?? [],
        ...(useCase ? { useCase: useCase.useCase } : {}),
        useCaseWords: useCase?.words ?? [],
      });
      continue;
    }
    const stance =
      guessStance(text, implied) ??
      (lead?.kind === 'praise' ? { favors: lead.language, words: lead.words } : undefined);
    const figure = guessFigure(text, options.metrics);
    claims.push({
      quote: text,
      line,
      ...(topic ? { topic: topic.topic } : {}),
      topicWords: topic?.words ?? [],
      ...(stance ? { favors: stance.favors, favorsWords: stance.words } : {}),
      ...(figure ? { figure } : {}),
    });
  }
  return { claims, recommendations };
}

/** Candidate claims for a body (see suggest). */
export function suggestClaims(tree: Root, options: SuggestOptions): Candidate[] {
  return suggest(tree, options).claims;
}

// Lead-ins and advice: what a list's lead-in ("**Go excels at:**", "### Choose Rust if") says of
// the items under it, and "choose X if…" / "ideal for…" passages as candidate recommendations,
// each with the use case its words are nearest to. Guesses only, for an editor to confirm.

/** A use case as the suggester reads it. */
export interface UseCaseWords {
  id: string;
  title: string;
  description: string;
}

/** What a lead-in says of the list items under it. */
export interface Lead {
  language: 'go' | 'rust';
  /** advice: the items are situations to choose the language in; praise: they are its strengths. */
  kind: 'advice' | 'praise';
  /** The judgement words that said so. */
  words: string;
}

const NAME = String.raw`(Go|Golang|Rust)`;
const languageOf = (name: string): 'go' | 'rust' => (name === 'Rust' ? 'rust' : 'go');

// "Choose Go if", "Use Rust when", "Who should choose Go", "Rust is preferred when", "Where Rust
// excels" (places, so situations), "Go is ideal for", "best for".
const ADVICE_LEADS = [
  new RegExp(String.raw`\b(?:choose|use|pick|reach for|go with|consider)\s+${NAME}\b`, 'i'),
  new RegExp(
    String.raw`\b${NAME}\s+(?:is\s+)?(?:preferred|(?:the\s+)?(?:ideal|best|better|right)(?:\s+choice)?|(?:well\s+)?suited|perfect|great)\s+(?:for|when|if)\b`,
    'i',
  ),
  new RegExp(String.raw`\bwhere\s+${NAME}\s+(?:excels|wins|shines|fits)\b`, 'i'),
  new RegExp(String.raw`\b(?:when|who should)\s+(?:to\s+)?(?:choose|use|pick)\s+${NAME}\b`, 'i'),
];
// "Go excels at:", "Key strengths" (under a heading naming Rust), "Why choose Go", "Rust's advantages".
const PRAISE_LEAD =
  /\b(?:excels?(?:\s+(?:at|in))?|strengths?|advantages?|benefits|pros|shines?|wins|why\s+(?:choose|use|pick))\b/i;

/** The single language a text names, if it names exactly one. */
function onlyLanguage(text: string): 'go' | 'rust' | undefined {
  const named = new Set([...text.matchAll(new RegExp(String.raw`\b${NAME}\b`, 'g'))].map((m) => languageOf(m[1]!)));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * What a list's lead-in says of its items: the language it names (or, when it names none, the one
 * its headings name) and whether it introduces advice or strengths. Undefined when it says neither.
 */
export function readLead(lead: string, headingLanguage?: 'go' | 'rust'): Lead | undefined {
  // "Why choose Go?" gives reasons, not situations.
  const reasons = /\bwhy\s+(?:choose|use|pick)\b/i.test(lead);
  for (const pattern of reasons ? [] : ADVICE_LEADS) {
    const match = pattern.exec(lead);
    if (match) return { language: languageOf(match[1]!), kind: 'advice', words: match[0] };
  }
  const praise = PRAISE_LEAD.exec(lead);
  const language = onlyLanguage(lead) ?? headingLanguage;
  if (praise && language) return { language, kind: 'praise', words: praise[0] };
  return undefined;
}

// A passage that is itself advice: "Choose Go for scalable APIs.", "Use Rust when latency
// matters", "Ideal for microservices" (of the language a lead-in or heading names).
const ADVICE_SENTENCE = new RegExp(
  String.raw`^(?:choose|use|pick)\s+${NAME}\s+(?:for|if|when)\b|\b${NAME}\s+is\s+(?:the\s+)?(?:ideal|best|perfect|well[-\s]suited)\s+(?:choice\s+)?for\b`,
  'i',
);
const ADVICE_ITEM = /^(?:ideal|best|great|perfect|excellent|well[-\s]suited|suited)\s+for\b/i;

/**
 * The language a passage advises choosing, with the words that say so: from the passage itself
 * ("Choose Go for…") or, for an "Ideal for…" fragment, from the language it is said of.
 */
export function adviceIn(
  text: string,
  implied?: 'go' | 'rust',
): { language: 'go' | 'rust'; words: string } | undefined {
  const own = ADVICE_SENTENCE.exec(text);
  if (own) return { language: languageOf((own[1] ?? own[2])!), words: own[0] };
  const item = ADVICE_ITEM.exec(text);
  if (item && implied && !onlyLanguage(text)) return { language: implied, words: item[0] };
  return undefined;
}

// Words that say nothing about which use case a passage is.
const STOP = new Set(
  'such that with what whom where other advice from come first than into over their them more most like language languages which when your you need needs building build using have has want they this those these must stay very also only often'.split(
    ' ',
  ),
);

/** A word cut to a stem short enough that "systems" meets "system" and "security" meets "secure". */
const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word.replace(/s$/, ''));

const stems = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[a-z]{3,}/g) ?? [])
      .filter((word) => word.length >= 3 && !STOP.has(word) && word !== 'and' && word !== 'the' && word !== 'for')
      .map(stem),
  );

/** Below this a use case's words are too few, or too common among use cases, to name it. */
const MIN_USE_CASE_SCORE = 1.5;

/**
 * The use case whose title and description share the rarest words with the passage (the earlier
 * one on a tie), with the words; undefined when none shares enough.
 */
export function guessUseCase(
  text: string,
  useCases: readonly UseCaseWords[],
): { useCase: string; words: string[] } | undefined {
  const vocabularies = useCases.map((useCase) => ({
    useCase,
    stems: stems(`${useCase.title} ${useCase.description}`),
  }));
  const rarity = (word: string) =>
    Math.log(useCases.length / vocabularies.filter((entry) => entry.stems.has(word)).length);
  const words = (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !STOP.has(word));
  let best: { useCase: string; words: string[]; score: number } | undefined;
  for (const entry of vocabularies) {
    const shared = [...new Set(words.filter((word) => entry.stems.has(stem(word))))];
    const score = shared.reduce((sum, word) => sum + rarity(stem(word)), 0);
    if (score > (best?.score ?? 0)) best = { useCase: entry.useCase.id, words: shared, score };
  }
  return best && best.score >= MIN_USE_CASE_SCORE ? { useCase: best.useCase, words: best.words } : undefined;
}

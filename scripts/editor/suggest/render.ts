// Candidate claims as commented-out YAML under `claims:`, where an editor reviews them: nothing
// commented is read by the check or published, and accepting one is deleting its "# ".
import { createHash } from 'node:crypto';
import { yamlString } from '../scaffold.ts';
import type { Candidate, RecommendationCandidate } from './candidates.ts';

/** The first and last lines of a block of candidates: `npm run suggest` replaces what lies between. */
export const CANDIDATES_START = '  # ── Candidate claims, proposed by npm run suggest. Nothing here is published. ──';
export const CANDIDATES_END = '  # ── End of candidate claims. ──';

const HOW_TO_ACCEPT = [
  '  # To accept some: npm run suggest -- <source> --accept c1=my-claim-id,c4 (an id for a claim',
  '  # or a generated one; recommendations take none). Edit a candidate here first if you like:',
  '  # it is accepted as you wrote it. Or by hand: delete the "# " before each of a claim’s lines.',
  '  # Then check topic, favors and useCase, and write statement and text in our own neutral words.',
];

/** The line that starts each candidate: its label, what it is, and a digest of its lines as proposed. */
export const CANDIDATE_HEADER = /^ {2}# (c\d+) · (claim|recommendation for (go|rust)) · proposed ([0-9a-f]{8})$/;

/** A digest of a candidate's lines: differs once an editor has changed any of them. */
export const digest = (lines: readonly string[]) =>
  createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 8);

const withHeader = (label: string, what: string, lines: string[]) => [
  `  # ${label} · ${what} · proposed ${digest(lines)}`,
  ...lines,
];

/** A commented YAML line, with a trailing comment saying where a guess came from. */
const commented = (text: string, why?: string) => `  # ${text}${why ? `   # ${why}` : ''}`;

/** One candidate as commented YAML list item lines. */
function candidateLines(candidate: Candidate, index: number): string[] {
  const { figure } = candidate;
  const figureText = figure
    ? `{ metric: ${figure.metric}, subject: ${figure.subject}, min: ${figure.min}${figure.max !== undefined ? `, max: ${figure.max}` : ''}, unit: ${yamlString(figure.unit)} }`
    : undefined;
  return [
    commented(`- id: candidate-${index + 1}`),
    commented(
      `  topic: ${candidate.topic ?? 'todo'}`,
      candidate.topic
        ? `guessed from: ${candidate.topicWords.join(', ')}`
        : 'no topic’s words found: choose one from content/topics.yaml',
    ),
    commented(
      `  favors: ${candidate.favors ?? 'todo'}`,
      candidate.favors ? `guessed from: "${candidate.favorsWords}"` : 'go | rust | tie | depends: read the quote',
    ),
    commented('  statement: ""', 'the claim in our own neutral words'),
    commented(`  quote: ${yamlString(candidate.quote)}`),
    ...(figureText
      ? [commented('  figures:'), commented(`    - ${figureText}`, 'guessed: check the metric and the subject')]
      : []),
  ];
}

/** One recommendation candidate as commented YAML, indented as an item of recommendations.go or .rust. */
function recommendationLines(candidate: RecommendationCandidate): string[] {
  return [
    commented('  - text: ""', `the situation in our own words (the source: "${candidate.sideWords}")`),
    commented(`    quote: ${yamlString(candidate.quote)}`),
    ...(candidate.topic
      ? [commented(`    topic: ${candidate.topic}`, `guessed from: ${candidate.topicWords.join(', ')}`)]
      : []),
    commented(
      `    useCase: ${candidate.useCase ?? 'todo'}`,
      candidate.useCase
        ? `guessed from: ${candidate.useCaseWords.join(', ')}`
        : 'no use case’s words are near: choose one from content/use-cases.yaml',
    ),
  ];
}

/**
 * The block of candidates, with how to accept them; no lines when there are none. Labels start
 * after `firstLabel` - 1 and skip `taken`, so candidates kept from an earlier run keep theirs.
 */
export function renderCandidates(
  candidates: readonly Candidate[],
  recommendations: readonly RecommendationCandidate[] = [],
  kept: readonly string[] = [],
  taken: ReadonlySet<string> = new Set(),
): string[] {
  if (candidates.length + recommendations.length + kept.length === 0) return [];
  let next = 1;
  const label = () => {
    while (taken.has(`c${next}`)) next += 1;
    return `c${next++}`;
  };
  return [
    CANDIDATES_START,
    ...HOW_TO_ACCEPT,
    ...kept,
    ...candidates.flatMap((candidate, index) => withHeader(label(), 'claim', candidateLines(candidate, index))),
    ...recommendations.flatMap((candidate) =>
      withHeader(label(), `recommendation for ${candidate.side}`, recommendationLines(candidate)),
    ),
    CANDIDATES_END,
  ];
}

/**
 * A source file with its block of candidates replaced by `block`: put at the end of the `claims:`
 * list (before the next top-level field of the front matter) when the file has none yet. Undefined
 * when the file has no front matter or no `claims:` field to put them under.
 */
export function withCandidates(file: string, block: readonly string[]): string | undefined {
  const lines = file.split('\n');
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end < 0) return undefined;
  const start = lines.indexOf(CANDIDATES_START);
  const stop = lines.indexOf(CANDIDATES_END);
  if (start > 0 && stop > start && stop < end) {
    lines.splice(start, stop - start + 1, ...block);
    return lines.join('\n');
  }
  const claims = lines.findIndex((line, index) => index < end && /^claims:/.test(line));
  if (claims < 0) return undefined;
  let after = claims + 1;
  while (after < end && !/^[A-Za-z_]/.test(lines[after]!)) after += 1;
  // Blank lines before the next field stay with it.
  while (after - 1 > claims && /^\s*$/.test(lines[after - 1]!)) after -= 1;
  lines.splice(after, 0, ...block);
  return lines.join('\n');
}

// Candidate claims as commented-out YAML under `claims:`, where an editor reviews them: nothing
// commented is read by the check or published, and accepting one is deleting its "# ".
import { yamlString } from '../scaffold.ts';
import type { Candidate } from './candidates.ts';

/** The first and last lines of a block of candidates: `npm run suggest` replaces what lies between. */
export const CANDIDATES_START = '  # ── Candidate claims, proposed by npm run suggest. Nothing here is published. ──';
export const CANDIDATES_END = '  # ── End of candidate claims. ──';

const HOW_TO_ACCEPT = [
  '  # To accept one: delete the "# " at the start of each of its lines (and the [] after',
  '  # `claims:` if it is there), give it an id, check topic and favors against the quote,',
  '  # and write the statement in our own neutral words. Delete the candidates you reject.',
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

/** The block of candidates, with how to accept one; no lines when there are none. */
export function renderCandidates(candidates: readonly Candidate[]): string[] {
  if (candidates.length === 0) return [];
  return [CANDIDATES_START, ...HOW_TO_ACCEPT, ...candidates.flatMap(candidateLines), CANDIDATES_END];
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

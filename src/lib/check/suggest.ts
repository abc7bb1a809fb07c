import { distance } from 'fastest-levenshtein';

/** The known value nearest to `input`, when it is near enough to be a plausible typo. */
export function nearest(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** "Did you mean …?" plus the list of known values, as a hint line. */
export function unknownIdHint(input: string, known: readonly string[], what: string): string {
  const unique = [...new Set(known)];
  const match = nearest(input, unique);
  const list = `Known ${what}: ${unique.join(', ')}.`;
  return match ? `Did you mean "${match}"? ${list}` : list;
}

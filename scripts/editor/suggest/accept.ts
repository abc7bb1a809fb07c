// Accepting candidates: moving the chosen ones out of the commented block into `claims:` or
// `recommendations.go|rust:`, as the editor left them, and keeping every other line of the file.
import { CANDIDATE_HEADER, CANDIDATES_END, CANDIDATES_START, digest } from './render.ts';

/** One candidate of the block as it stands in the file. */
export interface WrittenCandidate {
  label: string;
  kind: 'claim' | 'recommendation';
  side?: 'go' | 'rust';
  /** Its header line and its commented lines, as written. */
  header: string;
  lines: string[];
  /** Whether its lines differ from what the suggester proposed. */
  edited: boolean;
}

/** The block's place in the file's lines and its candidates; undefined when there is no block. */
export function readBlock(
  lines: readonly string[],
): { start: number; stop: number; candidates: WrittenCandidate[] } | undefined {
  const end = lines.indexOf('---', 1);
  const start = lines.indexOf(CANDIDATES_START);
  const stop = lines.indexOf(CANDIDATES_END);
  if (lines[0] !== '---' || start < 0 || stop < start || stop > end) return undefined;
  const candidates: WrittenCandidate[] = [];
  const proposed: string[] = [];
  for (let index = start + 1; index < stop; index += 1) {
    const header = CANDIDATE_HEADER.exec(lines[index]!);
    if (header) {
      candidates.push({
        label: header[1]!,
        kind: header[3] ? 'recommendation' : 'claim',
        ...(header[3] ? { side: header[3] as 'go' | 'rust' } : {}),
        header: lines[index]!,
        lines: [],
        edited: false,
      });
      proposed.push(header[4]!);
    } else if (candidates.length) candidates.at(-1)!.lines.push(lines[index]!);
  }
  candidates.forEach((candidate, index) => (candidate.edited = digest(candidate.lines) !== proposed[index]));
  return { start, stop, candidates };
}

/** What to accept: a candidate's label and, for a claim, the id to give it. */
export interface Acceptance {
  label: string;
  id?: string;
}

/** Reads `c3=go-easy-to-learn,c5`. */
export function parseAcceptances(text: string): Acceptance[] | string {
  const acceptances: Acceptance[] = [];
  for (const part of text.split(',').map((item) => item.trim())) {
    const match = /^(c\d+)(?:=([a-z0-9]+(?:-[a-z0-9]+)*))?$/.exec(part);
    if (!match) return `"${part}" is not a candidate to accept: write c3 or c3=my-claim-id (a kebab-case id)`;
    acceptances.push({ label: match[1]!, ...(match[2] ? { id: match[2] } : {}) });
  }
  return acceptances;
}

const PLACEHOLDER_ID = /^candidate-\d+$/;

/** An id from the claim's side and the first words of its quote, unique among `taken`. */
function generatedId(lines: readonly string[], taken: Set<string>): string {
  const favors = /^ {4}favors: (go|rust|tie|depends)\b/m.exec(lines.join('\n'))?.[1];
  const quote = /^ {4}quote: (".*")/m.exec(lines.join('\n'))?.[1];
  let text: string;
  try {
    text = quote ? String(JSON.parse(quote)) : '';
  } catch {
    text = quote ?? '';
  }
  const words = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 2).slice(0, 4);
  const base = [favors && favors !== 'depends' && favors !== 'tie' ? favors : 'claim', ...words].join('-');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The outcome of accepting: the new file, and what happened to each candidate. */
export type AcceptOutcome =
  | { ok: true; file: string; accepted: Array<{ label: string; as: string; edited: boolean }>; left: number }
  | { ok: false; message: string };

/** Where a top-level field's lines end: before the next top-level field, blank lines staying with it. */
function fieldEnd(lines: readonly string[], field: number, end: number): number {
  let after = field + 1;
  while (after < end && !/^[A-Za-z_]/.test(lines[after]!)) after += 1;
  while (after - 1 > field && /^\s*$/.test(lines[after - 1]!)) after -= 1;
  return after;
}

/**
 * The file with the accepted candidates moved, uncommented, into `claims:` (claims, with their
 * id) and `recommendations.go|rust:`; every other line kept as it was. `existingIds`: the claim ids
 * the source already has, so a generated id is unique.
 */
export function acceptCandidates(
  file: string,
  acceptances: readonly Acceptance[],
  existingIds: readonly string[],
): AcceptOutcome {
  const lines = file.split('\n');
  const block = readBlock(lines);
  if (!block) return { ok: false, message: 'it has no candidates: run npm run suggest -- <source> first' };
  const byLabel = new Map(block.candidates.map((candidate) => [candidate.label, candidate]));
  const taken = new Set(existingIds);
  const claims: string[] = [];
  const recommendations = { go: [] as string[], rust: [] as string[] };
  const accepted: Array<{ label: string; as: string; edited: boolean }> = [];
  for (const { label, id } of acceptances) {
    const candidate = byLabel.get(label);
    if (!candidate)
      return {
        ok: false,
        message: `there is no candidate ${label}: its candidates are ${block.candidates.map((c) => c.label).join(', ') || 'none'}`,
      };
    if (accepted.some((entry) => entry.label === label)) return { ok: false, message: `${label} is given twice` };
    const uncommented = candidate.lines.map((line) => line.replace(/^ {2}# ?/, '  '));
    if (candidate.kind === 'recommendation') {
      if (id)
        return {
          ok: false,
          message: `${label} is a recommendation, and recommendations have no id: accept it as ${label}`,
        };
      recommendations[candidate.side!].push(...uncommented);
      accepted.push({ label, as: `a recommendation for ${candidate.side}`, edited: candidate.edited });
      continue;
    }
    const idLine = uncommented.findIndex((line) => /^ {2}- id:/.test(line));
    const written = idLine < 0 ? undefined : uncommented[idLine]!.replace(/^ {2}- id:\s*/, '').replace(/\s+#.*$/, '');
    if (written === undefined)
      return { ok: false, message: `${label} has no "- id:" line: put it back or accept it by hand` };
    let chosen = written;
    if (!PLACEHOLDER_ID.test(written)) {
      if (id && id !== written)
        return {
          ok: false,
          message: `${label} already has the id ${written} in the file: accept it as ${label} or ${label}=${written}`,
        };
    } else chosen = id ?? generatedId(uncommented, taken);
    if (taken.has(chosen) && chosen !== written)
      return { ok: false, message: `the source already has a claim ${chosen}` };
    taken.add(chosen);
    uncommented[idLine] = `  - id: ${chosen}`;
    claims.push(...uncommented);
    accepted.push({ label, as: `claim ${chosen}`, edited: candidate.edited });
  }
  const chosenLabels = new Set(accepted.map((entry) => entry.label));
  const left = block.candidates.filter((candidate) => !chosenLabels.has(candidate.label));
  const blockLines = lines.slice(block.start, block.stop + 1);
  const kept = left.length
    ? blockLines.filter((_line, index) => {
        // Drop the lines of accepted candidates: from their header to the next header or the end.
        let owner: WrittenCandidate | undefined;
        for (let back = index; back >= 0; back -= 1) {
          const header = CANDIDATE_HEADER.exec(blockLines[back]!);
          if (header) {
            owner = byLabel.get(header[1]!);
            break;
          }
        }
        return index === blockLines.length - 1 || !owner || !chosenLabels.has(owner.label);
      })
    : [];
  // Claims go where the block stands, at the end of the claims: list; the block follows them.
  lines.splice(block.start, block.stop - block.start + 1, ...claims, ...kept);
  let end = lines.indexOf('---', 1);
  if (claims.length) {
    const field = lines.findIndex((line, index) => index < end && /^claims:/.test(line));
    lines[field] = lines[field]!.replace(/^claims:\s*\[\]/, 'claims:');
  }
  for (const side of ['go', 'rust'] as const) {
    const items = recommendations[side];
    if (!items.length) continue;
    end = lines.indexOf('---', 1);
    let field = lines.findIndex((line, index) => index < end && /^recommendations:/.test(line));
    if (field < 0) {
      const before = lines.findIndex((line, index) => index < end && /^claims:/.test(line));
      lines.splice(before, 0, 'recommendations:');
      field = before;
    } else if (!/^recommendations:\s*(?:#.*)?$/.test(lines[field]!))
      return {
        ok: false,
        message:
          'its recommendations: field is written on one line: write it as a block (go: and rust: on lines of their own) first',
      };
    const fieldStop = fieldEnd(lines, field, lines.indexOf('---', 1));
    let list = lines.findIndex(
      (line, index) => index > field && index < fieldStop && new RegExp(`^ {2}${side}:`).test(line),
    );
    if (list < 0) {
      lines.splice(fieldStop, 0, `  ${side}:`);
      list = fieldStop;
    } else lines[list] = lines[list]!.replace(new RegExp(`^ {2}${side}:\\s*\\[\\]`), `  ${side}:`);
    if (!new RegExp(`^ {2}${side}:\\s*(?:#.*)?$`).test(lines[list]!))
      return {
        ok: false,
        message: `its recommendations.${side}: list is written on one line: write one item a line first`,
      };
    let after = list + 1;
    while (after < lines.indexOf('---', 1) && (/^ {3,}\S/.test(lines[after]!) || /^ {4}/.test(lines[after]!)))
      after += 1;
    lines.splice(after, 0, ...items);
  }
  return { ok: true, file: lines.join('\n'), accepted, left: left.length };
}

import type { Problem } from '../problems.ts';
import { sourceProblem, type Rule } from './rule.ts';

/** The indexes at which each id occurs, for ids that occur more than once. */
function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => seen.set(id, [...(seen.get(id) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** Integrity rule 2: claim and table ids are unique in a source; topic and metric ids are unique. */
export const uniqueIdsRule: Rule = {
  name: 'unique-ids',
  description: 'Claim ids and table ids are unique within a source (they become page anchors); topic and metric ids are unique.',
  run({ sources, raw, topics, metrics }) {
    const problems: Problem[] = [];
    for (const { raw: source, data } of sources) {
      for (const [field, ids] of [
        ['claims', data.claims.map((claim) => claim.id)],
        ['tables', data.tables.map((table) => table.id)],
      ] as const) {
        for (const [id, indexes] of duplicates(ids)) {
          for (const index of indexes.slice(1)) {
            problems.push(
              sourceProblem(
                'unique-ids',
                source,
                [field, index, 'id'],
                `duplicate id "${id}": ${field}[${indexes[0]}] already uses it`,
                `Ids become anchors (#${field === 'claims' ? 'claim' : 'table'}-${id}) and must be unique in the file: rename this one, e.g. "${id}-2".`,
              ),
            );
          }
        }
      }
    }
    for (const [file, entries] of [
      [raw.topics, topics],
      [raw.metrics, metrics],
    ] as const) {
      for (const [id, indexes] of duplicates(entries.map((entry) => entry.id))) {
        for (const index of indexes.slice(1)) {
          const line = file.lineOf([index, 'id']);
          problems.push({
            rule: 'unique-ids',
            severity: 'error',
            file: file.file,
            path: `[${index}].id`,
            message: `duplicate id "${id}": entry [${indexes[0]}] already uses it`,
            hint: 'Merge the two entries or rename one (and the references to it).',
            ...(line === undefined ? {} : { line }),
          });
        }
      }
    }
    return problems;
  },
};

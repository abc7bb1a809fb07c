import { defineRule } from './define-rule.ts';

/** The indexes at which each id occurs, for ids that occur more than once. */
function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => seen.set(id, [...(seen.get(id) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** Integrity rule 2: claim and table ids are unique in a source; topic and metric ids are unique. */
export const uniqueIdsRule = defineRule(
  { name: 'unique-ids', description: 'Claim ids and table ids are unique within a source (they become page anchors); topic and metric ids are unique.' },
  ({ sources, raw, topics, metrics, each }, report) => {
    for (const { raw: source, data } of each(sources)) {
      for (const [field, ids] of [
        ['claims', data.claims.map((claim) => claim.id)],
        ['tables', data.tables.map((table) => table.id)],
      ] as const) {
        for (const [id, indexes] of duplicates(ids)) {
          for (const index of indexes.slice(1)) {
            report({
              at: source,
              path: [field, index, 'id'],
              message: `duplicate id "${id}": ${field}[${indexes[0]}] already uses it`,
              hint: `Ids become anchors (#${field === 'claims' ? 'claim' : 'table'}-${id}) and must be unique in the file: rename this one, e.g. "${id}-2".`,
            });
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
          report({ at: file, path: [index, 'id'], message: `duplicate id "${id}": entry [${indexes[0]}] already uses it`, hint: 'Merge the two entries or rename one (and the references to it).' });
        }
      }
    }
  },
);

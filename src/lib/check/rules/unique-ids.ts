import { isRecommendationKey, recommendationKey } from '../../site/urls.ts';
import { VOCABULARIES, VOCABULARY_KEYS } from '../vocabularies.ts';
import { defineRule } from './define-rule.ts';

/** The indexes at which each id occurs, for ids that occur more than once. */
function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => seen.set(id, [...(seen.get(id) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** Claim and table ids are unique in a source; each vocabulary's ids are unique (`VOCABULARIES[…].uniqueIds`). */
export const uniqueIdsRule = defineRule(
  {
    name: 'unique-ids',
    description:
      'Claim ids and table ids are unique within a source (they become page anchors), and no claim id takes the form rec-<go|rust>-<n>, the anchor of a recommendation’s passage; the ids of topics, metrics, use cases, questions and cases are each unique in their file.',
  },
  (context, report) => {
    const { sources, content, each } = context;
    for (const { parsed: source, data } of each(sources)) {
      data.claims.forEach((claim, c) => {
        if (!claim || !isRecommendationKey(claim.id)) return;
        report({
          at: source,
          path: ['claims', c, 'id'],
          message: `the claim id "${claim.id}" is reserved: recommendations' passages are marked #passage-${recommendationKey('go', 0)}, #passage-${recommendationKey('rust', 0)}, …`,
          hint: `Rename the claim, e.g. "${claim.id.replace(/^rec-/, 'recommends-')}".`,
        });
      });
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
    for (const key of VOCABULARY_KEYS) {
      const vocabulary = VOCABULARIES[key];
      if (key === 'corrections' || !vocabulary.uniqueIds) continue;
      const file = content[key];
      const entries: ReadonlyArray<{ id: string }> = context[vocabulary.collection];
      for (const [id, indexes] of duplicates(entries.map((entry) => entry.id))) {
        for (const index of indexes.slice(1)) {
          report({
            at: file,
            path: [index, 'id'],
            message: `duplicate id "${id}": entry [${indexes[0]}] already uses it`,
            hint: 'Merge the two entries or rename one (and the references to it).',
          });
        }
      }
    }
  },
);

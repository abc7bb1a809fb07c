import type { Problem } from '../problems.ts';
import { sourceProblem, type Rule } from './rule.ts';

/**
 * A warning, not an error: a source whose comparison table names a winner on a topic usually
 * argues it in the text too, and the topic pages read better with that claim and its quote.
 */
export const tableCoverageRule: Rule = {
  name: 'table-coverage',
  description: 'Warns when a table row names a winner on a topic the source makes no claim about.',
  run({ sources, topics }) {
    const known = new Set(topics.map((topic) => topic.id));
    const problems: Problem[] = [];
    for (const { raw, data, partial } of sources) {
      if (partial) continue; // a claim on the topic may be among the parts that failed the schema
      const claimed = new Set(data.claims.map((claim) => claim.topic));
      const warned = new Set<string>();
      data.tables.forEach((table, t) =>
        table.rows.forEach((row, r) => {
          // An unknown topic (a draft's `todo`) is the references rule's to report, once.
          if (!row.winner || !known.has(row.topic) || claimed.has(row.topic) || warned.has(row.topic)) return;
          warned.add(row.topic);
          problems.push(
            sourceProblem(
              'table-coverage',
              raw,
              ['tables', t, 'rows', r, 'topic'],
              `the table names a winner on "${row.topic}" but no claim is about that topic`,
              'If the article argues the point in its text, add a claim with that passage; if only the table says it, this warning can stay.',
              'warning',
            ),
          );
        }),
      );
    }
    return problems;
  },
};

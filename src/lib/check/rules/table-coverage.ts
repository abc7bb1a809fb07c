import { defineRule } from './define-rule.ts';

/**
 * A warning, not an error: a source whose comparison table names a winner on a topic usually
 * argues it in the text too, and the topic pages read better with that claim and its quote.
 */
export const tableCoverageRule = defineRule(
  {
    name: 'table-coverage',
    scope: 'source',
    description: 'Warns when a table row names a winner on a topic the source makes no claim about.',
  },
  ({ parsed: raw, data, partial }, { topics }, report) => {
    if (partial) return; // a claim on the topic may be among the parts that failed the schema
    const known = new Set(topics.map((topic) => topic.id));
    const claimed = new Set(data.claims.map((claim) => claim.topic));
    const warned = new Set<string>();
    data.tables.forEach((table, t) =>
      table.rows.forEach((row, r) => {
        // An unknown topic (a draft's `todo`) is the references rule's to report, once.
        if (!row.winner || !known.has(row.topic) || claimed.has(row.topic) || warned.has(row.topic)) return;
        warned.add(row.topic);
        report({
          at: raw,
          path: ['tables', t, 'rows', r, 'topic'],
          message: `the table names a winner on "${row.topic}" but no claim is about that topic`,
          hint: 'If the article argues the point in its text, add a claim with that passage; if only the table says it, this warning can stay.',
          severity: 'warning',
        });
      }),
    );
  },
);

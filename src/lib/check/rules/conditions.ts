import {
  answerRestates,
  clashingConditions,
  claimVote,
  faqVote,
  rowRestates,
  rowVote,
  type Vote,
} from '../../rule-book.ts';
import { defineRule } from './define-rule.ts';

/** A condition belongs to a side: "it depends" names none, and one condition takes one side. */
export const conditionsRule = defineRule(
  {
    name: 'conditions',
    scope: 'source',
    description:
      'A `condition` is given only to a claim, table row or FAQ answer that takes a side (Go, Rust or tie), never to one that says “it depends”; and a source does not take two sides under the same condition on one topic (warning: it is counted as mixed).',
  },
  ({ parsed: raw, data }, _context, report) => {
    const saysDepends = (path: Array<string | number>, favors: string | undefined, condition: string | undefined) => {
      if (condition !== undefined && favors === 'depends')
        report({
          at: raw,
          path: [...path, 'condition'],
          message: `this says "it depends" and also names the condition "${condition}"`,
          hint: 'Give the condition to the claims that take a side under it (Go in the short term, Rust in the long term); a source whose sides differ only by their conditions is counted as "it depends".',
        });
    };
    data.claims.forEach((claim, i) => saysDepends(['claims', i], claim.favors, claim.condition));
    data.tables.forEach((table, t) =>
      table.rows.forEach((row, r) => saysDepends(['tables', t, 'rows', r], row.winner, row.condition)),
    );
    data.faqs.forEach((faq, i) => saysDepends(['faqs', i], faq.favors, faq.condition));
    const votes = new Map<string, Vote[]>();
    const add = (topic: string, vote: Vote | undefined) => {
      if (vote) votes.set(topic, [...(votes.get(topic) ?? []), vote]);
    };
    // forEach, not for…of: a salvaged source has holes where items failed their schema.
    data.claims.forEach((claim) => add(claim.topic, claimVote(claim)));
    data.tables.forEach((table) =>
      table.rows.forEach((row) => add(row.topic, rowVote(row, rowRestates(row, data.claims)))),
    );
    data.faqs.forEach((faq) => add(faq.topic, faqVote(faq, answerRestates(faq, data.claims))));
    for (const [topic, topicVotes] of votes) {
      let index = -1;
      data.claims.forEach((claim, i) => {
        if (index < 0 && claim.topic === topic && claim.condition !== undefined) index = i;
      });
      for (const condition of clashingConditions(topicVotes))
        report({
          at: raw,
          path: index >= 0 ? ['claims', index, 'condition'] : ['claims'],
          severity: 'warning',
          message: `on ${topic}, this source takes two sides under the same condition "${condition}", so it is counted as mixed`,
          hint: 'Check each condition against the article: if the sides hold under different conditions, name each one.',
        });
    }
  },
);

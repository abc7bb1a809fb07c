import { toDay } from '../../text/dates.ts';
import type { Problem } from '../problems.ts';
import { sourceProblem, type Rule } from './rule.ts';

/** Integrity rule 5: `updated` is not before `published`, and no date lies in the future. */
export const datesRule: Rule = {
  name: 'dates',
  description: 'updated is not before published, and neither lies in the future. (An impossible date such as 2026-02-30 is refused by the schema.)',
  run({ sources, today }) {
    const problems: Problem[] = [];
    for (const { raw, data } of sources) {
      const published = data.published && toDay(data.published);
      const updated = data.updated && toDay(data.updated);
      for (const [field, day] of [
        ['published', published],
        ['updated', updated],
      ] as const) {
        if (day && day > today) {
          problems.push(sourceProblem('dates', raw, [field], `${field} ${day} is in the future (today is ${today})`, 'Use the date the article itself shows.'));
        }
      }
      if (published && updated && updated < published) {
        problems.push(
          sourceProblem('dates', raw, ['updated'], `updated ${updated} is before published ${published}`, 'Swap the two dates, or correct the one you mistyped.'),
        );
      }
    }
    return problems;
  },
};

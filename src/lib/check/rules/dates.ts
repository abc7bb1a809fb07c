import { toDay } from '../../../schemas/day.ts';
import { defineRule } from './define-rule.ts';

/** `updated` is not before `published`, and no date lies in the future. */
export const datesRule = defineRule(
  {
    name: 'dates',
    scope: 'source',
    description:
      '`updated` is not before `published`, and neither lies in the future. (An impossible date such as 2026-02-30 is refused by the schema.)',
  },
  ({ parsed: raw, data }, { today }, report) => {
    const published = data.published && toDay(data.published);
    const updated = data.updated && toDay(data.updated);
    for (const [field, day] of [
      ['published', published],
      ['updated', updated],
    ] as const) {
      if (day && day > today)
        report({
          at: raw,
          path: [field],
          message: `${field} ${day} is in the future (today is ${today})`,
          hint: 'Use the date the article itself shows.',
        });
    }
    if (published && updated && updated < published) {
      report({
        at: raw,
        path: ['updated'],
        message: `updated ${updated} is before published ${published}`,
        hint: 'Swap the two dates, or correct the one you mistyped.',
      });
    }
  },
);

import { ratingBeyondEvidence } from '../../rule-book.ts';
import { defineRule } from './define-rule.ts';

/** A rating rests on what was read: accurate on an opened primary page, nothing on a second-hand report alone. */
export const accurateEvidenceRule = defineRule(
  {
    name: 'accurate-evidence',
    scope: 'source',
    description:
      'A fact-check rated accurate cites at least one primary page marked `opened` (the day it was read); a page that only reports someone else’s figures (`reports`) caps any rating at unsupported unless the check names its `authority`.',
  },
  ({ parsed: raw, data }, _context, report) => {
    data.claims.forEach((claim, i) => {
      const check = claim.check;
      if (!check) return;
      const beyond = ratingBeyondEvidence(check);
      if (beyond === 'none-opened')
        report({
          at: raw,
          path: ['claims', i, 'check', 'rating'],
          message: 'this check is rated accurate, but none of its sources is marked as opened',
          hint: 'Add `opened: YYYY-MM-DD` to a primary source you opened and that shows the fact. If you could not open one, rate the claim unsupported and say so in the note.',
        });
      else if (beyond === 'second-hand') {
        const reports = check.sources
          .filter((source) => source.opened)
          .map((source) => `"${source.title}" (reporting ${source.reports})`)
          .join(', ');
        report({
          at: raw,
          path: ['claims', i, 'check', 'rating'],
          message: `this check is rated ${check.rating} on second-hand reports only: ${reports}`,
          hint: 'Open and cite the primary source (the survey’s or the publisher’s own page), or say in `authority` why the report is authoritative; otherwise rate the claim unsupported.',
        });
      }
    });
  },
);

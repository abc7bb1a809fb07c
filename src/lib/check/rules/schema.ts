import { defineRule } from './define-rule.ts';

/** The zod schemas' verdicts, in an editor's words: the check validates once, before the rules run. */
export const schemaRule = defineRule(
  {
    name: 'schema',
    description:
      'Field names and types (a misspelt field is an error, not silently dropped), stances, kinds, real calendar dates, http(s) addresses; a published source has `kind`, `summary`, `verdict` and a claim, a draft may leave them out.',
  },
  ({ refused }, report) => {
    for (const finding of refused) report(finding);
  },
);

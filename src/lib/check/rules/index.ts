// The rules index: every check `npm run check` runs, in the order the README lists them.
import { accurateEvidenceRule } from './accurate-evidence.ts';
import { casesRule } from './cases.ts';
import { conditionsRule } from './conditions.ts';
import { contentFilesRule } from './content-files.ts';
import { correctionsRule } from './corrections.ts';
import { datesRule } from './dates.ts';
import type { Rule } from './define-rule.ts';
import { distinctNamesRule } from './distinct-names.ts';
import { editorialPagesRule } from './editorial-pages.ts';
import { fileNamesRule } from './file-names.ts';
import { invisibleCharactersRule } from './invisible-characters.ts';
import { proseOnlyRule } from './prose-only.ts';
import { referencesRule } from './references.ts';
import { schemaRule } from './schema.ts';
import { tableCoverageRule } from './table-coverage.ts';
import { tablesMatchRule } from './tables-match.ts';
import { uniqueIdsRule } from './unique-ids.ts';
import { verbatimQuotesRule } from './verbatim-quotes.ts';
import { yamlRule } from './yaml.ts';

export { defineRule, type Rule, type RuleContext, type RuleMemo } from './define-rule.ts';

/** Every rule, run together so an editor sees every problem at once. */
export const RULES: readonly Rule[] = [
  contentFilesRule,
  yamlRule,
  fileNamesRule,
  schemaRule,
  referencesRule,
  uniqueIdsRule,
  verbatimQuotesRule,
  invisibleCharactersRule,
  tablesMatchRule,
  datesRule,
  accurateEvidenceRule,
  conditionsRule,
  tableCoverageRule,
  distinctNamesRule,
  correctionsRule,
  casesRule,
  proseOnlyRule,
  editorialPagesRule,
];

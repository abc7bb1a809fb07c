import { z } from 'astro/zod';
import { correctionSchema } from '../../../schemas/correction.ts';
import { unknownIdHint } from '../suggest.ts';
import { validate } from '../zod-problems.ts';
import { defineRule } from './define-rule.ts';

/** The corrections log is well formed, each entry names a real source, and ids are unique. */
export const correctionsRule = defineRule(
  {
    name: 'corrections',
    description:
      'Every entry of content/corrections.yaml has the fields of a correction (id, date, source, item, change, why; from and to as needed), names a source that exists in content/sources/, and has an id no other entry uses.',
  },
  ({ content, each }, report) => {
    const file = content.corrections;
    if (!file || file.missing || file.yamlErrors?.length) return;
    for (const log of each([file])) {
      const result = validate(z.array(correctionSchema), log.data, log);
      if (!result.ok) {
        for (const finding of result.findings) report(finding);
        return;
      }
      const slugs = content.sources.map((source) => source.slug);
      const seen = new Map<string, number>();
      result.value.forEach((correction, index) => {
        if (!slugs.includes(correction.source)) {
          report({
            at: log,
            path: [index, 'source'],
            message: `unknown source "${correction.source}"`,
            hint: `${unknownIdHint(correction.source, slugs, 'sources')} A source is named by its file name under content/sources/, without .mdx.`,
          });
        }
        const first = seen.get(correction.id);
        if (first === undefined) seen.set(correction.id, index);
        else
          report({
            at: log,
            path: [index, 'id'],
            message: `duplicate id "${correction.id}": entry [${first}] already uses it`,
            hint: 'Each correction has its own id, e.g. the day, the source and the claim: "2026-12-02-froodl-data-races".',
          });
      });
    }
  },
);

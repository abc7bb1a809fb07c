import { MAX_SLUG_CHARS } from '../../text/limits.ts';
import { VOCABULARIES, VOCABULARY_KEYS } from '../vocabularies.ts';
import { defineRule } from './define-rule.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File names become page addresses; the vocabularies must exist for anything to refer to them. */
export const fileNamesRule = defineRule(
  {
    name: 'file-names',
    description: `Every source’s file name is a kebab-case slug (it becomes the page address), and the vocabularies content/${Object.values(
      VOCABULARIES,
    )
      .filter((vocabulary) => vocabulary.required)
      .map((vocabulary) => vocabulary.file)
      .join(', ')} exist.`,
  },
  ({ content, each }, report) => {
    for (const source of each(content.sources)) {
      if (source.slug.length > MAX_SLUG_CHARS) {
        report({
          at: source.file,
          message: `the file name is ${source.slug.length} characters long, over the limit of ${MAX_SLUG_CHARS}`,
          hint: `Shorten it (and its capture's name): the build names files after it, and a file name cannot be much longer.`,
        });
        continue;
      }
      if (SLUG.test(source.slug)) continue;
      const suggestion = source.slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      report({
        at: source.file,
        message: `the file name "${source.slug}.mdx" is not a kebab-case slug`,
        hint: suggestion
          ? `Rename it to ${suggestion}.mdx: the file name becomes the page address.`
          : 'Name it after the article’s title in lower-case words joined by hyphens (e.g. go-vs-rust-for-apis.mdx): the file name becomes the page address.',
      });
    }
    for (const key of VOCABULARY_KEYS) {
      const file = content[key];
      if (VOCABULARIES[key].required && file?.missing)
        report({ at: file.file, message: 'the file is missing', hint: `Create ${file.file}: a YAML list of entries.` });
    }
  },
);

import { VOCABULARIES, VOCABULARY_KEYS } from '../vocabularies.ts';
import { defineRule } from './define-rule.ts';

/** Front matter and data files that cannot be parsed: nothing else can be checked in them. */
export const yamlRule = defineRule(
  {
    name: 'yaml',
    description: `Every source’s front matter and the vocabularies (content/${Object.values(VOCABULARIES)
      .map((vocabulary) => vocabulary.file)
      .join(
        ', ',
      )}) can be read as YAML (no repeated keys), with the line at fault; a vocabulary is also refused, by name, when it is not a regular file, is too big, is not UTF-8, or expands through YAML aliases past the limit.`,
  },
  ({ content, each }, report) => {
    for (const source of each(content.sources)) {
      // `---` straight after `---`: nothing to validate, and nothing would be published.
      if (source.data === undefined && !source.yamlErrors?.length && !source.refusals?.length)
        report({
          at: source.file,
          line: 1,
          message: 'the front matter is empty',
          hint: 'Fill in its fields (npm run new writes them for you), or remove the file: an article without them is not published.',
        });
      for (const error of source.yamlErrors ?? []) {
        // The parser stops at its nesting limit (or, past it, runs out of stack).
        const deep = /maxDepth|call stack/i.test(error.message);
        report({
          at: source.file,
          line: error.line,
          message: deep
            ? 'the front matter cannot be read: it nests lists or mappings too deeply'
            : `the front matter cannot be read: ${error.message}`,
          hint: deep
            ? 'A source’s fields nest three or four levels at most: remove the nested [ [ [ … ] ] ] or { { … } }.'
            : 'Check the indentation and quoting on that line; quote any text containing ": " or starting with a symbol.',
        });
      }
    }
    const vocabularies = VOCABULARY_KEYS.flatMap((key) => content[key] ?? []);
    for (const file of each(vocabularies)) {
      for (const error of file.yamlErrors ?? []) {
        report({
          at: file.file,
          line: error.line,
          message: `the YAML cannot be read: ${error.message}`,
          hint: 'Check the indentation and quoting on that line.',
        });
      }
    }
  },
);

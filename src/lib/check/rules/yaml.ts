import { defineRule } from './define-rule.ts';

/** Front matter and data files that cannot be parsed: nothing else can be checked in them. */
export const yamlRule = defineRule(
  { name: 'yaml', description: 'Every source’s front matter and the vocabularies (content/topics.yaml, metrics.yaml, use-cases.yaml, questions.yaml, cases.yaml, source-kinds.yaml) can be read as YAML (no repeated keys), with the line at fault.' },
  ({ raw, each }, report) => {
    for (const source of each(raw.sources)) {
      for (const error of source.yamlErrors ?? []) {
        report({
          at: source.file,
          line: error.line,
          message: `the front matter cannot be read: ${error.message}`,
          hint: 'Check the indentation and quoting on that line; quote any text containing ": " or starting with a symbol.',
        });
      }
    }
    for (const file of each([raw.topics, raw.metrics, raw.useCases, raw.questions, raw.cases, raw.sourceKinds])) {
      for (const error of file.yamlErrors ?? []) {
        report({ at: file.file, line: error.line, message: `the YAML cannot be read: ${error.message}`, hint: 'Check the indentation and quoting on that line.' });
      }
    }
  },
);

import { MAX_CAPTURE_BYTES, MAX_FRONT_MATTER_CHARS, MAX_SOURCE_BYTES, sizeWords } from '../../text/limits.ts';
import { defineRule } from './define-rule.ts';

/** What was refused when the content was read: nothing else is checked in such a file. */
export const contentFilesRule = defineRule(
  {
    name: 'content-files',
    description: `Every source and capture is a regular UTF-8 file inside content/ (no symbolic link, directory, byte-order mark or NUL byte), a source at most ${sizeWords(MAX_SOURCE_BYTES)} with at most ${MAX_FRONT_MATTER_CHARS.toLocaleString('en')} characters of front matter, a capture at most ${sizeWords(MAX_CAPTURE_BYTES)}; content/sources, content/captures and the vocabulary files are not symbolic links.`,
  },
  ({ content, each }, report) => {
    const vocabularies = [
      content.topics,
      content.metrics,
      content.useCases,
      content.questions,
      content.cases,
      content.sourceKinds,
      ...(content.corrections ? [content.corrections] : []),
    ];
    for (const refusal of [
      ...(content.refusals ?? []),
      ...vocabularies.flatMap((file) => (file.refusal ? [file.refusal] : [])),
    ])
      report({ at: refusal.file, message: refusal.message, hint: refusal.hint });
    for (const source of each(content.sources))
      for (const refusal of source.refusals ?? []) {
        report({
          at: refusal.file,
          ...(refusal.line ? { line: refusal.line } : {}),
          message: refusal.message,
          hint: refusal.hint,
        });
      }
  },
);

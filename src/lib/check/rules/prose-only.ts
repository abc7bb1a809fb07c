import { bodyProblems, componentPolicyFor, MAX_PARAGRAPH_CHARS, oversizedParagraph } from '../../text/prose-only.ts';
import type { Finding } from '../problems.ts';
import { defineRule } from './define-rule.ts';

/**
 * The body read as MDX, the way `@astrojs/mdx` compiles it, under the same policy the build's
 * MDX plugin applies (src/lib/text/prose-only.ts): a body this passes compiles, and one it refuses
 * never reaches the compiler.
 */
function findings(file: string, body: string, bodyLine: number): Finding[] {
  const oversized = oversizedParagraph(body);
  if (oversized !== undefined) {
    return [
      {
        at: file,
        line: bodyLine + oversized - 1,
        message: `a paragraph is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters, more than the Markdown processor is given`,
        hint: 'Split it with blank lines where the article has paragraphs. (The rest of the body is checked once it is split.)',
      },
    ];
  }
  return bodyProblems(body, componentPolicyFor(file))
    .map(({ line, message, hint }) => ({
      at: file,
      ...(line === undefined ? {} : { line: bodyLine + line - 1 }),
      message,
      hint,
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** A body is prose: nothing in it runs, renders as live markup, or links to a script. */
export const proseOnlyRule = defineRule(
  {
    name: 'prose-only',
    scope: 'file',
    description: `Every body, drafts included, is prose in MDX: no import/export lines, no {…} expressions (a {/* comment */} aside), no HTML elements, no components but the site's (<EditorNote date="…">) with literal string props, no second front matter, no link or image other than http(s), mailto, relative or in-page, and no paragraph over ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters.`,
  },
  (source, _context, report) => {
    for (const finding of findings(source.file, source.body, source.bodyLine)) report(finding);
  },
);

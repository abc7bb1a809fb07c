import { mdxToJs } from 'satteri';
import { oversizedParagraph } from '../../text/prose-only.ts';
import type { Finding } from '../problems.ts';
import { defineRule } from './define-rule.ts';

/** Each source's compile error (or none), kept while the source is: a re-check in `astro dev` reuses unchanged sources. */
const compiled = new WeakMap<object, Finding | null>();

// GFM, as the build's processor parses. Smart punctuation changes no parse error, and is what
// makes the processor slow (and then abort) on long paragraphs, so it stays off here.
const FEATURES = { gfm: true } as const;

/** "7:16: Unexpected character … (mdx-jsx:unexpected-character)" → its line, column and words. */
function readCompileError(message: string): { line?: number; column?: number; reason: string } {
  const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
  if (!match) return { reason: message.split('\n')[0] ?? message };
  return { line: Number(match[1]), column: Number(match[2]), reason: match[3]!.replace(/ \(\d+:\d+\)/g, '') };
}

/** What to write instead, for the character MDX tripped on. */
function escapeHint(reason: string): string {
  const expression = /expression|`\{`|`\}`/i.test(reason);
  const tag = /`<`|JSX|tag/i.test(reason);
  if (tag && !expression) return 'MDX reads < as the start of a tag: write \\< for a literal < (for example Result\\<T, E>), or put the text in `code`.';
  if (expression && !tag) return 'MDX reads { as the start of an expression: write \\{ for a literal { (and \\} for }), or put the text in `code`.';
  return 'MDX reads < and { as the start of a tag or an expression: write \\< for a literal < and \\{ for a literal {, or put the text in `code`.';
}

/** Every body, drafts included, compiles as MDX, so nothing that `npm run check` passes can break the build. */
export const mdxCompileRule = defineRule(
  {
    name: 'mdx-compile',
    description: 'Every body, drafts included, compiles with the MDX processor the build uses; a compile error names its line, with how to write a literal `<` or `{`.',
  },
  ({ raw, each }, report) => {
    for (const source of each(raw.sources)) {
      let finding = compiled.get(source);
      if (finding === undefined) {
        finding = null;
        // prose-only reports an oversized paragraph; the processor is never given one.
        if (oversizedParagraph(source.body) !== undefined) {
          compiled.set(source, finding);
          continue;
        }
        try {
          mdxToJs(source.body, { features: FEATURES });
        } catch (error) {
          const { line, column, reason } = readCompileError(error instanceof Error ? error.message : String(error));
          finding = {
            at: source.file,
            ...(line === undefined ? {} : { line: source.bodyLine + line - 1 }),
            message: `the body is not valid MDX${column === undefined ? '' : ` at column ${column}`}: ${reason}`,
            hint: escapeHint(reason),
          };
        }
        compiled.set(source, finding);
      }
      if (finding) report(finding);
    }
  },
);

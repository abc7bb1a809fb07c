// The second guard on a body, on the HTML it became: raw HTML, code, and any element or address
// that src/lib/text/prose-only.ts refuses stop the compile with an error naming the file, whatever
// a Markdown plugin before it produced.
import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { elementProblem, proseProblem, type ProseProblem } from '../lib/text/prose-only.ts';
import { fileName, ProseOnlyError } from './mdast-prose-only.ts';

export function proseOnlyHtml(ctx: PluginFactoryContext): HastPluginDefinition {
  const file = fileName(ctx.fileURL);
  const refuse = (problem: ProseProblem | undefined): undefined => {
    if (!problem) return undefined;
    const error = new ProseOnlyError(
      `${file}: ${problem.message}. ${problem.hint} Run \`npm run check\` for every such problem.`,
    );
    error.stack = error.message;
    throw error;
  };
  const code = (node: { type: string; value?: unknown }) => refuse(proseProblem(node));
  return defineHastPlugin({
    name: 'prose-only-html',
    raw: (node) => refuse(proseProblem({ type: 'html', value: node.value })),
    mdxjsEsm: code,
    mdxFlowExpression: code,
    mdxTextExpression: code,
    mdxJsxFlowElement: { filter: [], visit: (node) => refuse(proseProblem(node)) },
    mdxJsxTextElement: { filter: [], visit: (node) => refuse(proseProblem(node)) },
    element: {
      filter: [],
      visit: (node: Readonly<Element>) => refuse(elementProblem(node.tagName, node.properties ?? {})),
    },
  });
}

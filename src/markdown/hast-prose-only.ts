// The second guard on an MDX file, on the HTML tree it became: raw HTML, code, any component its
// policy does not list, and any element or address that src/lib/text/prose-only.ts refuses stop
// the compile with an error naming the file, whatever a plugin before it produced.
import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { componentPolicyFor, elementProblem, proseProblem, type ProseProblem } from '../lib/text/prose-only.ts';
import { fileName, ProseOnlyError } from './mdast-prose-only.ts';

export function proseOnlyHtml(ctx: PluginFactoryContext): HastPluginDefinition {
  const file = fileName(ctx.fileURL);
  const components = componentPolicyFor(file.split('\\').join('/'));
  const refuse = (problem: ProseProblem | undefined): undefined => {
    if (!problem) return undefined;
    const error = new ProseOnlyError(
      `${file}: ${problem.message}. ${problem.hint} Run \`npm run check\` for every such problem.`,
    );
    error.stack = error.message;
    throw error;
  };
  const code = (node: { type: string; value?: unknown }) => refuse(proseProblem(node, components));
  return defineHastPlugin({
    name: 'prose-only-html',
    raw: (node) => refuse(proseProblem({ type: 'html', value: node.value })),
    mdxjsEsm: code,
    mdxFlowExpression: code,
    mdxTextExpression: code,
    mdxJsxFlowElement: { filter: [], visit: (node) => refuse(proseProblem(node, components)) },
    mdxJsxTextElement: { filter: [], visit: (node) => refuse(proseProblem(node, components)) },
    element: {
      filter: [],
      visit: (node: Readonly<Element>) => refuse(elementProblem(node.tagName, node.properties ?? {})),
    },
  });
}

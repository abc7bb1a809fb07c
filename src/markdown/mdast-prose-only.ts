// The build's own gate, registered first in the MDX processor: before anything is compiled to a
// module, every node of an MDX file's tree is held to the policy of src/lib/text/prose-only.ts
// (the one the content check applies), and a file that breaks it stops the compile with an error
// naming its file and line. So skipping `npm run check`, or a file changed after it ran, never
// gets code, markup or an unknown component compiled. MDX comments are removed here, so the
// compiler is never handed an expression at all.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import {
  componentPolicyFor,
  isCommentOnly,
  proseProblem,
  type ComponentPolicy,
  type ProseNode,
} from '../lib/text/prose-only.ts';

/** Thrown when a body is not prose; its message is the whole report. */
export class ProseOnlyError extends Error {
  override name = 'ProseOnlyError';
}

interface Positioned extends ProseNode {
  position?: { start?: { line?: number } };
}

/** The file a compile is for, relative to the working directory when it is inside it. */
export function fileName(url: URL | undefined): string {
  if (!url) return 'a Markdown document';
  const path = url.protocol === 'file:' ? fileURLToPath(url) : url.href;
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') ? path : inside;
}

function refuse(file: string, components: ComponentPolicy, node: Readonly<Positioned>): undefined {
  const problem = proseProblem(node, components);
  if (!problem) return undefined;
  const line = node.position?.start?.line;
  // @astrojs/mdx blanks the front matter rather than cutting it, so the line is the file's.
  const where = line === undefined ? file : `${file}:${line}`;
  const error = new ProseOnlyError(
    `${where}: ${problem.message}. ${problem.hint} Run \`npm run check\` for every such problem.`,
  );
  error.stack = error.message;
  throw error;
}

/** One plugin per compile, so its errors name the file being compiled and it applies that file's policy. */
export function proseOnly(ctx: PluginFactoryContext): MdastPluginDefinition {
  const file = fileName(ctx.fileURL);
  const components = componentPolicyFor(file.split('\\').join('/'));
  const check = (node: Readonly<Positioned>) => refuse(file, components, node);
  const expression = (node: Readonly<Positioned>, visit: { removeNode(node: never): void }) => {
    check(node);
    // Only a comment is left (check refused anything else): nothing of it goes on.
    if (isCommentOnly(String(node.value ?? ''))) visit.removeNode(node as never);
  };
  return defineMdastPlugin({
    name: 'prose-only',
    options: { position: true },
    html: check,
    link: check,
    image: check,
    definition: check,
    yaml: check,
    toml: check,
    mdxjsEsm: check,
    mdxFlowExpression: (node, visit) => expression(node, visit),
    mdxTextExpression: (node, visit) => expression(node, visit),
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}

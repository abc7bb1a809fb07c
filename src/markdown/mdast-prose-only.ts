// The build's own guard, whatever ran before it: a body that is not prose (see
// src/lib/text/prose-only.ts) stops the compile with an error naming its file and line, so
// skipping `npm run check` never gets code or markup onto a page.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { proseProblem, type ProseNode } from '../lib/text/prose-only.ts';

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

function refuse(file: string, node: Readonly<Positioned>): undefined {
  const problem = proseProblem(node);
  if (!problem) return undefined;
  const line = node.position?.start?.line;
  // The line is the body's: the front matter is not part of what the processor is given.
  const where = line === undefined ? file : `${file} (body line ${line})`;
  const error = new ProseOnlyError(
    `${where}: ${problem.message}. ${problem.hint} Run \`npm run check\` for every such problem.`,
  );
  error.stack = error.message;
  throw error;
}

/** One plugin per compile, so its errors name the file being compiled. */
export function proseOnly(ctx: PluginFactoryContext): MdastPluginDefinition {
  const file = fileName(ctx.fileURL);
  const check = (node: Readonly<Positioned>) => refuse(file, node);
  return defineMdastPlugin({
    name: 'prose-only',
    html: check,
    link: check,
    image: check,
    definition: check,
    mdxjsEsm: check,
    mdxFlowExpression: check,
    mdxTextExpression: check,
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}

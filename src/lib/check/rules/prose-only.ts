import { markdownToMdast, mdxToMdast } from 'satteri';
import { MAX_PARAGRAPH_CHARS, oversizedParagraph, proseProblem, type ProseNode } from '../../text/prose-only.ts';
import type { Finding } from '../problems.ts';
import { defineRule } from './define-rule.ts';

interface Node extends ProseNode {
  position?: { start?: { line?: number } };
  children?: Node[];
}

// No smart punctuation: it changes no node, and it is what slows the processor on long paragraphs.
const FEATURES = { gfm: true } as const;

const MDX_SYNTAX = /[{<]|^[ \t]*(?:import|export)\b/m;

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/**
 * The body is read twice. As Markdown, the way the site renders it: raw HTML and link addresses.
 * As MDX, the way any tool reading a `.mdx` file would: import/export lines, `{…}` expressions and
 * JSX, which MDX runs. A body MDX cannot parse runs nothing there; the Markdown reading still applies.
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
  const out: Finding[] = [];
  const seen = new Set<string>();
  const visit = (root: Node) => {
    for (const node of walk(root)) {
      const problem = proseProblem(node);
      const line = node.position?.start?.line;
      if (!problem) continue;
      const key = `${line}:${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        at: file,
        ...(line === undefined ? {} : { line: bodyLine + line - 1 }),
        message: problem.message,
        hint: problem.hint,
      });
    }
  };
  visit(markdownToMdast(body, { features: FEATURES }) as Node);
  // Every MDX construct starts with `<`, `{`, or `import`/`export` at a line start: without them,
  // MDX reads the body as the Markdown it is, and the second parse is skipped.
  if (MDX_SYNTAX.test(body)) {
    let mdx: Node | undefined;
    try {
      mdx = mdxToMdast(body, { features: FEATURES }) as Node;
    } catch {
      // Not valid MDX: nothing in it can run as MDX, and the site renders bodies as Markdown.
    }
    if (mdx) visit(mdx);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** A body is prose: nothing in it runs, renders as live markup, or links to a script. */
export const proseOnlyRule = defineRule(
  {
    name: 'prose-only',
    scope: 'file',
    description: `Every body, drafts included, is prose: no import/export lines, no {…} expressions, no HTML or JSX elements, no link or image other than http(s), mailto, relative or in-page, and no paragraph over ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters.`,
  },
  (source, _context, report) => {
    for (const finding of findings(source.file, source.body, source.bodyLine)) report(finding);
  },
);

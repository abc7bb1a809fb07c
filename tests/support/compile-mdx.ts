// Compiles an MDX body the way the build does, in process and without a build: the site's
// processor (src/markdown/plugins.ts) as @astrojs/mdx calls it, with the front matter blanked so
// lines stay the file's, as @astrojs/mdx does. Returns the compiled module's code; never runs it.
import { join } from 'node:path';
import { siteProcessor } from '../../src/markdown/plugins.ts';
import type { ParsedSource } from '../../src/lib/check/load-content.ts';

type MdxRenderer = {
  process(content: string, file: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
};

/** Markdown settings as astro.config.mjs gives them; code is not highlighted unless asked. */
type MarkdownSettings = Record<string, unknown>;

const renderers = new Map<MarkdownSettings | undefined, Promise<MdxRenderer>>();

function rendererFor(markdown: MarkdownSettings | undefined): Promise<MdxRenderer> {
  let renderer = renderers.get(markdown);
  if (!renderer) {
    renderer = siteProcessor().createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: false, ...markdown } as never,
      { optimize: false, srcDir: new URL('file:///nowhere/') } as never,
    ) as Promise<MdxRenderer>;
    renderers.set(markdown, renderer);
  }
  return renderer;
}

/** `file` is where the body says it is from: its path decides the component policy. */
export async function compileMdx(
  root: string,
  source: Pick<ParsedSource, 'file' | 'body' | 'bodyLine'>,
  frontmatter: Record<string, unknown> = {},
  markdown?: MarkdownSettings,
): Promise<string> {
  const content = '\n'.repeat(source.bodyLine - 1) + source.body;
  return (await (await rendererFor(markdown)).process(content, join(root, source.file), frontmatter)).code;
}

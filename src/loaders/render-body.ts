// How a source body becomes HTML: Markdown (never MDX) through Sätteri, with the site's HAST
// plugins, which read the source's validated front matter as `data.astro.frontmatter`.
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidSource } from '../lib/check/sources.ts';
import { MAX_PARAGRAPH_CHARS, oversizedParagraph } from '../lib/text/prose-only.ts';
import { SOURCE_BODY_HAST_PLUGINS, SOURCE_BODY_MDAST_PLUGINS } from '../markdown/plugins.ts';

/** A body as the content store keeps it: what `render(entry)` gives a page. */
export interface RenderedBody {
  html: string;
  metadata: { headings: Array<{ depth: number; slug: string; text: string }>; imagePaths: string[] };
}

/** The Markdown settings of the site's config the renderer follows (smart punctuation aside). */
type MarkdownSettings = Partial<Pick<AstroConfig['markdown'], 'syntaxHighlight' | 'shikiConfig' | 'gfm'>> & {
  image?: AstroConfig['image'];
};

/** A renderer of source bodies; `root` is the project root the sources' paths are relative to. */
export function bodyRenderer(root: string, settings: MarkdownSettings): (source: ValidSource) => Promise<RenderedBody> {
  let renderer: ReturnType<ReturnType<typeof satteri>['createRenderer']> | undefined;
  return async (source) => {
    // The processor's time grows with the square of a paragraph's length: such a body (which the
    // check refuses) is not handed to it, in dev either.
    const oversized = oversizedParagraph(source.parsed.body);
    if (oversized !== undefined)
      throw new Error(
        `line ${source.parsed.bodyLine + oversized - 1}: a paragraph is longer than ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} characters: not rendered`,
      );
    renderer ??= satteri({
      mdastPlugins: SOURCE_BODY_MDAST_PLUGINS,
      hastPlugins: SOURCE_BODY_HAST_PLUGINS,
    }).createRenderer({
      ...settings,
      // Verbatim articles keep their own punctuation; Sätteri's smart punctuation is also
      // quadratic on a long straight-quoted paragraph.
      smartypants: false,
    });
    const { code, metadata } = await (
      await renderer
    ).render(source.parsed.body, {
      frontmatter: source.data,
      fileURL: pathToFileURL(join(root, source.parsed.file)),
    });
    return {
      html: code,
      metadata: {
        headings: metadata.headings,
        imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
      },
    };
  };
}

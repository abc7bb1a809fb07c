import { z } from 'astro/zod';

/** The front matter of a page of the site's own prose (content/pages/<page>.mdx). */
export const editorialPageSchema = z.strictObject({
  /** The page's title: its <h1> and <title>. */
  title: z.string().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().min(1),
});

/** A topic's editors' summary (content/topics/<topic id>.mdx) has no front matter: its file name is its topic. */
export const topicSummarySchema = z.strictObject({});

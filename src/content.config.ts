import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { correctionSchema } from './schemas/correction.ts';
import { metricSchema } from './schemas/metric.ts';
import { questionSchema } from './schemas/question.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import { useCaseSchema } from './schemas/use-case.ts';

/**
 * Leaves drafts out of a production build before anything compiles their MDX: a draft is work in
 * progress, and a body that does not compile yet must not break the site (`npm run check` reports
 * it). `astro dev` keeps them, so an editor sees the draft while writing it.
 */
function withoutDrafts(loader: Loader): Loader {
  if (__SHOW_DRAFTS__) return loader;
  return {
    ...loader,
    async load(context) {
      await loader.load(context);
      for (const entry of context.store.values()) if ((entry.data as { draft?: unknown }).draft === true) context.store.delete(entry.id);
    },
  };
}

// The integrity rules (references, verbatim quotes, tables, dates) run before this, in the
// content-integrity integration, so a broken source fails the build with every problem listed.
export const collections = {
  sources: defineCollection({ loader: withoutDrafts(glob({ base: './content/sources', pattern: '*.mdx' })), schema: sourceSchema }),
  topics: defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema }),
  metrics: defineCollection({ loader: file('./content/metrics.yaml'), schema: metricSchema }),
  useCases: defineCollection({ loader: file('./content/use-cases.yaml'), schema: useCaseSchema }),
  questions: defineCollection({ loader: file('./content/questions.yaml'), schema: questionSchema }),
  corrections: defineCollection({ loader: file('./content/corrections.yaml'), schema: correctionSchema }),
};

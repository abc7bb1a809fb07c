import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { metricSchema } from './schemas/metric.ts';
import { questionSchema } from './schemas/question.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import { useCaseSchema } from './schemas/use-case.ts';

// The integrity rules (references, verbatim quotes, tables, dates) run before this, in the
// content-integrity integration, so a broken source fails the build with every problem listed.
export const collections = {
  sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '*.mdx' }), schema: sourceSchema }),
  topics: defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema }),
  metrics: defineCollection({ loader: file('./content/metrics.yaml'), schema: metricSchema }),
  useCases: defineCollection({ loader: file('./content/use-cases.yaml'), schema: useCaseSchema }),
  questions: defineCollection({ loader: file('./content/questions.yaml'), schema: questionSchema }),
};

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkedSources } from './loaders/checked-sources.ts';
import { correctionSchema } from './schemas/correction.ts';
import { metricSchema } from './schemas/metric.ts';
import { questionSchema } from './schemas/question.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import { useCaseSchema } from './schemas/use-case.ts';
import { caseQuestionSchema } from './schemas/case.ts';
import { sourceKindSchema } from './schemas/source-kind.ts';
import { editorialPageSchema, topicSummarySchema } from './schemas/editorial-page.ts';
import { loadYamlData } from './lib/text/yaml-lines.ts';

// The vocabularies are parsed as the check parses them (dates stay text), not with js-yaml's
// default schema, under which `from: 2026-01-26` would become a Date the check never saw.
const vocabulary = (path: string) =>
  file(path, { parser: loadYamlData as (text: string) => Record<string, unknown>[] });

export const collections = {
  // The loader validates with the content check (whose rules need every file at once) and stores
  // only what passed; the schema here gives the collection its types and editor hints, and is
  // never run a second time on the data.
  sources: defineCollection({ loader: checkedSources(), schema: sourceSchema }),
  topics: defineCollection({ loader: vocabulary('./content/topics.yaml'), schema: topicSchema }),
  metrics: defineCollection({ loader: vocabulary('./content/metrics.yaml'), schema: metricSchema }),
  useCases: defineCollection({ loader: vocabulary('./content/use-cases.yaml'), schema: useCaseSchema }),
  questions: defineCollection({ loader: vocabulary('./content/questions.yaml'), schema: questionSchema }),
  caseQuestions: defineCollection({ loader: vocabulary('./content/cases.yaml'), schema: caseQuestionSchema }),
  sourceKinds: defineCollection({ loader: vocabulary('./content/source-kinds.yaml'), schema: sourceKindSchema }),
  corrections: defineCollection({ loader: vocabulary('./content/corrections.yaml'), schema: correctionSchema }),
  // The site's own prose in MDX, maintainers' files (CODEOWNERS): compiled by @astrojs/mdx behind
  // the same gate as the sources, with the editorial components; the content check (run by the
  // sources loader) checks the ids they name.
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: editorialPageSchema }),
  topicSummaries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/topics' }),
    schema: topicSummarySchema,
  }),
};

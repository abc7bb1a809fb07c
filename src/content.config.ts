import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { checkedSources } from './loaders/checked-sources.ts';
import { correctionSchema } from './schemas/correction.ts';
import { metricSchema } from './schemas/metric.ts';
import { questionSchema } from './schemas/question.ts';
import { sourceSchema } from './schemas/source.ts';
import { topicSchema } from './schemas/topic.ts';
import { useCaseSchema } from './schemas/use-case.ts';
import { caseQuestionSchema } from './schemas/case.ts';
import { sourceKindSchema } from './schemas/source-kind.ts';

export const collections = {
  // The loader validates with the content check (whose rules need every file at once) and stores
  // only what passed; the schema here gives the collection its types and editor hints, and is
  // never run a second time on the data.
  sources: defineCollection({ loader: checkedSources(), schema: sourceSchema }),
  topics: defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema }),
  metrics: defineCollection({ loader: file('./content/metrics.yaml'), schema: metricSchema }),
  useCases: defineCollection({ loader: file('./content/use-cases.yaml'), schema: useCaseSchema }),
  questions: defineCollection({ loader: file('./content/questions.yaml'), schema: questionSchema }),
  caseQuestions: defineCollection({ loader: file('./content/cases.yaml'), schema: caseQuestionSchema }),
  sourceKinds: defineCollection({ loader: file('./content/source-kinds.yaml'), schema: sourceKindSchema }),
  corrections: defineCollection({ loader: file('./content/corrections.yaml'), schema: correctionSchema }),
};

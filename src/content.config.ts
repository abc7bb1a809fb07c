import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseVocabulary } from './lib/check/load-content.ts';
import { VOCABULARIES, type VocabularyKey } from './lib/check/vocabularies.ts';
import { checkedSources } from './loaders/checked-sources.ts';
import { sourceSchema } from './schemas/source.ts';
import { editorialPageSchema, topicSummarySchema } from './schemas/editorial-page.ts';

/** A vocabulary's loader: its file, parsed as the check parses it. */
const vocabularyLoader = (key: VocabularyKey) =>
  file(`./content/${VOCABULARIES[key].file}`, {
    parser: parseVocabulary(`content/${VOCABULARIES[key].file}`) as (text: string) => Array<Record<string, unknown>>,
  });

/** Every vocabulary's collection, by the name `VOCABULARIES` gives it: the compiler refuses one left out. */
type VocabularyCollections = { [K in VocabularyKey as (typeof VOCABULARIES)[K]['collection']]: unknown };

export const collections = {
  // The loader validates with the content check (whose rules need every file at once) and stores
  // only what passed; the schema here gives the collection its types and editor hints, and is
  // never run a second time on the data.
  sources: defineCollection({ loader: checkedSources(), schema: sourceSchema }),
  // Written out, not mapped from VOCABULARIES, so each collection keeps its schema's type.
  ...({
    topics: defineCollection({ loader: vocabularyLoader('topics'), schema: VOCABULARIES.topics.schema }),
    metrics: defineCollection({ loader: vocabularyLoader('metrics'), schema: VOCABULARIES.metrics.schema }),
    useCases: defineCollection({ loader: vocabularyLoader('useCases'), schema: VOCABULARIES.useCases.schema }),
    questions: defineCollection({ loader: vocabularyLoader('questions'), schema: VOCABULARIES.questions.schema }),
    caseQuestions: defineCollection({ loader: vocabularyLoader('cases'), schema: VOCABULARIES.cases.schema }),
    sourceKinds: defineCollection({ loader: vocabularyLoader('sourceKinds'), schema: VOCABULARIES.sourceKinds.schema }),
    corrections: defineCollection({ loader: vocabularyLoader('corrections'), schema: VOCABULARIES.corrections.schema }),
  } satisfies VocabularyCollections),
  // The site's own prose in MDX, maintainers' files (CODEOWNERS): compiled by @astrojs/mdx behind
  // the same gate as the sources, with the editorial components; the content check (run by the
  // sources loader) checks the ids they name.
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: editorialPageSchema }),
  topicSummaries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/topics' }),
    schema: topicSummarySchema,
  }),
};

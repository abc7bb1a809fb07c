import { caseQuestionSchema } from '../../schemas/case.ts';
import { correctionSchema } from '../../schemas/correction.ts';
import { metricSchema } from '../../schemas/metric.ts';
import { questionSchema } from '../../schemas/question.ts';
import { sourceKindSchema } from '../../schemas/source-kind.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { useCaseSchema } from '../../schemas/use-case.ts';

/**
 * The vocabularies under `content/`: the one list the reader, the check's runner and rules, the
 * content collections, the field reference and the editor settings go through. Each is a YAML list
 * of entries read by `readDataFile` behind the guards a source gets.
 * - its key: its name in the parsed content; `title`: its heading in the field reference;
 * - `collection`: the content collection pages read (and the check's validated list);
 * - `required`: the check names the file when it is missing (the corrections log may be absent);
 * - `uniqueIds`: the unique-ids rule refuses two entries with one `id` (the corrections rule checks
 *   its log's ids itself, and the cases rule that each source kind is listed once).
 */
export const VOCABULARIES = {
  topics: {
    file: 'topics.yaml',
    title: 'Topics',
    schema: topicSchema,
    collection: 'topics',
    required: true,
    uniqueIds: true,
  },
  metrics: {
    file: 'metrics.yaml',
    title: 'Metrics',
    schema: metricSchema,
    collection: 'metrics',
    required: true,
    uniqueIds: true,
  },
  useCases: {
    file: 'use-cases.yaml',
    title: 'Use cases',
    schema: useCaseSchema,
    collection: 'useCases',
    required: true,
    uniqueIds: true,
  },
  questions: {
    file: 'questions.yaml',
    title: 'Questions',
    schema: questionSchema,
    collection: 'questions',
    required: true,
    uniqueIds: true,
  },
  cases: {
    file: 'cases.yaml',
    title: 'Cases',
    schema: caseQuestionSchema,
    collection: 'caseQuestions',
    required: true,
    uniqueIds: true,
  },
  sourceKinds: {
    file: 'source-kinds.yaml',
    title: 'Source kinds',
    schema: sourceKindSchema,
    collection: 'sourceKinds',
    required: true,
    uniqueIds: false,
  },
  corrections: {
    file: 'corrections.yaml',
    title: 'Corrections',
    schema: correctionSchema,
    collection: 'corrections',
    required: false,
    uniqueIds: false,
  },
} as const;

export type VocabularyKey = keyof typeof VOCABULARIES;

/** The keys of `VOCABULARIES`, in their order. */
export const VOCABULARY_KEYS = Object.keys(VOCABULARIES) as VocabularyKey[];

/** The validated vocabularies' names in a check's result and a rule's context: their collections' names. */
export type CheckedVocabulary = (typeof VOCABULARIES)[Exclude<VocabularyKey, 'corrections'>]['collection'];

/** The JSON Schema an editor validates a vocabulary with: schemas/<file>.schema.json. */
export const jsonSchemaPath = (key: VocabularyKey): string =>
  `schemas/${VOCABULARIES[key].file.replace(/\.yaml$/, '.schema.json')}`;

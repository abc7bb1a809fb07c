// What /choose/'s cases and every topic's "how big, how sure, who is counted" need, derived once
// per build from the catalog and the two vocabularies they add (cases, source kinds).
import { getCollection } from 'astro:content';
import type { CaseQuestion } from '../schemas/case.ts';
import type { SourceKindEntry } from '../schemas/source-kind.ts';
import { allCases, viewCase, type Case, type CaseView } from '../lib/site/views/cases.ts';
import { whoIsCounted, type WhoIsCounted } from '../lib/site/views/independent.ts';
import { sizeOnTopic, type TopicSize } from '../lib/site/views/size.ts';
import { strengthOf, type StrengthStatement } from '../lib/site/views/strength.ts';
import { getCatalog } from './catalog.ts';
import { byOrderThenId } from '../lib/rule-book.ts';

/** How big, how sure and who is counted, for one topic. */
export interface TopicAnswer {
  size: TopicSize;
  strength: StrengthStatement;
  counted: WhoIsCounted;
}

export interface ChooseCatalog {
  questions: CaseQuestion[];
  cases: Case[];
  /** A case's view, computed on first use: a build renders each case once. */
  viewOf: (theCase: Case) => CaseView;
  sourceKinds: SourceKindEntry[];
  /** Each topic's answer, by topic id. */
  answers: Map<string, TopicAnswer>;
}

let loading: Promise<ChooseCatalog> | undefined;

async function load(): Promise<ChooseCatalog> {
  const catalog = await getCatalog();
  const questions = (await getCollection('caseQuestions')).map((entry) => entry.data).sort(byOrderThenId);
  const sourceKinds = (await getCollection('sourceKinds')).map((entry) => entry.data);
  const sourceOf = (slug: string) => catalog.sourceBySlug.get(slug)?.data;
  const answers = new Map(
    catalog.comparison.map(({ topic, columns, quality }) => [
      topic.id,
      {
        size: sizeOnTopic(catalog.records, topic.id, catalog.metrics),
        strength: strengthOf(quality),
        counted: whoIsCounted(columns, sourceOf, sourceKinds),
      },
    ]),
  );
  return {
    questions,
    cases: allCases(questions),
    viewOf: (theCase) => viewCase(theCase, catalog.records),
    sourceKinds,
    answers,
  };
}

/** The choose catalog, loaded on first use. */
export function getChooseCatalog(): Promise<ChooseCatalog> {
  loading ??= load();
  return loading;
}

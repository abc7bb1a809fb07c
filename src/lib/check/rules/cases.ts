import { SOURCE_KINDS } from '../../../schemas/source.ts';
import { unknownIdHint } from '../suggest.ts';
import { defineRule } from './define-rule.ts';

/** The most questions /choose/ asks: every combination of answers is a page, and a reader answers them all. */
const MAX_CASE_QUESTIONS = 4;

/**
 * The case rule: every use case and topic an answer of content/cases.yaml names exists; answer
 * ids are unique across questions (they make up a case's address); there are at most four
 * questions; and content/source-kinds.yaml lists every source kind once.
 */
export const casesRule = defineRule(
  {
    name: 'cases',
    description:
      'Every use case and topic an answer in content/cases.yaml names exists (with the nearest known id as a hint), answer ids are unique across questions, there are at most four questions, and content/source-kinds.yaml lists every source kind once.',
  },
  ({ content, caseQuestions, useCases, topics, sourceKinds }, report) => {
    const useCaseIds = useCases.map((useCase) => useCase.id);
    const topicIds = topics.map((topic) => topic.id);
    if (caseQuestions.length > MAX_CASE_QUESTIONS) {
      report({
        at: content.cases,
        path: [MAX_CASE_QUESTIONS],
        message: `${caseQuestions.length} questions; /choose/ asks at most ${MAX_CASE_QUESTIONS}`,
        hint: 'Merge or drop a question: each one multiplies the number of cases a reader picks from.',
      });
    }
    const seen = new Map<string, string>();
    caseQuestions.forEach((question, q) => {
      question.answers.forEach((answer, a) => {
        const at = [q, 'answers', a] as const;
        const first = seen.get(answer.id);
        if (first !== undefined) {
          report({
            at: content.cases,
            path: [...at, 'id'],
            message: `duplicate answer id "${answer.id}": ${first} already uses it`,
            hint: 'Answer ids make up a case’s address, so each must be unique across all questions.',
          });
        } else seen.set(answer.id, `[${q}].answers[${a}]`);
        answer.advice.forEach((advice, d) => {
          if (useCaseIds.includes(advice.useCase)) return;
          report({
            at: content.cases,
            path: [...at, 'advice', d, 'useCase'],
            message: `unknown use case "${advice.useCase}"`,
            hint: `${unknownIdHint(advice.useCase, useCaseIds, 'use cases')} Use cases are in content/use-cases.yaml.`,
          });
        });
        answer.topics.forEach((topic, t) => {
          if (topicIds.includes(topic)) return;
          report({
            at: content.cases,
            path: [...at, 'topics', t],
            message: `unknown topic "${topic}"`,
            hint: unknownIdHint(topic, topicIds, 'topics'),
          });
        });
      });
    });
    const listed = sourceKinds.map((kind) => kind.id);
    for (const kind of SOURCE_KINDS) {
      const count = listed.filter((id) => id === kind).length;
      if (count === 1) continue;
      report({
        at: content.sourceKinds,
        ...(count > 1 ? { path: [listed.lastIndexOf(kind), 'id'] } : {}),
        message: count === 0 ? `source kind "${kind}" is not listed` : `source kind "${kind}" is listed ${count} times`,
        hint:
          count === 0
            ? `Add "- id: ${kind}" with independent: true or false and a why, so sources of this kind are counted.`
            : 'List each kind once.',
      });
    }
  },
);

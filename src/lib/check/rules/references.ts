import { unknownIdHint } from '../suggest.ts';
import type { FieldPath } from '../problems.ts';
import { defineRule } from './define-rule.ts';

/** Every `topic`, `metric`, `useCase` and `question` names an entry of its vocabulary, and every restated claim a claim of the source. */
export const referencesRule = defineRule(
  {
    name: 'references',
    description:
      'Every topic, metric, use case and question id a source uses exists in content/topics.yaml, metrics.yaml, use-cases.yaml or questions.yaml (with the nearest known id as a hint); each figure uses its metric’s unit; each claim’s question is on the claim’s topic; each published recommendation names a use case; each claim a table row or FAQ answer restates is a claim of the source.',
  },
  ({ content, sources, topics, metrics, useCases, questions, each }, report) => {
    const topicIds = topics.map((topic) => topic.id);
    const metricUnits = new Map(metrics.map((metric) => [metric.id, metric.unit]));
    const useCaseIds = useCases.map((useCase) => useCase.id);
    const questionTopics = new Map(questions.map((question) => [question.id, question.topic]));
    questions.forEach((question, q) => {
      if (topicIds.includes(question.topic)) return;
      report({
        at: content.questions,
        path: [q, 'topic'],
        message: `unknown topic "${question.topic}"`,
        hint: unknownIdHint(question.topic, topicIds, 'topics'),
      });
    });
    for (const { parsed: raw, data } of each(sources)) {
      const checkTopic = (topic: string | undefined, path: FieldPath) => {
        if (topic === undefined || topicIds.includes(topic)) return;
        report({
          at: raw,
          path,
          message: `unknown topic "${topic}"`,
          hint: `${unknownIdHint(topic, topicIds, 'topics')} New topics go in content/topics.yaml.`,
        });
      };
      data.claims.forEach((claim, c) => {
        checkTopic(claim.topic, ['claims', c, 'topic']);
        if (claim.question !== undefined) {
          const questionTopic = questionTopics.get(claim.question);
          if (questionTopic === undefined) {
            report({
              at: raw,
              path: ['claims', c, 'question'],
              message: `unknown question "${claim.question}"`,
              hint: `${unknownIdHint(claim.question, [...questionTopics.keys()], 'questions')} New questions go in content/questions.yaml.`,
            });
          } else if (questionTopic !== claim.topic) {
            report({
              at: raw,
              path: ['claims', c, 'question'],
              message: `question "${claim.question}" is on topic "${questionTopic}", not on this claim’s topic "${claim.topic}"`,
              hint: 'A claim can only answer a question of its own topic: fix the claim’s topic, pick another question, or add one for this topic to content/questions.yaml.',
            });
          }
        }
        claim.figures?.forEach((figure, f) => {
          const unit = metricUnits.get(figure.metric);
          if (unit === undefined) {
            report({
              at: raw,
              path: ['claims', c, 'figures', f, 'metric'],
              message: `unknown metric "${figure.metric}"`,
              hint: `${unknownIdHint(figure.metric, [...metricUnits.keys()], 'metrics')} New metrics go in content/metrics.yaml.`,
            });
          } else if (unit !== figure.unit) {
            report({
              at: raw,
              path: ['claims', c, 'figures', f, 'unit'],
              message: `unit "${figure.unit}" differs from the unit of metric "${figure.metric}", "${unit}"`,
              hint: `Convert the number to ${unit}, or use (or add) a metric measured in ${figure.unit}.`,
            });
          }
        });
      });
      // A row or FAQ answer carries the fact-checks of the claims it restates (rule-book.ts), so an
      // id that names no claim would silently drop a flag.
      const claimIds = data.claims.filter(Boolean).map((claim) => claim.id);
      const checkRestated = (ids: readonly string[] | undefined, path: FieldPath) =>
        ids?.forEach((id, i) => {
          if (claimIds.includes(id)) return;
          report({
            at: raw,
            path: [...path, i],
            message: `unknown claim "${id}"`,
            hint: `${unknownIdHint(id, claimIds, 'claims of this source')} List the ids of the claims this entry restates.`,
          });
        });
      data.tables.forEach((table, t) =>
        table.rows.forEach((row, r) => {
          checkTopic(row.topic, ['tables', t, 'rows', r, 'topic']);
          checkRestated(row.claims, ['tables', t, 'rows', r, 'claims']);
        }),
      );
      data.faqs.forEach((faq, q) => {
        checkTopic(faq.topic, ['faqs', q, 'topic']);
        checkRestated(faq.claims, ['faqs', q, 'claims']);
      });
      for (const side of ['go', 'rust'] as const) {
        data.recommendations[side].forEach((recommendation, r) => {
          checkTopic(recommendation.topic, ['recommendations', side, r, 'topic']);
          // Without a use case a recommendation is missing from /choose/, so a published source
          // must set it (a draft only gets a warning: check-content downgrades a draft's errors).
          if (recommendation.useCase === undefined) {
            report({
              at: raw,
              path: ['recommendations', side, r],
              message: 'this recommendation has no useCase',
              hint: `Add useCase: one of ${useCaseIds.join(', ')} (content/use-cases.yaml), so /choose/ can list it.`,
            });
          } else if (!useCaseIds.includes(recommendation.useCase)) {
            report({
              at: raw,
              path: ['recommendations', side, r, 'useCase'],
              message: `unknown use case "${recommendation.useCase}"`,
              hint: `${unknownIdHint(recommendation.useCase, useCaseIds, 'use cases')} New use cases go in content/use-cases.yaml.`,
            });
          }
        });
      }
    }
  },
);

import { unknownIdHint } from '../suggest.ts';
import type { FieldPath } from '../problems.ts';
import { defineRule } from './define-rule.ts';

/** Integrity rule 1: every `topic` and `metric` names an entry of topics.yaml / metrics.yaml. */
export const referencesRule = defineRule(
  {
    name: 'references',
    description: 'Every topic and metric id a source uses exists in content/topics.yaml or content/metrics.yaml (with the nearest known id as a hint), and each figure uses its metric’s unit.',
  },
  ({ sources, topics, metrics, each }, report) => {
    const topicIds = topics.map((topic) => topic.id);
    const metricUnits = new Map(metrics.map((metric) => [metric.id, metric.unit]));
    for (const { raw, data } of each(sources)) {
      const checkTopic = (topic: string | undefined, path: FieldPath) => {
        if (topic === undefined || topicIds.includes(topic)) return;
        report({ at: raw, path, message: `unknown topic "${topic}"`, hint: `${unknownIdHint(topic, topicIds, 'topics')} New topics go in content/topics.yaml.` });
      };
      data.claims.forEach((claim, c) => {
        checkTopic(claim.topic, ['claims', c, 'topic']);
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
      data.tables.forEach((table, t) => table.rows.forEach((row, r) => checkTopic(row.topic, ['tables', t, 'rows', r, 'topic'])));
      data.faqs.forEach((faq, q) => checkTopic(faq.topic, ['faqs', q, 'topic']));
      for (const side of ['go', 'rust'] as const) {
        data.recommendations[side].forEach((recommendation, r) => checkTopic(recommendation.topic, ['recommendations', side, r, 'topic']));
      }
    }
  },
);

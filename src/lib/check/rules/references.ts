import { unknownIdHint } from '../suggest.ts';
import type { FieldPath, Problem } from '../problems.ts';
import { sourceProblem, type Rule } from './rule.ts';

/** Integrity rule 1: every `topic` and `metric` names an entry of topics.yaml / metrics.yaml. */
export const referencesRule: Rule = {
  name: 'references',
  description: 'Every topic and metric id a source uses exists in content/topics.yaml or content/metrics.yaml, and each figure uses its metric’s unit.',
  run({ sources, topics, metrics }) {
    const topicIds = topics.map((topic) => topic.id);
    const metricUnits = new Map(metrics.map((metric) => [metric.id, metric.unit]));
    const problems: Problem[] = [];
    for (const { raw, data } of sources) {
      const checkTopic = (topic: string | undefined, path: FieldPath) => {
        if (topic === undefined || topicIds.includes(topic)) return;
        problems.push(
          sourceProblem('references', raw, path, `unknown topic "${topic}"`, `${unknownIdHint(topic, topicIds, 'topics')} New topics go in content/topics.yaml.`),
        );
      };
      data.claims.forEach((claim, c) => {
        checkTopic(claim.topic, ['claims', c, 'topic']);
        claim.figures?.forEach((figure, f) => {
          const unit = metricUnits.get(figure.metric);
          if (unit === undefined) {
            problems.push(
              sourceProblem(
                'references',
                raw,
                ['claims', c, 'figures', f, 'metric'],
                `unknown metric "${figure.metric}"`,
                `${unknownIdHint(figure.metric, [...metricUnits.keys()], 'metrics')} New metrics go in content/metrics.yaml.`,
              ),
            );
          } else if (unit !== figure.unit) {
            problems.push(
              sourceProblem(
                'references',
                raw,
                ['claims', c, 'figures', f, 'unit'],
                `unit "${figure.unit}" differs from the unit of metric "${figure.metric}", "${unit}"`,
                `Convert the number to ${unit}, or use (or add) a metric measured in ${figure.unit}.`,
              ),
            );
          }
        });
      });
      data.tables.forEach((table, t) => table.rows.forEach((row, r) => checkTopic(row.topic, ['tables', t, 'rows', r, 'topic'])));
      data.faqs.forEach((faq, q) => checkTopic(faq.topic, ['faqs', q, 'topic']));
      for (const side of ['go', 'rust'] as const) {
        data.recommendations[side].forEach((recommendation, r) => checkTopic(recommendation.topic, ['recommendations', side, r, 'topic']));
      }
    }
    return problems;
  },
};

import type { Metric } from '../../../schemas/metric.ts';
import type { Question } from '../../../schemas/question.ts';
import type { SourceData } from '../../../schemas/source.ts';
import type { Topic } from '../../../schemas/topic.ts';
import type { UseCase } from '../../../schemas/use-case.ts';
import type { RawContent, RawSource } from '../load-content.ts';
import { formatPath, type FieldPath, type Problem } from '../problems.ts';

/** A source whose front matter passed its schema. */
export interface ValidSource {
  raw: RawSource;
  data: SourceData;
  /** Set when the front matter failed its schema and only its valid parts are here. */
  partial?: boolean;
}

/** What every rule sees: the raw files, and what of them passed the schemas. */
export interface RuleContext {
  raw: RawContent;
  sources: ValidSource[];
  topics: Topic[];
  metrics: Metric[];
  useCases: UseCase[];
  questions: Question[];
  /** Today, as YYYY-MM-DD: passed in so the date rule can be tested. */
  today: string;
}

/** One integrity rule: a name, what it checks, and a function returning every problem it finds. */
export interface Rule {
  /** Short kebab-case name printed with each problem, e.g. `verbatim-quotes`. */
  name: string;
  /** What the rule guarantees, for `check --rules` and the docs. */
  description: string;
  run: (context: RuleContext) => Problem[];
}

/** Builds an error for a source field, with its line looked up from the front matter. */
export function sourceProblem(
  rule: string,
  source: RawSource,
  path: FieldPath,
  message: string,
  hint?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const line = source.lineOf(path);
  return {
    rule,
    severity,
    file: source.file,
    path: formatPath(path),
    message,
    ...(line === undefined ? {} : { line }),
    ...(hint === undefined ? {} : { hint }),
  };
}

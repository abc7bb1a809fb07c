import type { Metric } from '../../../schemas/metric.ts';
import type { SourceData } from '../../../schemas/source.ts';
import type { Question } from '../../../schemas/question.ts';
import type { Topic } from '../../../schemas/topic.ts';
import type { UseCase } from '../../../schemas/use-case.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import type { SourceKindEntry } from '../../../schemas/source-kind.ts';
import type { RawContent, RawSource } from '../load-content.ts';
import { toProblem, type Finding, type Located, type Problem } from '../problems.ts';

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
  /** Every source whose front matter could be read: valid ones whole, the others reduced to their valid parts. */
  sources: ValidSource[];
  topics: Topic[];
  metrics: Metric[];
  /** The use cases recommendations may name. */
  useCases: UseCase[];
  /** The questions claims may answer. */
  questions: Question[];
  /** The questions /choose/ asks a reader, with their answers. */
  caseQuestions: CaseQuestion[];
  /** Which source kinds count as independent. */
  sourceKinds: SourceKindEntry[];
  /** Today, as YYYY-MM-DD: passed in so the date rule can be tested. */
  today: string;
  /** What the zod schemas refused, for the schema rule to report. */
  refused: Finding[];
}

/** Reports one problem; the rule's name is filled in. */
export type Report = (finding: Finding) => void;

/** What a rule is run with: the context, plus `each` to walk files so a crash names the file. */
export interface RunContext extends RuleContext {
  /** Walks sources or files, remembering which one is being checked in case the rule throws. */
  each: <T extends Located | { raw: Located }>(items: Iterable<T>) => Iterable<T>;
}

/** One integrity rule: a name, what it checks, and a function returning every problem it finds. */
export interface Rule {
  /** Short kebab-case name printed with each problem, e.g. `verbatim-quotes`. */
  readonly name: string;
  /** What the rule guarantees, for `check --rules` and the README. */
  readonly description: string;
  run: (context: RuleContext) => Problem[];
}

/**
 * Defines a rule in the one shape every check has. The rule reports findings; this fills in its
 * name, and turns a crash into one problem naming the rule and the file it was checking, so the
 * other rules still run and an editor still sees their problems.
 */
export function defineRule(meta: { name: string; description: string }, check: (context: RunContext, report: Report) => void): Rule {
  return {
    ...meta,
    run(context) {
      const problems: Problem[] = [];
      let current: string | undefined;
      // No `finally` here on purpose: when the rule throws inside its loop, for-of closes this
      // generator, and `current` must still name the file being checked when the catch reads it.
      function* each<T extends Located | { raw: Located }>(items: Iterable<T>): Iterable<T> {
        for (const item of items) {
          current = 'raw' in item ? item.raw.file : item.file;
          yield item;
        }
        current = undefined;
      }
      try {
        check({ ...context, each }, (finding) => problems.push(toProblem(meta.name, finding)));
      } catch (error) {
        problems.length = 0; // what it found before crashing may be wrong too
        problems.push(
          toProblem(meta.name, {
            at: current ?? 'content',
            message: `the ${meta.name} check crashed: ${error instanceof Error ? error.message : String(error)}`,
            hint: 'This is a bug in the check, not in the content: please report it with this file. The other checks ran.',
          }),
        );
      }
      return problems;
    },
  };
}

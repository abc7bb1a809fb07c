import type { Metric } from '../../../schemas/metric.ts';
import type { Question } from '../../../schemas/question.ts';
import type { Topic } from '../../../schemas/topic.ts';
import type { UseCase } from '../../../schemas/use-case.ts';
import type { CaseQuestion } from '../../../schemas/case.ts';
import type { SourceKindEntry } from '../../../schemas/source-kind.ts';
import type { ParsedContent, ParsedSource } from '../load-content.ts';
import { VOCABULARY_KEYS } from '../vocabularies.ts';
import { toProblem, type Finding, type Located, type Problem } from '../problems.ts';
import type { CheckedSource } from '../sources.ts';

/** What every rule sees: the content as read, and what of it passed the schemas. */
export interface RuleContext {
  content: ParsedContent;
  /** Every source whose front matter could be read: valid ones whole, the others salvaged. */
  sources: CheckedSource[];
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
  /** What the schemas refused: the runner validates every file before any rule runs. */
  refused: Finding[];
}

/** Reports one problem; the rule's name is filled in. */
export type Report = (finding: Finding) => void;

/** What a whole-content rule is run with: the context, plus `each` to walk files so a crash names the file. */
export interface RunContext extends RuleContext {
  /** Walks sources or files, remembering which one is being checked in case the rule throws. */
  each: <T extends Located | { parsed: Located }>(items: Iterable<T>) => Iterable<T>;
}

/**
 * Each file's problems from a one-file or one-source rule, kept by the caller between runs (the dev
 * server's re-check): a file read again unchanged is the same object, so it is not checked again.
 * `key` says what else the rule saw (today, the vocabularies); when it changes, everything is.
 */
export interface RuleMemo {
  key?: string;
  bySource: WeakMap<ParsedSource, Problem[]>;
}

/**
 * What a rule looks at. `file`: one source file at a time as read, whether or not its front
 * matter could be parsed or validated (its text, its capture). `source`: one checked source at a
 * time (its validated, or salvaged, front matter with its file). For both the runner walks, and
 * reuses a file's problems while it is unchanged. `content`: the whole content at once.
 */
export type Scope = 'file' | 'source' | 'content';

/** One integrity rule: a name, what it checks, its scope, and a function returning every problem it finds. */
export interface Rule {
  /** Short kebab-case name printed with each problem, e.g. `verbatim-quotes`. */
  readonly name: string;
  /** What the rule guarantees, for `check --rules` and the README. */
  readonly description: string;
  readonly scope: Scope;
  run: (context: RuleContext, memo?: RuleMemo) => Problem[];
}

interface Meta {
  name: string;
  description: string;
}

/** The one problem a crashing rule becomes: it names the rule and the file, and the other rules still run. */
function crashed(name: string, at: string, error: unknown): Problem {
  return toProblem(name, {
    at,
    message: `the ${name} check crashed: ${error instanceof Error ? error.message : String(error)}`,
    hint: 'This is a bug in the check, not in the content: please report it with this file. The other checks ran.',
  });
}

/**
 * What a one-file or one-source rule's problems also depend on: a change here invalidates every
 * remembered file. The vocabularies count by their files' digests, never by their data, which
 * YAML aliases can make far larger than the text.
 */
const memoKey = (context: RuleContext) =>
  [
    context.today,
    ...VOCABULARY_KEYS.map((key) => {
      const file = context.content[key];
      return file ? `${file.file}:${file.digest ?? (file.missing ? 'missing' : 'unread')}` : `${key}:none`;
    }),
  ].join('\n');

/**
 * Defines a rule in the one shape every check has. The rule reports findings; this fills in its
 * name and turns a crash into one problem naming the rule and the file it was checking.
 * `scope: 'file'` and `scope: 'source'` rules get one file or source at a time and the runner
 * walks; the others (the default, `content`) get the whole content and walk it with `each`.
 */
export function defineRule(
  meta: Meta & { scope: 'file' },
  check: (file: ParsedSource, context: RuleContext, report: Report) => void,
): Rule;
export function defineRule(
  meta: Meta & { scope: 'source' },
  check: (source: CheckedSource, context: RuleContext, report: Report) => void,
): Rule;
export function defineRule(
  meta: Meta & { scope?: 'content' },
  check: (context: RunContext, report: Report) => void,
): Rule;
export function defineRule(
  meta: Meta & { scope?: Scope },
  check:
    ((item: never, context: RuleContext, report: Report) => void) | ((context: RunContext, report: Report) => void),
): Rule {
  const { name, description } = meta;
  if (meta.scope === 'file' || meta.scope === 'source') {
    const checkOne = check as (item: ParsedSource | CheckedSource, context: RuleContext, report: Report) => void;
    const perFile = meta.scope === 'file';
    return {
      name,
      description,
      scope: meta.scope,
      run(context, memo) {
        try {
          if (memo) {
            const key = memoKey(context);
            if (memo.key !== key) Object.assign(memo, { key, bySource: new WeakMap() });
          }
        } catch (error) {
          return [crashed(name, 'content', error)];
        }
        const items: Array<ParsedSource | CheckedSource> = perFile ? context.content.sources : context.sources;
        return items.flatMap((item) => {
          const file = 'parsed' in item ? item.parsed : item;
          const known = memo?.bySource.get(file);
          if (known) return known;
          const problems: Problem[] = [];
          try {
            checkOne(item, context, (finding) => problems.push(toProblem(name, finding)));
          } catch (error) {
            // What it found before crashing may be wrong too; and a crash is never remembered.
            return [crashed(name, file.file, error)];
          }
          memo?.bySource.set(file, problems);
          return problems;
        });
      },
    };
  }
  const checkAll = check as (context: RunContext, report: Report) => void;
  return {
    name,
    description,
    scope: 'content',
    run(context) {
      const problems: Problem[] = [];
      let current: string | undefined;
      // No `finally` here on purpose: when the rule throws inside its loop, for-of closes this
      // generator, and `current` must still name the file being checked when the catch reads it.
      function* each<T extends Located | { parsed: Located }>(items: Iterable<T>): Iterable<T> {
        for (const item of items) {
          current = 'parsed' in item ? item.parsed.file : item.file;
          yield item;
        }
        current = undefined;
      }
      try {
        checkAll({ ...context, each }, (finding) => problems.push(toProblem(name, finding)));
      } catch (error) {
        return [crashed(name, current ?? 'content', error)];
      }
      return problems;
    },
  };
}

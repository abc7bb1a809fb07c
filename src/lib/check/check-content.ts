import { z } from 'astro/zod';
import { metricSchema, type Metric } from '../../schemas/metric.ts';
import { questionSchema, type Question } from '../../schemas/question.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { topicSchema, type Topic } from '../../schemas/topic.ts';
import { useCaseSchema, type UseCase } from '../../schemas/use-case.ts';
import { toDay } from '../text/dates.ts';
import { loadContent, type RawContent, type RawDataFile } from './load-content.ts';
import { sortProblems, type Problem } from './problems.ts';
import { datesRule } from './rules/dates.ts';
import { referencesRule } from './rules/references.ts';
import type { Rule, ValidSource } from './rules/rule.ts';
import { tableCoverageRule } from './rules/table-coverage.ts';
import { tablesMatchRule } from './rules/tables-match.ts';
import { uniqueIdsRule } from './rules/unique-ids.ts';
import { verbatimQuotesRule } from './rules/verbatim-quotes.ts';
import { salvageSource } from './salvage.ts';
import { validate } from './zod-problems.ts';

/** The integrity rules, run together so an editor sees every problem at once. */
export const RULES: readonly Rule[] = [referencesRule, uniqueIdsRule, verbatimQuotesRule, tablesMatchRule, datesRule, tableCoverageRule];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The outcome of checking the content: every problem, and what passed the schemas. */
export interface CheckResult {
  problems: Problem[];
  sources: ValidSource[];
  /** How many source files were read, valid or not. */
  sourceFiles: number;
  /** Files of sources marked `draft: true`: listed by check, never published. */
  drafts: string[];
  topics: Topic[];
  metrics: Metric[];
  useCases: UseCase[];
  questions: Question[];
}

function validateList<T extends z.core.$ZodType>(schema: T, file: RawDataFile, problems: Problem[]): Array<z.output<T>> {
  const result = validate(z.array(schema), file.data, file.file, file.lineOf);
  if (result.ok) return result.value;
  problems.push(...result.problems);
  // Keep the entries that are valid on their own, so references to them still resolve.
  return Array.isArray(file.data) ? file.data.flatMap((entry) => {
    const one = z.safeParse(schema, entry);
    return one.success ? [one.data] : [];
  }) : [];
}

/** Checks content already read from disk. Pure: no file system, no clock (today is passed in). */
export function checkRawContent(raw: RawContent, today: string): CheckResult {
  const problems: Problem[] = [...raw.problems];
  const topics = validateList(topicSchema, raw.topics, problems);
  const metrics = validateList(metricSchema, raw.metrics, problems);
  const useCases = validateList(useCaseSchema, raw.useCases, problems);
  const questions = validateList(questionSchema, raw.questions, problems);
  const sources: ValidSource[] = [];
  // Sources that failed their schema, reduced to their valid parts: the rules check these too.
  const salvaged: ValidSource[] = [];
  for (const source of raw.sources) {
    if (!SLUG.test(source.slug)) {
      problems.push({
        rule: 'file-names',
        severity: 'error',
        file: source.file,
        path: '',
        message: `the file name "${source.slug}.mdx" is not a kebab-case slug`,
        hint: `Rename it to ${source.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx: the file name becomes the page address.`,
      });
    }
    if (source.data === undefined) continue; // its YAML problems are already listed
    const result = validate(sourceSchema, source.data, source.file, source.lineOf);
    if (result.ok) {
      sources.push({ raw: source, data: result.value });
      continue;
    }
    problems.push(...result.problems);
    const partial = salvageSource(source.data);
    if (!partial) continue;
    salvaged.push({ raw: source, data: partial, partial: true });
    // With its broken fields set aside, the schema's cross-field rules (required unless draft) can run.
    const compact = { ...partial, claims: partial.claims.filter(Boolean), tables: partial.tables.filter(Boolean), faqs: partial.faqs.filter(Boolean) };
    const again = validate(sourceSchema, compact, source.file, source.lineOf);
    if (!again.ok) problems.push(...again.problems);
  }
  const context = { raw, sources: [...sources, ...salvaged], topics, metrics, useCases, questions, today };
  for (const rule of RULES) problems.push(...rule.run(context));
  // A draft is work in progress that never ships: its problems are the editor's to-do list, so
  // they warn instead of failing the build (`check --strict` still fails on them).
  const drafts = raw.sources.filter((source) => (source.data as { draft?: unknown } | undefined)?.draft === true).map((source) => source.file);
  const draftFiles = new Set(drafts);
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = `${problem.file}|${problem.path}|${problem.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
  const graded = unique.map((problem) => (draftFiles.has(problem.file) && problem.severity === 'error' ? { ...problem, severity: 'warning' as const } : problem));
  return { problems: sortProblems(graded), sources, sourceFiles: raw.sources.length, drafts, topics, metrics, useCases, questions };
}

/** Reads and checks everything under `<root>/content`. */
export function checkContent(root: string, options: { contentDir?: string; today?: string } = {}): CheckResult {
  return checkRawContent(loadContent(root, options.contentDir), options.today ?? toDay(new Date()));
}

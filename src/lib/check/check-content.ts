import { z } from 'astro/zod';
import type { Metric } from '../../schemas/metric.ts';
import type { Question } from '../../schemas/question.ts';
import { requiredUnlessDraft, sourceFieldsSchema } from '../../schemas/source.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { UseCase } from '../../schemas/use-case.ts';
import type { CaseQuestion } from '../../schemas/case.ts';
import type { SourceKindEntry } from '../../schemas/source-kind.ts';
import { toDay } from '../../schemas/day.ts';
import { isDraft } from '../rule-book.ts';
import { loadContent, type ParsedContent, type ParsedDataFile, type ParsedSource } from './load-content.ts';
import { sortProblems, type Finding, type Problem } from './problems.ts';
import { RULES, type RuleMemo } from './rules/index.ts';
import { salvageSource } from './salvage.ts';
import type { CheckedSource, ValidSource } from './sources.ts';
import { VOCABULARIES, type CheckedVocabulary, type VocabularyKey } from './vocabularies.ts';
import { validate } from './zod-problems.ts';

/** The outcome of checking the content: every problem, and what passed the schemas. */
export interface CheckResult {
  problems: Problem[];
  sources: ValidSource[];
  /** How many source files were read, valid or not. */
  sourceFiles: number;
  /** How many claims the source files hold, counting those whose front matter has errors. */
  claims: number;
  /** Files of sources marked `draft: true`: listed by check, never published. */
  drafts: string[];
  topics: Topic[];
  metrics: Metric[];
  useCases: UseCase[];
  questions: Question[];
  /** The questions /choose/ asks, with their answers. */
  caseQuestions: CaseQuestion[];
  /** Which source kinds count as independent. */
  sourceKinds: SourceKindEntry[];
}

function validateList<T extends z.core.$ZodType>(
  schema: T,
  file: ParsedDataFile,
  refused: Finding[],
): Array<z.output<T>> {
  const result = validate(z.array(schema), file.data, file);
  if (result.ok) return result.value;
  refused.push(...result.findings);
  // Keep the entries that are valid on their own, so references to them still resolve.
  return Array.isArray(file.data)
    ? file.data.flatMap((entry) => {
        const one = z.safeParse(schema, entry);
        return one.success ? [one.data] : [];
      })
    : [];
}

type Validation = ReturnType<typeof validate<typeof sourceFieldsSchema>>;

/**
 * What a check keeps between runs on the same content (the dev server's re-check): each source's
 * schema result and each one-source rule's problems, reused while the source is read unchanged.
 */
export interface CheckMemo {
  validated: WeakMap<ParsedSource, Validation>;
  rules: Map<string, RuleMemo>;
}

const newCheckMemo = (): CheckMemo => ({ validated: new WeakMap(), rules: new Map() });

/** The files of the sources marked as drafts (the rule book's `isDraft`), read whether valid or not. */
export function draftFiles(content: ParsedContent): string[] {
  return content.sources
    .filter((source) => isDraft((source.data ?? {}) as { draft?: unknown }))
    .map((source) => source.file);
}

/** The number of entries of a source's `claims` list, read or not. */
function claimCount(data: unknown): number {
  const claims = (data as { claims?: unknown } | undefined)?.claims;
  return Array.isArray(claims) ? claims.length : 0;
}

/**
 * Checks content already read from disk. Pure: no file system, no clock (today is passed in).
 * Validation comes first: every file is parsed against its schema before any rule runs, the
 * schema rule reports what was refused, and the other rules check what passed (or was salvaged).
 */
export function checkParsedContent(raw: ParsedContent, today: string, memo: CheckMemo = newCheckMemo()): CheckResult {
  const refused: Finding[] = [];
  // The vocabularies the rules check against and the result hands on, validated once.
  // (The corrections log is validated by its own rule, which also reads the sources it names.)
  const list = <K extends Exclude<VocabularyKey, 'corrections'>>(key: K) =>
    validateList(VOCABULARIES[key].schema, raw[key], refused) as Array<z.output<(typeof VOCABULARIES)[K]['schema']>>;
  const vocabularies = {
    topics: list('topics'),
    metrics: list('metrics'),
    useCases: list('useCases'),
    questions: list('questions'),
    caseQuestions: list('cases'),
    sourceKinds: list('sourceKinds'),
  } satisfies Record<CheckedVocabulary, unknown>;
  const sources: ValidSource[] = [];
  // Sources that failed their schema, reduced to their valid parts: the rules check these too.
  const salvaged: CheckedSource[] = [];
  for (const source of raw.sources) {
    if (source.data === undefined) continue; // the yaml rule reports why
    let result = memo.validated.get(source);
    if (!result) memo.validated.set(source, (result = validate(sourceFieldsSchema, source.data, source)));
    if (!result.ok) refused.push(...result.findings);
    const data = result.ok ? result.value : salvageSource(source.data);
    if (!data) continue;
    const missing = requiredUnlessDraft(data);
    refused.push(...missing.map((issue) => ({ at: source, ...issue })));
    if (result.ok && missing.length === 0) sources.push({ parsed: source, data });
    else salvaged.push({ parsed: source, data, partial: true });
  }
  const context = {
    content: raw,
    sources: [...sources, ...salvaged],
    ...vocabularies,
    today,
    refused,
  };
  const ruleMemo = (name: string) => {
    let kept = memo.rules.get(name);
    if (!kept) memo.rules.set(name, (kept = { bySource: new WeakMap() }));
    return kept;
  };
  const problems = RULES.flatMap((rule) => rule.run(context, ruleMemo(rule.name)));
  // A draft is work in progress that never ships: its problems are the editor's to-do list, so
  // they warn instead of failing the build (`check --strict` still fails on them).
  const drafts = draftFiles(raw);
  const inDraft = new Set(drafts);
  const graded = problems.map((problem) =>
    inDraft.has(problem.file) && problem.severity === 'error' ? { ...problem, severity: 'warning' as const } : problem,
  );
  return {
    problems: sortProblems(graded),
    sources,
    sourceFiles: raw.sources.length,
    claims: raw.sources.reduce((sum, source) => sum + claimCount(source.data), 0),
    drafts,
    ...vocabularies,
  };
}

/** Reads and checks everything under `<root>/content`. */
export function checkContent(root: string, options: { contentDir?: string; today?: string } = {}): CheckResult {
  return checkParsedContent(loadContent(root, options.contentDir), options.today ?? toDay(new Date()));
}

/** A check that remembers what it can between runs: the dev server's, run again on every save. */
export function createChecker(): { check: (content: ParsedContent, today: string) => CheckResult } {
  const memo = newCheckMemo();
  return { check: (content, today) => checkParsedContent(content, today, memo) };
}

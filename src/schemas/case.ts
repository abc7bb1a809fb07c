import { z } from 'astro/zod';
import { idSchema, textSchema, topicRefSchema, useCaseRefSchema } from './ids.ts';

/** One use case an answer brings into play, optionally on one side only. */
export const caseAdviceSchema = z.strictObject({
  /** The use case whose recommendations apply: an id from `content/use-cases.yaml`. */
  useCase: useCaseRefSchema,
  /**
   * Only the advice for this side applies, when the use case holds advice for situations that
   * contradict the answer: a team that knows neither language is not the "team already
   * experienced in systems programming" some Rust advice addresses. Leave out to take both sides.
   */
  only: z.enum(['go', 'rust']).optional(),
});

/** One answer a reader can give to a question of /choose/. */
export const caseAnswerSchema = z.strictObject({
  /** Kebab-case id, unique across every question: it is a segment of the case's address, e.g. `http-api`. */
  id: idSchema,
  /** The answer as the reader reads it, e.g. "An HTTP API or microservices". */
  label: textSchema,
  /** A shorter form for the case's title and its address's sentence, e.g. "an HTTP API". */
  short: textSchema,
  /** The use cases whose recommendations apply to a reader who gives this answer. */
  advice: z.array(caseAdviceSchema).default([]),
  /** The topics that matter to a reader who gives this answer: ids from `content/topics.yaml`. */
  topics: z.array(topicRefSchema).default([]),
});

/**
 * One entry of `content/cases.yaml`: a question /choose/ asks the reader about their project. A
 * case is one answer to each question; every case has its own page, so keep the questions few
 * (four at most) and the answers short.
 */
export const caseQuestionSchema = z.strictObject({
  /** Kebab-case id, the form field's name, e.g. `workload`. */
  id: idSchema,
  /** The question as a reader asks it, e.g. "What will the service mostly do?". */
  question: textSchema,
  /** Position on /choose/ and in a case's address, lowest first. */
  order: z.number().int(),
  /** The answers to pick from, two to five; the first is selected by default. */
  answers: z.array(caseAnswerSchema).min(2).max(5),
});

export type CaseQuestion = z.infer<typeof caseQuestionSchema>;
export type CaseAnswer = z.infer<typeof caseAnswerSchema>;

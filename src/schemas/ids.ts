import { z } from 'astro/zod';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier such as `cpu-bound-speed`: lower-case letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(KEBAB_CASE, { error: 'must be kebab-case: lower-case letters, digits and single hyphens, e.g. "cpu-bound-speed"' });

/** A reference to a topic in `content/topics.yaml`, by its id. Resolved by the integrity checks. */
export const topicRefSchema = idSchema;

/** A reference to a metric in `content/metrics.yaml`, by its id. Resolved by the integrity checks. */
export const metricRefSchema = idSchema;

/** A reference to a use case in `content/use-cases.yaml`, by its id. Resolved by the integrity checks. */
export const useCaseRefSchema = idSchema;

/** A reference to a question in `content/questions.yaml`, by its id. Resolved by the integrity checks. */
export const questionRefSchema = idSchema;

/** A non-empty line of text, trimmed. */
export const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** An absolute http(s) address. `javascript:` and other schemes are refused. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

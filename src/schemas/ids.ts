import { z } from 'astro/zod';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier such as `cpu-bound-speed`: lower-case letters, digits and single hyphens. */
export const idSchema = z.string().regex(KEBAB_CASE, {
  error: 'must be kebab-case: lower-case letters, digits and single hyphens, e.g. "cpu-bound-speed"',
});

/** A reference to a topic in `content/topics.yaml`, by its id. Resolved by the integrity checks. */
export const topicRefSchema = idSchema;

/** A reference to a metric in `content/metrics.yaml`, by its id. Resolved by the integrity checks. */
export const metricRefSchema = idSchema;

/** A reference to a use case in `content/use-cases.yaml`, by its id. Resolved by the integrity checks. */
export const useCaseRefSchema = idSchema;

/** A reference to a question in `content/questions.yaml`, by its id. Resolved by the integrity checks. */
export const questionRefSchema = idSchema;

// C0 control characters but tab, line feed and carriage return, DEL, and the non-characters
// U+FFFE and U+FFFF: XML (the RSS feed) cannot hold them, a terminal obeys them, and no article
// needs them. A YAML escape ("\0", "\x1b") is the only way to write one in front matter.
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

// Half of a surrogate pair on its own ("\ud800"): not a character, and the search index and the
// feed cannot encode it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A non-empty line of text, trimmed, of characters the pages, the feed and the search index can all hold. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((text) => !CONTROL_CHARACTER.test(text), {
    error: 'holds a control character (a YAML escape such as "\\0" or "\\x1b"): delete it',
  })
  .refine((text) => !LONE_SURROGATE.test(text), {
    error: 'holds half of a surrogate pair (a YAML escape such as "\\ud800"), which is not a character: delete it',
  });

/** An absolute http(s) address. `javascript:` and other schemes are refused. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

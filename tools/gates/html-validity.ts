import { HtmlValidate, type ConfigData } from 'html-validate';
import type { BuiltPage } from './site-files.ts';

/**
 * The standard preset checks what the HTML specification requires (content models, attributes,
 * ids, nesting); stylistic rules are left to code review.
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // Astro's CSP is delivered in <meta>, and html-validate flags http-equiv values it does not know.
    'attribute-allowed-values': ['error', { ignore: ['http-equiv'] }],
  },
};

/** Every HTML error on the pages, as "url:line:column message (rule)". */
export async function htmlErrors(
  pages: readonly BuiltPage[],
  config: ConfigData = HTML_VALIDATE_CONFIG,
): Promise<string[]> {
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2)
          errors.push(`${page.url}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
      }
    }
  }
  return errors;
}

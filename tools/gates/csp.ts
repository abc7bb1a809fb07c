import type { BuiltPage } from './site-files.ts';
import { elements } from './site-files.ts';

/** What is wrong with a page's Content-Security-Policy, if anything. */
export function cspProblems(page: BuiltPage): string[] {
  const meta = elements(
    page.document,
    (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  if (meta.length !== 1) return [`${page.url}: expected one CSP <meta>, found ${meta.length}`];
  const policy = meta[0]!.attribs.content ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
  const problems: string[] = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) problems.push(`${page.url}: the policy sets no script-src or default-src`);
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    const values = directives.get(name) ?? [];
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (values.includes(unsafe)) problems.push(`${page.url}: ${name} allows ${unsafe}`);
    }
  }
  const inlineHandlers = elements(page.document, (el) =>
    Object.keys(el.attribs).some((attribute) => /^on/i.test(attribute)),
  );
  if (inlineHandlers.length)
    problems.push(`${page.url}: ${inlineHandlers.length} element(s) with inline event handlers`);
  // The policy allows no inline style attributes either, so any would silently lose its styling.
  const styled = elements(page.document, (el) => el.attribs.style !== undefined);
  if (styled.length)
    problems.push(`${page.url}: ${styled.length} element(s) with a style attribute, which the policy blocks`);
  return problems;
}

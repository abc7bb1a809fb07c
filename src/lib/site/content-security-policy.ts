// The site's Content-Security-Policy, in one place: astro.config.mjs hands these directives to
// Astro, which writes them with the hashes of each page's scripts and styles into the page's
// <meta> in a build; `astro dev` writes no policy at all, so src/integrations/dev-csp.ts sends the
// same policy as a header, with the hashes that pagePolicy() takes from the page it serves.
import { createHash } from 'node:crypto';

/** Everything but script-src and style-src, which Astro adds with each page's hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of each inline <script> (one without a src) and each <style> in `html`, in order. */
function inlineScriptsAndStyles(html: string): { scripts: string[]; styles: string[] } {
  const found = { scripts: [] as string[], styles: [] as string[] };
  const lower = html.toLowerCase();
  const opening = /<(script|style)\b([^>]*)>/gi;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const name = match[1]!.toLowerCase();
    const start = opening.lastIndex;
    const end = lower.indexOf(`</${name}`, start);
    const text = html.slice(start, end === -1 ? html.length : end);
    if (name === 'style') found.styles.push(text);
    else if (!/\ssrc\s*=/i.test(match[2]!)) found.scripts.push(text);
    opening.lastIndex = end === -1 ? html.length : end;
  }
  return found;
}

/**
 * The policy a build writes into a page like `html`: the site's directives, then scripts and
 * styles from this site or by the hash of each inline one, never 'unsafe-inline'.
 */
export function pagePolicy(html: string): string {
  const { scripts, styles } = inlineScriptsAndStyles(html);
  const allow = (texts: string[]) => ["'self'", ...new Set(texts.map(sha256))].join(' ');
  return [...CSP_DIRECTIVES, `script-src ${allow(scripts)}`, `style-src ${allow(styles)}`].join('; ');
}

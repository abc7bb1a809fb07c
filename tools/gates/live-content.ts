// Nothing on a built page runs or moves the reader unless the site put it there: every script is
// hashed in the page's policy (or a file of this site) and comes after the policy, and no page has
// an inline event handler, a meta refresh, a frame, a <base>, or a link with another scheme.
import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { isAllowedBodyUrl } from '../../src/lib/text/prose-only.ts';
import { elements, type BuiltPage } from './site-files.ts';

/** Script types a browser never runs: data blocks, like JSON-LD. */
const DATA_BLOCK = /^application\/(?:ld\+)?json$/i;
// Elements the site itself never writes (its own scripts, styles, metas and search form are checked above).
const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'data'];

const isPolicy = (el: Element) =>
  el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy';

/** The hashes a page's policy allows scripts by, as 'sha256-…' tokens. */
function scriptHashes(page: BuiltPage): Set<string> {
  const policy = elements(page.document, isPolicy)[0]?.attribs.content ?? '';
  const directive =
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find((tokens) => tokens[0]?.toLowerCase() === 'script-src') ?? [];
  return new Set(directive.filter((token) => /^'sha(256|384|512)-/.test(token)));
}

/** Every way a built page could run code or send the reader elsewhere that the site did not mean. */
export function liveContentProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  const hashes = scriptHashes(page);
  const policy = elements(page.document, isPolicy)[0];
  const all = elements(page.document, () => true);
  const policyAt = policy ? all.indexOf(policy) : -1;
  for (const [index, el] of all.entries()) {
    const where = `${page.url}: <${el.name}${el.attribs.src ? ` src="${el.attribs.src}"` : ''}>`;
    if (el.name === 'script' && !DATA_BLOCK.test(el.attribs.type ?? '')) {
      if (policyAt === -1 || index < policyAt) problems.push(`${where} comes before the Content-Security-Policy`);
      const src = el.attribs.src;
      if (src !== undefined) {
        if (/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(src.trim()))
          problems.push(`${where} loads a script from another site`);
      } else {
        const hash = `'sha256-${createHash('sha256').update(DomUtils.textContent(el)).digest('base64')}'`;
        if (!hashes.has(hash)) problems.push(`${where} is an inline script whose hash is not in the policy`);
      }
    }
    for (const name of Object.keys(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`${where} has an inline event handler ${name}=`);
    }
    if (el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'refresh')
      problems.push(`${where} is a meta refresh`);
    if (FORBIDDEN.has(el.name)) problems.push(`${where} is not allowed on a page`);
    for (const name of URL_ATTRIBUTES) {
      const value = el.attribs[name];
      if (value !== undefined && !isAllowedBodyUrl(value))
        problems.push(`${where} has ${name}="${value.slice(0, 60)}", neither http(s), mailto nor relative`);
    }
  }
  return problems;
}

// The policy `astro dev` sends (src/integrations/dev-csp.ts): the build's directives, then scripts
// and styles from this site or by the hash of each inline one, as the build's <meta> has them.
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, pagePolicy } from '../../src/lib/site/content-security-policy.ts';

// SHA-256 of "" and of "a", base64: published test vectors, not computed here.
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const A = "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='";

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('the policy of a page served by astro dev', () => {
  it("starts with the build's directives", () => {
    expect(pagePolicy('<p>text</p>').split('; ').slice(0, CSP_DIRECTIVES.length)).toEqual(CSP_DIRECTIVES);
  });

  it('allows scripts and styles from this site only, when the page has none inline', () => {
    const policy = pagePolicy('<script type="module" src="/@vite/client"></script><p>text</p>');
    expect(directive(policy, 'script-src')).toBe("'self'");
    expect(directive(policy, 'style-src')).toBe("'self'");
  });

  it('allows each inline script and style by its hash, once, and never unsafe-inline', () => {
    const html =
      '<head><SCRIPT type="module">a</SCRIPT><style data-x="1">a</style><style></style><style>a</style></head>';
    const policy = pagePolicy(html);
    expect(directive(policy, 'script-src')).toBe(`'self' ${A}`);
    expect(directive(policy, 'style-src')).toBe(`'self' ${A} ${EMPTY}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('does not take text shown on the page for a script', () => {
    expect(directive(pagePolicy('<p>&lt;script&gt;a&lt;/script&gt;</p><code>&lt;style&gt;</code>'), 'script-src')).toBe(
      "'self'",
    );
  });
});

// Added by src/integrations/dev-csp.ts in `astro dev` only: every HTML page is sent with the
// policy a build writes into its <meta>, hashes of its own inline scripts and styles included.
import type { MiddlewareHandler } from 'astro';
import { pagePolicy } from '../lib/site/content-security-policy.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.set('content-security-policy', pagePolicy(html));
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};

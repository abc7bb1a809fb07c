// `astro dev` sends no Content-Security-Policy (Astro writes the policy's <meta> only in a build),
// so a contributed body's remote image, for one, would load in a reviewer's browser. In dev this
// adds a middleware that sends the build's policy as a header; a build is left as it is.
import type { AstroIntegration } from 'astro';

export function devContentSecurityPolicy(): AstroIntegration {
  return {
    name: 'dev-content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'dev') return;
        addMiddleware({ entrypoint: new URL('./dev-csp-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}

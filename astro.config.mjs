// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteProcessor } from './src/markdown/plugins.ts';
import { requireSiteAddress } from './src/integrations/site-address.ts';
import { PLACEHOLDER_SITE } from './src/lib/site/site-address.ts';
import { CODE_HIGHLIGHT } from './src/markdown/code-highlight.ts';
import { devContentSecurityPolicy } from './src/integrations/dev-csp.ts';
import { CSP_DIRECTIVES } from './src/lib/site/content-security-policy.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a project path. A
// production build refuses the placeholder address (src/integrations/site-address.ts).
export default defineConfig({
  site: process.env.SITE_URL || PLACEHOLDER_SITE,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // Inside the project rather than node_modules/, so copies of the project that link node_modules
  // (the command tests) never share a content cache.
  cacheDir: './.cache/astro',
  compressHTML: true,
  // The sources are checked by their content loader (src/content.config.ts); every MDX file (source
  // bodies and the editorial pages) is compiled by @astrojs/mdx with the site's processor below.
  // devContentSecurityPolicy() sends the same policy as a header in `astro dev`, where Astro writes none.
  integrations: [
    requireSiteAddress(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchIndex(),
    devContentSecurityPolicy(),
  ],
  // The processor's first plugin is the body policy's gate (src/markdown/plugins.ts): a file that
  // breaks it stops the compile before anything is compiled to a module. @astrojs/mdx inherits it.
  // Code blocks are highlighted by Shiki with classes, not style="" attributes (which the strict
  // Content-Security-Policy blocks); the colours are in src/styles/code.css.
  markdown: { ...CODE_HIGHLIGHT, processor: siteProcessor() },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      modulePreload: false,
      // The search script imports Pagefind's bundle at run time, which an inlined script cannot do;
      // it stays a file of its own. Everything else keeps the default (inline under 4 KB).
      assetsInlineLimit: (file) => (/search\.astro.*\.js$/.test(file) ? false : undefined),
    },
  },
  // A strict Content-Security-Policy in each page's <meta>: scripts and styles only from this site
  // or by hash, never 'unsafe-inline' (GitHub Pages cannot send headers, so meta is the only way).
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // Front-matter completion and validation in VS Code (with the Astro extension; see .vscode/).
  experimental: { contentIntellisense: true },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a project path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://go-vs-rust.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  compressHTML: true,
  integrations: [contentIntegrity(), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});

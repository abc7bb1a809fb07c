// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { passageMarks } from './src/integrations/passage-marks.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a project path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://go-vs-rust.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  compressHTML: true,
  integrations: [contentIntegrity(), mdx({ processor: satteri({ hastPlugins: [passageMarks] }) })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Front-matter completion and validation in VS Code (with the Astro extension; see .vscode/).
  experimental: { contentIntellisense: true },
});

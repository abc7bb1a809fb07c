// The sites the benchmark builds, each in its own temporary directory:
// - a copy of this project whose content/sources holds N sources (the real ones, then synthetic
//   copies of them under new slugs and titles, each with its capture, so every integrity rule
//   passes on them exactly as on the originals);
// - a bare Astro site with the same MDX files, one minimal page per source and Pagefind (the framework floor),
//   and the same with the files as Markdown (what MDX costs);
// - a Starlight site building the same files as documentation pages (what an editor would pick instead).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { isDraft } from '../../src/lib/rule-book.ts';

/** YAML read as the check reads it (the core schema: dates stay text). */
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

/** Not copied into the site copy: generated, installed or unrelated to a build. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'bench',
  'test-results',
  'playwright-report',
  '.github',
]);
/** Build caches Astro and Vite keep inside node_modules: each benchmark site gets its own, empty. */
const CACHES = new Set(['.astro', '.vite', '.vitest', '.cache']);

/**
 * Gives `dir` a node_modules whose entries are symlinks to the project's packages. Not one symlink
 * to the whole folder: Astro keeps its content cache in node_modules/.astro (cacheDir), and a shared
 * one would make every build after the first a warm one, and would write into the project's cache.
 */
function linkNodeModules(root: string, dir: string): void {
  const source = join(root, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(source)) {
    if (CACHES.has(name)) continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

/** Removes what a previous build left, so every measured build starts cold. */
export function clearBuildState(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

export interface RealSource {
  slug: string;
  mdx: string;
  capture: string | undefined;
  title: string;
}

/** The published (non-draft) sources of the project, sorted by slug. */
export function realSources(root: string): RealSource[] {
  const dir = join(root, 'content', 'sources');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const slug = basename(name, '.mdx');
      const mdx = readFileSync(join(dir, name), 'utf8');
      const data = splitFrontMatter(mdx).data as { title?: unknown; draft?: unknown } | undefined;
      if (!data || isDraft(data) || typeof data.title !== 'string') return [];
      const capturePath = join(root, 'content', 'captures', `${slug}.txt`);
      return [
        {
          slug,
          mdx,
          title: data.title,
          capture: existsSync(capturePath) ? readFileSync(capturePath, 'utf8') : undefined,
        },
      ];
    });
}

/**
 * N sources: the real ones first, then copies cycling through them. A copy keeps the article, its
 * claims, quotes, tables and capture, and gets a new slug (`<slug>-copy-<k>`, so a new page) and a
 * new title; nothing else changes, so it passes the same rules its original passes.
 */
function synthesise(
  real: readonly RealSource[],
  n: number,
): Array<{ slug: string; mdx: string; capture: string | undefined }> {
  if (real.length === 0) throw new Error('no published sources to derive synthetic ones from');
  return Array.from({ length: n }, (_, index) => {
    const original = real[index % real.length]!;
    if (index < real.length) return { slug: original.slug, mdx: original.mdx, capture: original.capture };
    const copy = Math.floor(index / real.length);
    const title = `${original.title} (synthetic copy ${copy})`;
    let replaced = false;
    const mdx = original.mdx.replace(/^title:[ \t]*(.*)$/m, (line, value: string) => {
      if (parse(value) !== original.title) return line; // not the plain one-line form: leave it
      replaced = true;
      return `title: ${JSON.stringify(title)}`;
    });
    if (!replaced) throw new Error(`cannot retitle ${original.slug}: its title is not on one line`);
    return { slug: `${original.slug}-copy-${copy}`, mdx, capture: original.capture };
  });
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gvr-bench-${prefix}-`));
}

/**
 * A copy of the project with N sources, verified with the content check (`npm run check`'s
 * logic) before it is returned; `checkMs` is how long that check took.
 */
export function ourSite(root: string, n: number): { dir: string; checkMs: number } {
  const dir = tempDir(`site-${n}`);
  for (const name of readdirSync(root)) {
    if (SKIP.has(name)) continue;
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (path) =>
        !path.includes(`${join(root, 'content', 'sources')}/`) &&
        !path.includes(`${join(root, 'content', 'captures')}/`),
    });
  }
  linkNodeModules(root, dir);
  const sourcesDir = join(dir, 'content', 'sources');
  const capturesDir = join(dir, 'content', 'captures');
  mkdirSync(sourcesDir, { recursive: true });
  mkdirSync(capturesDir, { recursive: true });
  for (const source of synthesise(realSources(root), n)) {
    writeFileSync(join(sourcesDir, `${source.slug}.mdx`), source.mdx);
    if (source.capture !== undefined) writeFileSync(join(capturesDir, `${source.slug}.txt`), source.capture);
  }
  const started = performance.now();
  const result = checkContent(dir);
  const checkMs = performance.now() - started;
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length || result.sources.length !== n) {
    throw new Error(
      `the ${n}-source copy does not pass the content check (${result.sources.length} valid sources): ${errors
        .slice(0, 3)
        .map((e) => `${e.file}: ${e.message}`)
        .join('; ')}`,
    );
  }
  return { dir, checkMs };
}

/** The Astro config's Pagefind step of a floor: after the build, index every page's `data-pagefind-body`, as our site does. */
const FLOOR_SEARCH = `const search = {
  name: 'floor-search',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex();
      await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
    },
  },
};
`;

/** A generated site's package.json; Astro bundles the packages it lists that ship components. */
const packageJson = (name: string, dependencies: Record<string, string> = {}) =>
  `${JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2)}\n`;

/**
 * The framework floor: Astro (the same installed version), a schema-less content collection over
 * the same N files, one minimal page per source that renders its body, and Pagefind indexing those
 * bodies after the build. `renderer: 'mdx'` gives Astro the files as MDX through @astrojs/mdx (how
 * our bodies are rendered); `'markdown'` gives them as Markdown (.md, Astro's default processor),
 * to show what MDX costs. No styles, other pages or other integrations.
 */
export function bareSite(root: string, n: number, renderer: 'mdx' | 'markdown' = 'mdx'): string {
  const dir = tempDir(`bare-${renderer}-${n}`);
  const ext = renderer === 'mdx' ? 'mdx' : 'md';
  linkNodeModules(root, dir);
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  for (const source of synthesise(realSources(root), n))
    writeFileSync(join(dir, 'content', 'sources', `${source.slug}.${ext}`), source.mdx);
  writeFileSync(join(dir, 'package.json'), packageJson(`bare-astro-${renderer}-floor`));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
${renderer === 'mdx' ? "import mdx from '@astrojs/mdx';\n" : ''}import * as pagefind from 'pagefind';

${FLOOR_SEARCH}
export default defineConfig({ output: 'static', devToolbar: { enabled: false }, integrations: [${renderer === 'mdx' ? 'mdx(), ' : ''}search] });
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '*.${ext}' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const sources = await getCollection('sources');
  return sources.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.id}</title></head>
  <body><main data-pagefind-body><Content /></main></body>
</html>
`,
  );
  return dir;
}

/**
 * What an editor would pick instead: Starlight (its defaults: sidebar, table of contents, its own
 * Pagefind search) building the same N files as documentation pages under src/content/docs/. Its
 * schema keeps the fields it knows (title, draft) and drops the rest of our front matter.
 */
export function starlightSite(root: string, n: number): string {
  // Inside the project's ignored cache folder, so Node finds the project's packages by walking up,
  // at their real paths: through linked packages, Astro compiles Starlight's components at one path
  // and looks for them at another.
  mkdirSync(join(root, '.cache', 'bench'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', 'bench', `starlight-${n}-`));
  writeFileSync(join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  for (const source of synthesise(realSources(root), n)) writeFileSync(join(docs, `${source.slug}.mdx`), source.mdx);
  writeFileSync(join(dir, 'package.json'), packageJson('starlight-floor', { astro: '*', '@astrojs/starlight': '*' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  devToolbar: { enabled: false },
  integrations: [starlight({ title: 'Go vs Rust, side by side' })],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return dir;
}

/** Versions of what the benchmark builds with, from the installed packages. */
export function installedVersion(root: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

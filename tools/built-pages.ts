/**
 * Reads a built site (`dist/`): its pages and the files they link, for the byte budgets
 * (tests/site/budgets.test.ts) and the benchmark's page weights (tools/bench/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { pageWeight, type PageWeight } from './page-weight.ts';

/** One HTML page of the built site. */
export interface BuiltPage {
  /** The page's address below the base path, e.g. `/`, `/topics/performance/`, `/404.html`. */
  path: string;
  /** The file under dist/. */
  file: string;
  html: string;
}

/** Every file under `dist`, as `/`-separated paths relative to it, sorted. */
export function builtFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return files;
}

/** The address of a built HTML file below the base path: `index.html` files are addressed by folder. */
export function pagePath(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Every `.html` file under `dist`, sorted by address. */
export function builtPages(dist: string): BuiltPage[] {
  return builtFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: pagePath(file), file: join(dist, file), html: readFileSync(join(dist, file), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Normalises a base path to `/` or `/x/y/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Resolves a link on `page` to a file under `dist`: root-relative hrefs lose the base path,
 * relative ones resolve against the page. External (`https:`, `//…`, `data:`) links are not part
 * of the site: undefined.
 */
export function assetFile(dist: string, base: string, page: BuiltPage, href: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined;
  const clean = href.replace(/[?#].*$/, '');
  const prefix = normaliseBase(base);
  let sitePath: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(prefix) && prefix !== '/') return undefined;
    sitePath = `/${clean.slice(prefix.length)}`;
  } else {
    const dir = page.path.endsWith('/') ? page.path : posix.dirname(page.path);
    sitePath = posix.join(dir, clean);
  }
  const file = join(dist, ...decodeURIComponent(sitePath).split('/').filter(Boolean));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The weight of a built page with everything it links. */
export function builtPageWeight(dist: string, base: string, page: BuiltPage): PageWeight {
  return pageWeight(page.html, (href) => {
    const file = assetFile(dist, base, page, href);
    return file ? readFileSync(file) : undefined;
  });
}

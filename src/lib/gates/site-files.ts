import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built HTML page: where it lives on the site and its parsed document. */
export interface BuiltPage {
  /** The page's URL path, e.g. `/go-vs-rust/topics/performance/`. */
  url: string;
  /** The file, relative to dist/. */
  file: string;
  html: string;
  document: Document;
}

/** Every element of a document matching a test. */
export function elements(document: Document, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, document.children);
}

/** Parses one page. */
export function parsePage(url: string, file: string, html: string): BuiltPage {
  return { url, file, html, document: parseDocument(html) };
}

/** A built site: its HTML pages, and the URL paths of every other file (CSS, feeds, data). */
export interface BuiltSite {
  pages: BuiltPage[];
  files: Set<string>;
}

/** Reads everything under `dist`, served under `base`. */
export function readBuiltSite(dist: string, base = '/'): BuiltSite {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const path of walk(dist).sort()) {
    const file = relative(dist, path).split(sep).join('/');
    if (!file.endsWith('.html')) {
      files.add(prefix + file);
      continue;
    }
    const url = prefix + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
    pages.push(parsePage(url, file, readFileSync(path, 'utf8')));
  }
  return { pages, files };
}

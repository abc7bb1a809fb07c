import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, normaliseBase, pagePath } from '../built-pages.ts';

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
  const prefix = normaliseBase(base);
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const file of builtFiles(dist)) {
    if (file.endsWith('.html'))
      pages.push(parsePage(prefix + pagePath(file).slice(1), file, readFileSync(join(dist, file), 'utf8')));
    else files.add(prefix + file);
  }
  return { pages, files };
}

/**
 * Page weight of a built page, measured from its HTML and the files it links: bytes of HTML, CSS
 * and JavaScript (raw, gzip, brotli) and the page's visible text. Shared by the byte budgets
 * (tests/site/budgets.test.ts) and the benchmark (tools/bench/). Pure apart from the `readAsset` callback,
 * and deterministic: fixed compression levels, no clock.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw and compressed sizes of some bytes. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** gzip at level 9 and brotli at quality 11: what a static host precompressing files serves. */
export function sizes(bytes: Uint8Array | string): Sizes {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength },
    }).byteLength,
  };
}

function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

// `<script type="application/ld+json">` and other data blocks are never executed by the browser
// (HTML spec, "data block"), so they are not JavaScript; every other <script> is.
const DATA_BLOCK = /^application\/(?:ld\+)?json$/i;
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Parameters<Parameters<typeof DomUtils.findAll>[0]>[0];

const isExecutable = (script: Element) => {
  const type = script.attribs.type?.trim();
  return !type || !DATA_BLOCK.test(type);
};

/** The page as a tree, with each node's offsets in the HTML so parts of it can be cut out exactly. */
const parse = (html: string) => parseDocument(html, { withStartIndices: true, withEndIndices: true });

/** What a page pulls in besides its own HTML. */
export interface PageResources {
  /** href of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** src of every executable `<script src>`, and href of every `<link>` to a script (modulepreload, preload/prefetch as script, any `.js`/`.mjs`). */
  scripts: string[];
  /** Text of every executable inline `<script>`. */
  inlineScripts: string[];
  /** Inline event-handler attributes (`onclick="…"`): JavaScript too. */
  handlers: string[];
}

export function pageResources(html: string): PageResources {
  const stylesheets: string[] = [];
  const linkedScripts: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  const handlers: string[] = [];
  for (const element of DomUtils.findAll(() => true, parse(html).children)) {
    for (const [name, value] of Object.entries(element.attribs))
      if (/^on[a-z]+$/i.test(name)) handlers.push(`${name}="${value}"`);
    if (element.name === 'link') {
      const rel = (element.attribs.rel ?? '').toLowerCase().split(/\s+/);
      const href = element.attribs.href;
      if (!href) continue;
      if (rel.includes('stylesheet')) stylesheets.push(href);
      else if (rel.includes('modulepreload') || element.attribs.as === 'script' || /\.m?js(?:[?#]|$)/i.test(href))
        linkedScripts.push(href);
    } else if (element.name === 'script' && isExecutable(element)) {
      const src = element.attribs.src;
      if (src) scripts.push(src);
      else inlineScripts.push(DomUtils.textContent(element)); // an empty <script> is still a script element
    }
  }
  return { stylesheets, scripts: [...linkedScripts, ...scripts], inlineScripts, handlers };
}

/** The HTML with the bodies of executable inline scripts emptied, byte for byte otherwise. */
export function withoutInlineScripts(html: string): string {
  const cuts = DomUtils.findAll(
    (element) =>
      element.name === 'script' && isExecutable(element) && !element.attribs.src && element.children.length > 0,
    parse(html).children,
  ).map((script) => ({ start: script.children[0]!.startIndex!, end: script.children.at(-1)!.endIndex! + 1 }));
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += html.slice(at, cut.start);
    at = cut.end;
  }
  return out + html.slice(at);
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader sees: the `<body>`'s text with `<script>`, `<style>`, `<template>` and
 * `<noscript>` removed, tags dropped, entities decoded and whitespace collapsed to single spaces.
 */
export function visibleText(html: string): string {
  const document = parse(html);
  const body = DomUtils.findOne((element) => element.name === 'body', document.children);
  const texts: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) texts.push(node.data);
      else if (DomUtils.isTag(node) && !HIDDEN.has(node.name)) walk(node.children);
    }
  };
  walk(body ? body.children : document.children);
  // Every tag separates words, as a browser's line and block boxes mostly do.
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The weight of one page, counting every linked file in full (a first visit, empty cache). */
export interface PageWeight {
  html: Sizes;
  css: Sizes;
  js: Sizes;
  text: Sizes;
  /** gzip(HTML, less inline scripts) + gzip(each CSS file), divided by gzip(visible text). */
  gzipRatio: number;
  /** The same with brotli. */
  brotliRatio: number;
  resources: PageResources;
  /** Linked files `readAsset` could not find. */
  missing: string[];
}

/**
 * Measures a page. `readAsset(href)` returns the bytes of a linked file (resolved against the page
 * and the site's base path by the caller), or undefined when it is not part of the site.
 */
export function pageWeight(html: string, readAsset: (href: string) => Uint8Array | undefined): PageWeight {
  const resources = pageResources(html);
  const missing: string[] = [];
  const files = (hrefs: string[]) =>
    hrefs.flatMap((href) => {
      const bytes = readAsset(href);
      if (!bytes) missing.push(href);
      return bytes ? [sizes(bytes)] : [];
    });
  const htmlSizes = sizes(html);
  // Inline scripts are counted as JavaScript (their own budget), not again as markup.
  const markup = resources.inlineScripts.some(Boolean) ? sizes(withoutInlineScripts(html)) : htmlSizes;
  const css = addSizes(...files(resources.stylesheets));
  const js = addSizes(
    ...files(resources.scripts),
    ...[...resources.inlineScripts, ...resources.handlers].map((code) => sizes(code)),
  );
  const text = sizes(visibleText(html));
  return {
    html: htmlSizes,
    css,
    js,
    text,
    gzipRatio: (markup.gzip + css.gzip) / Math.max(text.gzip, 1),
    brotliRatio: (markup.brotli + css.brotli) / Math.max(text.brotli, 1),
    resources,
    missing,
  };
}

/** Whether a page carries any JavaScript at all: a script element, a linked script or a handler. */
export function hasJavaScript(weight: PageWeight): boolean {
  const r = weight.resources;
  return r.scripts.length + r.inlineScripts.length + r.handlers.length > 0;
}

/**
 * Page weight of a built page, measured from its HTML and the files it links: bytes of HTML, CSS
 * and JavaScript (raw, gzip, brotli) and the page's visible text. Shared by the byte budgets
 * (tests/budgets/) and the benchmark (tools/bench/). Pure apart from the `readAsset` callback,
 * and deterministic: fixed compression levels, no clock.
 *
 * The HTML is read with regular expressions, which is enough for Astro's compressed output (no
 * comments or CDATA in the body) and keeps the measurement free of a parser dependency.
 */
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
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength } }).byteLength,
  };
}

export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};

// `<script type="application/ld+json">` and other data blocks are never executed by the browser
// (HTML spec, "data block"), so they are not JavaScript; every other <script> is.
const DATA_BLOCK = /^application\/(?:ld\+)?json$/i;
const isExecutable = (openTag: string) => {
  const type = attr(openTag, 'type')?.trim();
  return !type || !DATA_BLOCK.test(type);
};

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
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.push(href);
    else if (rel.includes('modulepreload') || attr(tag, 'as') === 'script' || /\.m?js(?:[?#]|$)/i.test(href)) scripts.push(href);
  }
  for (const match of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const [, open = '', body = ''] = match;
    if (!isExecutable(open)) continue;
    const src = attr(open, 'src');
    if (src) scripts.push(src);
    else if (body.trim()) inlineScripts.push(body);
    else inlineScripts.push(''); // an empty <script> is still a script element
  }
  const handlers = [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'))/gi)].map((match) => match[1] ?? '');
  return { stylesheets, scripts, inlineScripts, handlers };
}

/** The HTML with the bodies of executable inline scripts emptied. */
export function withoutInlineScripts(html: string): string {
  return html.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (whole, open: string, _body: string, close: string) =>
    isExecutable(open) && !attr(open, 'src') ? `${open}${close}` : whole,
  );
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', middot: '·', times: '×', rarr: '→', larr: '←' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/**
 * The text a reader sees: the `<body>`'s text with `<script>`, `<style>`, `<template>` and
 * `<noscript>` removed, tags dropped, entities decoded and whitespace collapsed to single spaces.
 */
export function visibleText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body\s*>/i.exec(html)?.[1] ?? html;
  return decodeEntities(
    body
      .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
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
  const js = addSizes(...files(resources.scripts), ...[...resources.inlineScripts, ...resources.handlers].map((code) => sizes(code)));
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

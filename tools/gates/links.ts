import type { BuiltPage } from './site-files.ts';
import { elements } from './site-files.ts';

/** A link on a built page that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const LINKING: Array<[tag: string, attribute: string]> = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
];

/**
 * Every internal link and `#anchor` on the built pages that does not resolve: to a page or file
 * that was not built (`files` lists the non-HTML files), or to an id the target page lacks.
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin = 'https://site.invalid',
): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: BuiltPage) => {
    let set = ids.get(page.url);
    if (!set)
      ids.set(
        page.url,
        (set = new Set(elements(page.document, (el) => el.attribs.id !== undefined).map((el) => el.attribs.id!))),
      );
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [tag, attribute] of LINKING) {
      for (const element of elements(page.document, (el) => el.name === tag && el.attribs[attribute] !== undefined)) {
        const href = element.attribs[attribute]!;
        const target = new URL(href, origin + page.url);
        if (target.origin !== origin) continue; // external: another gate checks its rel
        const path = decodeURIComponent(target.pathname);
        const found = byUrl.get(path) ?? byUrl.get(`${path}/`) ?? (path.endsWith('/') ? undefined : byUrl.get(path));
        if (!found && !files.has(path)) {
          broken.push({ page: page.url, href, reason: `no page or file at ${path}` });
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && found && !idsOf(found).has(id))
          broken.push({ page: page.url, href, reason: `${found.url} has no element with id "${id}"` });
        if (id && !found)
          broken.push({ page: page.url, href, reason: `${path} is not a page, so #${id} cannot resolve` });
      }
    }
  }
  return broken;
}

/** External links (`http(s)://` elsewhere) missing `rel="noopener noreferrer"`. */
export function externalLinksWithoutRel(pages: readonly BuiltPage[], origin = 'https://site.invalid'): BrokenLink[] {
  const problems: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of elements(page.document, (el) => el.name === 'a' && /^https?:/i.test(el.attribs.href ?? ''))) {
      if (new URL(link.attribs.href!).origin === origin) continue;
      const rel = new Set((link.attribs.rel ?? '').split(/\s+/));
      if (!rel.has('noopener') || !rel.has('noreferrer'))
        problems.push({
          page: page.url,
          href: link.attribs.href!,
          reason: 'external link without rel="noopener noreferrer"',
        });
    }
  }
  return problems;
}

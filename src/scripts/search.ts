// The search page's script: Pagefind over article bodies, claims and FAQ answers, with topic and
// source filters, all kept in the URL (?q=…&topic=…&source=…) so a search can be shared. Claims and
// FAQ answers are indexed as one document per source whose sections are the claims (answers); each
// matching section is listed as a result of its own, linked to its passage (answer).
import { CHECK_IN_HEADING, SEARCH_KINDS } from '../lib/site/search-kinds.ts';
import { searchTerms } from '../lib/site/search-query.ts';
import { SEARCH_SECTIONS_SHOWN } from '../lib/site/tunables.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{
    url: string;
    title: string;
    excerpt: string;
    /** Where the query's words are in the section, each with its score (Pagefind 1.x). */
    weighted_locations?: Array<{ balanced_score: number }>;
  }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');

/** Pagefind's excerpt as DOM: text and its <mark>s only, whatever else the string holds. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function item(href: string, title: string, excerpt: string, details: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  const heading = document.createElement('h2');
  heading.append(link);
  const text = document.createElement('p');
  text.append(...excerptNodes(excerpt));
  li.append(heading);
  if (details.length) {
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = details.join(' · ');
    li.append(meta);
  }
  li.append(text);
  return li;
}

if (form && list && statusLine) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  // Filters fold away on a phone; a shared link that uses them opens them.
  const filtersBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (filtersBox && boxes.some((box) => box.checked)) filtersBox.open = true;

  const run = async () => {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const box of boxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [name, values] of Object.entries(filters))
      for (const value of values) url.searchParams.append(name, value);
    history.replaceState(null, '', url);
    const run = ++latest;
    if (!query) {
      list.replaceChildren();
      statusLine.textContent = 'Type a word to search every article, claim and FAQ answer.';
      return;
    }
    statusLine.textContent = 'Searching…';
    pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 30 });
      return module;
    });
    // Values of one filter are alternatives (any); different filters must all match.
    const search = await (
      await pagefind
    ).search(searchTerms(query), {
      filters: Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }])),
    });
    const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    if (run !== latest) return;
    const sectioned = new Set<string>(Object.values(SEARCH_KINDS));
    list.replaceChildren(
      ...results.flatMap((result) => {
        const kind = result.meta.kind;
        if (kind && sectioned.has(kind)) {
          // The claims (answers) that match best first: Pagefind lists a document's sections in page order.
          const score = (sub: { weighted_locations?: Array<{ balanced_score: number }> }) =>
            (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
          const sections = (result.sub_results ?? [])
            .filter((sub) => sub.url !== result.url)
            .sort((a, b) => score(b) - score(a))
            .slice(0, SEARCH_SECTIONS_SHOWN);
          return sections.map((sub) => {
            // A claim's heading ends with its fact-check's rating: shown beside the claim, not in its link.
            const [title, rating] = sub.title.split(CHECK_IN_HEADING);
            return item(sub.url, title!, sub.excerpt, [
              kind,
              result.meta.source ?? '',
              ...(rating ? [`Fact-check: ${rating}`] : []),
            ]);
          });
        }
        const details = [kind ?? 'Article', result.meta.source].filter((d): d is string => !!d);
        const li = item(result.url, result.meta.title ?? result.url, result.excerpt, details);
        const subs = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, 3);
        if (!result.meta.kind && subs.length) {
          const nested = document.createElement('ul');
          nested.append(...subs.map((sub) => item(sub.url, sub.title, sub.excerpt, [])));
          li.append(nested);
        }
        return li;
      }),
    );
    // Count what is listed: pages, and the claims and FAQ answers nested under them.
    const listed = list.querySelectorAll('li').length;
    const more = search.results.length > results.length ? ` (the best of ${search.results.length} pages)` : '';
    statusLine.textContent = `${listed} ${listed === 1 ? 'result' : 'results'} for “${query}”${more}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  void run();
}

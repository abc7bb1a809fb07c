// Every page of the built site, as paths relative to the base URL, read from dist/.
import { join } from 'node:path';
import { builtPages } from '../../tools/built-pages.ts';

/** '' for the home page, 'topics/performance/', '404.html' and so on. */
export const PAGES: string[] = builtPages(join(import.meta.dirname, '..', '..', 'dist')).map((page) =>
  page.path.slice(1),
);

// Every page of the built site, as paths relative to the base URL, read from dist/.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name === 'index.html' ? [path] : [];
  });
}

/** '' for the home page, 'topics/performance/' and so on. */
export const PAGES: string[] = [
  ...walk(DIST)
    .map((file) => relative(DIST, file).split(sep).slice(0, -1).join('/'))
    .map((dir) => (dir ? `${dir}/` : ''))
    .sort(),
  '404.html',
];

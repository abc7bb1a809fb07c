import { lstatSync } from 'node:fs';
import { relative } from 'node:path';

/** A content path the check will not follow, and why: it names the path, never what it points at. */
export interface LinkRefusal {
  /** Path relative to the project root. */
  file: string;
  message: string;
  hint: string;
}

/**
 * Refuses, before anything is read, a content folder (`content/sources`, `content/captures`) or a
 * vocabulary file that is a symbolic link: git commits links, and one pointing outside the
 * repository would have the check print, and the build publish, whatever it points at. Undefined
 * when `path` is not a link (or does not exist: whoever reads it says so).
 */
export function linkRefusal(path: string, root: string, what: 'folder' | 'file'): LinkRefusal | undefined {
  if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  return {
    file: relative(root, path),
    message: `the ${what} is a symbolic link, so nothing in it was read`,
    hint:
      what === 'folder'
        ? 'Content must be regular files in the repository: replace the linked folder with a real one holding copies of the files.'
        : 'Content must be regular files in the repository: replace the link with a copy of the file.',
  };
}

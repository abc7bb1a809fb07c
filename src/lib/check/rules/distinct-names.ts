import unhomoglyph from 'unhomoglyph';
import { baseLabel } from '../../site/labels.ts';
import { defineRule } from './define-rule.ts';

// Characters that show nothing: a zero-width space inside a name must not make it another name.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- invisible characters one by one, combining ones included, on purpose
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/**
 * What a reader goes by when telling two names apart: their words as they look, whatever the
 * order, case or punctuation. "Go vs Rust (2026)" and "Rust vs Go 2026" both read "2026 go rust vs";
 * so do names that differ only by compatibility forms (NFKC: "Ｆroodl"), invisible characters
 * ("Froo\u200Bdl") or look-alike letters from another script (Cyrillic "о" in "Frоodl").
 */
export function nameKey(name: string): string {
  const looks = unhomoglyph(name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase()).toLowerCase();
  return (looks.match(/[\p{L}\p{N}]+/gu) ?? []).sort().join(' ');
}

/** Rule: no two sources' short names differ only by word order, case or punctuation. */
export const distinctNamesRule = defineRule(
  {
    name: 'distinct-names',
    description:
      'No two sources have short names (their publisher, else their author, else their headline up to a colon or dash) that differ only by word order, case, punctuation, invisible characters or look-alike letters (compared after NFKC and folding homoglyphs), so a reader can tell their columns apart.',
  },
  ({ sources, each }, report) => {
    const firstByKey = new Map<string, { name: string; file: string }>();
    for (const { parsed: raw, data } of each(sources)) {
      if (!data.title) continue;
      const name = baseLabel(data);
      const key = nameKey(name);
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, { name, file: raw.file });
        continue;
      }
      // The same name twice is two articles from one publisher: the site numbers them.
      if (first.name === name) continue;
      report({
        at: raw,
        path: [data.publisher ? 'publisher' : data.author ? 'author' : 'title'],
        message: `the short name "${name}" differs from "${first.name}" (${first.file}) only by word order, punctuation, invisible characters or look-alike letters`,
        hint: 'Readers tell sources apart by these names. Give the publisher (or the author) as the page names itself; if the page names neither, search for the original page and record what you searched under provenance.searched.',
      });
    }
  },
);

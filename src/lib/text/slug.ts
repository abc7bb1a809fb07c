import { idSchema } from '../../schemas/ids.ts';

/** The longest slug `slugify` makes: enough for a headline's gist, short enough for an address. */
const MAX_SLUG_LENGTH = 60;

// Letters NFKD does not split into a base letter and an accent, spelt the way slugs usually spell them.
const SPELLED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * The kebab-case ASCII slug of a title, cut at a word boundary so it stays at most `max` characters:
 * "Go vs Rust (2026): Which is Better?" → "go-vs-rust-2026-which-is-better". Empty when the title
 * has no ASCII letters or digits at all.
 */
export function slugify(title: string, max = MAX_SLUG_LENGTH): string {
  const ascii = title
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => SPELLED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // "Rust's" → "rusts", not "rust-s".
    .replace(/['’]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > max) break;
    slug = longer;
  }
  // A first word longer than `max` on its own is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, max);
}

/** True when `text` can be a file name slug: lower-case letters, digits and single hyphens. */
function isSlug(text: string): boolean {
  return idSchema.safeParse(text).success;
}

/**
 * The slug for a new source: `--slug` when the editor gave one, otherwise made from the title;
 * or, when neither makes a slug, a message saying what to do.
 */
export function chooseSlug(title: string, given?: string): { ok: true; slug: string } | { ok: false; message: string } {
  const slug = given ?? slugify(title);
  if (isSlug(slug)) return { ok: true, slug };
  return given === undefined
    ? {
        ok: false,
        message: `cannot make a file name from the title "${title}": add --slug <name>, e.g. --slug rust-vs-go-2026`,
      }
    : {
        ok: false,
        message: `--slug "${given}" is not a slug: use lower-case letters, digits and single hyphens, e.g. rust-vs-go-2026`,
      };
}

/**
 * The id of an article heading, as GitHub would make it but clean: lower-case letters (any
 * script), digits and underscores, single hyphens between words, none at either end. Emoji,
 * symbols and invisible characters (U+FE0F) are dropped rather than left as hyphens:
 * "☁️ Cloud Infrastructure & DevOps" → "cloud-infrastructure-devops". Empty when nothing is left.
 */
export function headingSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\s-]/gu, '')
    .replace(/[\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u200B-\u200D]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Heading ids made unique within one page: a repeated heading gets "-1", "-2"… as GitHub does,
 * and a heading with no letters or digits at all gets "section". An id the page keeps for itself
 * (`reserved`) becomes "section-<id>". Call `next` once per heading, in document order.
 */
export function headingIds(reserved: (id: string) => boolean = () => false): { next: (text: string) => string } {
  const used = new Set<string>();
  // The next suffix to try for each base, so a thousand repeats of one heading cost a thousand
  // steps, not half a million.
  const nextSuffix = new Map<string, number>();
  return {
    next(text) {
      const slug = headingSlug(text) || 'section';
      const base = reserved(slug) ? `section-${slug}` : slug;
      let id = base;
      let n = nextSuffix.get(base) ?? 1;
      for (; used.has(id); n++) id = `${base}-${n}`;
      nextSuffix.set(base, n);
      used.add(id);
      return id;
    },
  };
}

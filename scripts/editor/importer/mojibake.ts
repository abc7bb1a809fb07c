/** A place where UTF-8 text seems to have been read in the wrong encoding. */
export interface Mojibake {
  /** 1-based line. */
  line: number;
  /** The garbled characters as they are in the file, e.g. "üîç". */
  text: string;
  /** What they probably were: the same bytes read as UTF-8, e.g. "🔍". */
  guess: string;
  /** The encoding the bytes were wrongly read in. */
  encoding: 'Windows-1252' | 'Mac Roman';
}

// Bytes 0x80–0xFF as each encoding shows them. Windows-1252's five unassigned bytes show as the
// C1 controls of the same number, as browsers decode them.
const WINDOWS_1252 = `€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ${Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('')}`;
const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function byteTable(chars: string): Map<string, number> {
  return new Map([...chars].map((char, i) => [char, 0x80 + i]));
}

const ENCODINGS = [
  { name: 'Windows-1252', bytes: byteTable(WINDOWS_1252) },
  { name: 'Mac Roman', bytes: byteTable(MAC_ROMAN) },
] as const;

/**
 * The code point of a well-formed UTF-8 sequence of 2–4 bytes starting at `i`, with its length,
 * when it is one that mis-decoding plausibly produced: a Latin letter or symbol for two bytes (so
 * real text like "ß»" is not flagged), anything but private-use and non-characters for more.
 */
function sequenceAt(
  bytes: ReadonlyArray<number | undefined>,
  i: number,
): { codePoint: number; length: number } | undefined {
  const lead = bytes[i] ?? 0;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length) return undefined;
  let codePoint = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  const plausible =
    length === 2
      ? codePoint >= 0xa0 && codePoint <= 0x24f
      : length === 3
        ? codePoint >= 0x800 && !(codePoint >= 0xd800 && codePoint <= 0xf8ff) && codePoint < 0xfff0
        : codePoint >= 0x10000 && codePoint <= 0x10ffff;
  return plausible ? { codePoint, length } : undefined;
}

/**
 * The stretch of a run of characters that, as one encoding's bytes, reads as UTF-8: from the first
 * such sequence to the end of the last, with what it reads as. Characters the encoding cannot
 * produce (an arrow, a real emoji) are never part of a sequence.
 */
function reread(
  chars: readonly string[],
  table: ReadonlyMap<string, number>,
): { text: string; guess: string } | undefined {
  const bytes = chars.map((char) => table.get(char));
  let guess = '';
  let first = -1;
  let end = -1;
  for (let i = 0; i < bytes.length;) {
    const sequence = sequenceAt(bytes, i);
    if (sequence) {
      if (first < 0) first = i;
      guess = `${guess}${chars.slice(end < 0 ? i : end, i).join('')}${String.fromCodePoint(sequence.codePoint)}`;
      i += sequence.length;
      end = i;
    } else i++;
  }
  return first < 0 ? undefined : { text: chars.slice(first, end).join(''), guess };
}

/**
 * Finds mojibake: UTF-8 text that was decoded as Windows-1252 or Mac Roman on the way, so that
 * "’" became "â€™" and "🔍" became "üîç". Each run of non-ASCII characters is turned back into the
 * bytes that encoding would have read and checked for well-formed UTF-8. Reports, never repairs:
 * the editor decides whether the characters belong in the article at all. Linear in the text.
 */
export function findMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  const runs = /[\u0080-\uffff]{2,}/g; // two or more UTF-16 code units outside ASCII
  let line = 1;
  let counted = 0;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    for (let i = counted; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = match.index;
    const chars = [...match[0]];
    for (const encoding of ENCODINGS) {
      const hit = reread(chars, encoding.bytes);
      if (hit) {
        found.push({ line, ...hit, encoding: encoding.name });
        break;
      }
    }
  }
  return found;
}

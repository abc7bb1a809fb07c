/** An input file's bytes read as text, or why they cannot be. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads an input file's bytes as UTF-8 text with LF line endings, refusing what is not an article:
 * an empty file, a binary file (NUL bytes never occur in text, but do in UTF-16 and in images,
 * PDFs and word-processor files), or bytes that are not UTF-8. A byte-order mark is dropped.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty: save the article’s text in it first' };
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'this is not a text file (it contains NUL bytes): save the article as Markdown or plain text (.md or .txt, UTF-8) and import that',
    };
  }
  let text: string;
  try {
    // fatal: a wrong encoding must stop the import rather than turn letters into U+FFFD silently.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: 'the file is not UTF-8 text: open it in an editor and save it again with the UTF-8 encoding',
    };
  }
  if (!text.trim()) return { ok: false, message: 'the file has only blank lines: there is no article text to import' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

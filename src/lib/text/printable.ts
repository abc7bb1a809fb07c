/**
 * Control characters a terminal would obey rather than show: C0 (line breaks included, so a file
 * name cannot forge a line of the report), DEL and C1 (U+009B starts an escape sequence too), and
 * the bidirectional controls that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Content text made safe to print to a terminal or a CI log: every control character written out
 * as its escape (ESC as `\x1b`, a line feed as `\n`), so a contributed file can neither run a
 * terminal escape (a clipboard write, a cleared screen) nor forge a line of output.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    if (char === '\r') return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

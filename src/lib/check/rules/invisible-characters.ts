import { defineRule } from './define-rule.ts';
import { verbatimFields } from './verbatim-quotes.ts';

// Bidirectional overrides and isolates reorder what a reader sees; zero-width characters make two
// texts that look the same differ. Neither belongs in a title or a quote shown as the article's words.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** "U+202E" for the first invisible character of a text. */
function codePoint(text: string): string | undefined {
  const match = INVISIBLE.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

export const invisibleCharactersRule = defineRule(
  {
    name: 'invisible-characters',
    scope: 'source',
    description:
      'No title, summary, statement, quote or FAQ holds a bidirectional-override or zero-width character (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF).',
  },
  ({ parsed: raw, data }, _context, report) => {
    const fields = [
      { path: ['title'], text: data.title },
      { path: ['summary'], text: data.summary },
      ...data.claims.flatMap((claim, i) =>
        claim ? [{ path: ['claims', i, 'statement'], text: claim.statement }] : [],
      ),
      ...verbatimFields(data),
    ];
    for (const { path, text } of fields) {
      const found = typeof text === 'string' ? codePoint(text) : undefined;
      if (!found) continue;
      report({
        at: raw,
        path,
        message: `this text holds an invisible character (${found}) that changes how it reads or compares`,
        hint: 'Delete it: retype the text around it, or copy it again from the article.',
      });
    }
  },
);

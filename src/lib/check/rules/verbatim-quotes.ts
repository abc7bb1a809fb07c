import type { SourceData } from '../../../schemas/source.ts';
import { closestPassage, containsVerbatim, searchable, type SearchableText } from '../../text/passages.ts';
import type { FieldPath } from '../problems.ts';
import { normaliseText } from '../../text/normalise.ts';
import { CLOSEST_PASSAGE_BUDGET, CLOSEST_PASSAGE_FILE_BUDGET, MAX_QUOTE_CHARS } from '../../text/limits.ts';
import { oversizedParagraph } from '../../text/prose-only.ts';
import { describeCut, findWholeWords } from '../../text/whole-words.ts';
import { defineRule } from './define-rule.ts';

/** Every field of a source whose text must be verbatim, with its path. */
export function verbatimFields(data: SourceData): Array<{ path: FieldPath; text: string }> {
  const fields: Array<{ path: FieldPath; text: string }> = [];
  data.claims.forEach((claim, i) => fields.push({ path: ['claims', i, 'quote'], text: claim.quote }));
  if (data.verdict?.quote) fields.push({ path: ['verdict', 'quote'], text: data.verdict.quote });
  for (const side of ['go', 'rust'] as const) {
    data.recommendations[side].forEach((recommendation, i) => {
      if (recommendation.quote)
        fields.push({ path: ['recommendations', side, i, 'quote'], text: recommendation.quote });
    });
  }
  data.faqs.forEach((faq, i) => {
    fields.push({ path: ['faqs', i, 'question'], text: faq.question });
    fields.push({ path: ['faqs', i, 'answer'], text: faq.answer });
  });
  return fields;
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const WHOLE_WORDS_HINT =
  'Quote whole words: begin and end the quote where the article’s words begin and end. A cut word or a changed ending can reverse what the article says.';

/** Quotes, FAQ questions and answers appear verbatim, on whole words, in the body and the capture. */
export const verbatimQuotesRule = defineRule(
  {
    name: 'verbatim-quotes',
    scope: 'source',
    description:
      'Every quote (claims, verdict, recommendations) and every FAQ question and answer appears word for word in the body, and in the capture when there is one, ignoring whitespace, Markdown markup and typographic quotes/dashes, and begins and ends on whole words of the passage; the closest passage is the hint when it does not, the cut word when it is cut mid-word.',
  },
  ({ parsed: raw, data }, _context, report) => {
    // Quotes are looked for in the text a reader sees, as the page's passage marks look for them:
    // never in the raw Markdown, where a link title, an address, `**` or `&amp;` would match a
    // quote that the page then cannot mark.
    // A body with a paragraph over the limit is not read (the prose-only rule refuses it, and the
    // rest is checked once it is split): its quotes are matched then.
    const unread = oversizedParagraph(raw.body) !== undefined;
    let body: SearchableText | undefined;
    let capture: SearchableText | undefined;
    const budget = { cells: CLOSEST_PASSAGE_FILE_BUDGET };
    for (const { path, text } of verbatimFields(data)) {
      if (text.length > MAX_QUOTE_CHARS) {
        report({
          at: raw,
          path,
          message: `this text is ${text.length.toLocaleString('en')} characters long, over the limit of ${MAX_QUOTE_CHARS.toLocaleString('en')}`,
          hint: 'Quote the sentence or two that make the point, not a section of the article.',
        });
        continue;
      }
      if (unread) continue;
      body ??= searchable(raw.body);
      if (!containsVerbatim(body, text)) {
        const closest = closestPassage(body, text, CLOSEST_PASSAGE_BUDGET, budget);
        report({
          at: raw,
          path,
          message: 'this text is not in the article body word for word',
          hint: closest
            ? `Copy the quote from the body instead of retyping it. The closest passage in the body is: "${shorten(closest)}"`
            : body.sentences.length
              ? 'Copy the quote from the body instead of retyping it.'
              : 'The body is empty: paste the article text below the front matter.',
        });
        continue;
      }
      const needle = normaliseText(text);
      const inBody = findWholeWords(body.normalised, needle);
      if (inBody.found && inBody.cut) {
        report({ at: raw, path, message: describeCut(inBody.cut), hint: WHOLE_WORDS_HINT });
        continue;
      }
      if (!raw.capture) continue;
      capture ??= searchable(raw.capture.text);
      if (!containsVerbatim(capture, text)) {
        const closest = closestPassage(capture, text, CLOSEST_PASSAGE_BUDGET, budget);
        report({
          at: raw,
          path,
          message: `this text is in the body but not in the capture ${raw.capture.file}`,
          hint: `The body must say what the original says: fix the body and the quote together.${closest ? ` The closest passage in the capture is: "${shorten(closest)}"` : ''}`,
        });
        continue;
      }
      const inCapture = findWholeWords(capture.normalised, needle);
      if (inCapture.found && inCapture.cut)
        report({
          at: raw,
          path,
          message: `${describeCut(inCapture.cut)} in the capture ${raw.capture.file}`,
          hint: WHOLE_WORDS_HINT,
        });
    }
  },
);

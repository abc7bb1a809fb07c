import type { SourceData } from '../../../schemas/source.ts';
import { closestPassage, containsVerbatim, searchable, type SearchableText } from '../../text/passages.ts';
import type { FieldPath } from '../problems.ts';
import { normaliseText } from '../../text/normalise.ts';
import { MAX_QUOTE_CHARS } from '../../text/limits.ts';
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

/** Whether `needle` is in `text` on whole words (an absent text, no capture, passes). */
const wholeIn = (text: string | undefined, needle: string) => {
  if (text === undefined) return true;
  const match = findWholeWords(text, needle);
  return match.found && !match.cut;
};

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
    // Most quotes are found in the raw text as it stands; the Markdown is parsed only when one is
    // not (it may span emphasis or escapes), which keeps `check` fast on hundreds of sources.
    const rawBody = normaliseText(raw.body);
    const rawCapture = raw.capture && normaliseText(raw.capture.text);
    let body: SearchableText | undefined;
    let capture: SearchableText | undefined;
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
      const needle = normaliseText(text);
      if (needle && wholeIn(rawBody, needle) && wholeIn(rawCapture, needle)) continue;
      body ??= searchable(raw.body);
      if (!containsVerbatim(body, text)) {
        const closest = closestPassage(body, text);
        report({
          at: raw,
          path,
          message: 'this text is not in the article body word for word',
          hint: closest
            ? `Copy the quote from the body instead of retyping it. The closest passage in the body is: "${shorten(closest)}"`
            : 'The body is empty: paste the article text below the front matter.',
        });
        continue;
      }
      const inBody = findWholeWords(body.normalised, needle);
      if (inBody.found && inBody.cut) {
        report({ at: raw, path, message: describeCut(inBody.cut), hint: WHOLE_WORDS_HINT });
        continue;
      }
      if (!raw.capture) continue;
      capture ??= searchable(raw.capture.text);
      if (!containsVerbatim(capture, text)) {
        const closest = closestPassage(capture, text);
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

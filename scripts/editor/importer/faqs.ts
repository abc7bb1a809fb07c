import type { Heading, Root, RootContent } from 'mdast';
import type { Faq } from '../../../src/schemas/faq.ts';
import { headingText, plainText } from './mdast-text.ts';
import { TODO_TOPIC } from './topics.ts';

const QUESTION = /^\s*(?:Q|Question)\s*[:.]\s*/i;
const ANSWER = /^\s*(?:A|Answer)\s*[:.]\s*/i;
// A section heading that announces questions: "FAQ", "FAQs", "Frequently Asked Questions", "Common questions".
const FAQ_SECTION = /\b(?:faqs?|frequently asked|questions)\b/i;

function faq(question: string, answer: string): Faq {
  return { question: question.trim(), answer: answer.trim(), topic: TODO_TOPIC };
}

/**
 * "Q: … / A: …" blocks, anywhere in the body: a paragraph line starting "Q:" opens a question, a
 * line starting "A:" (in the same paragraph or the next) its answer, which runs to the next "Q:"
 * line or the end of its paragraph. A question with no answer is skipped.
 */
function questionAndAnswerBlocks(tree: Root, source: string): Array<{ line: number; faq: Faq }> {
  const found: Array<{ line: number; faq: Faq }> = [];
  let question: { line: number; text: string[] } | undefined;
  let answer: string[] | undefined;
  const finish = () => {
    if (question && answer) found.push({ line: question.line, faq: faq(question.text.join('\n'), answer.join('\n')) });
    question = undefined;
    answer = undefined;
  };
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      finish();
      continue;
    }
    const lines = plainText(node, source).split('\n');
    // A question may wait one paragraph for its answer ("Q: …" blank line "A: …"), no longer.
    if (question && !answer && !ANSWER.test(lines[0]!)) question = undefined;
    lines.forEach((line, i) => {
      if (QUESTION.test(line)) {
        finish();
        question = { line: (node.position?.start.line ?? 0) + i, text: [line.replace(QUESTION, '')] };
      } else if (question && !answer && ANSWER.test(line)) answer = [line.replace(ANSWER, '')];
      else if (answer) answer.push(line);
      else if (question) question.text.push(line);
    });
    if (answer) finish();
  }
  finish();
  return found;
}

/** A heading that asks: its text ends with "?". */
function asks(heading: Heading, source: string): string | undefined {
  const text = headingText(heading, source).replace(QUESTION, '');
  return text.endsWith('?') ? text : undefined;
}

/**
 * Question headings inside an FAQ section ("## FAQ", "## Frequently Asked Questions"): each heading
 * ending in "?" with the paragraphs and lists under it as its answer. The section runs to the next
 * heading, not itself a question, at its level or above.
 */
function questionHeadings(
  tree: Root,
  source: string,
  skip?: { start: number; end: number },
): Array<{ line: number; faq: Faq }> {
  const found: Array<{ line: number; faq: Faq }> = [];
  let section: number | undefined;
  let open: { line: number; question: string; answer: string[] } | undefined;
  const finish = () => {
    if (open && open.answer.length) found.push({ line: open.line, faq: faq(open.question, open.answer.join('\n\n')) });
    open = undefined;
  };
  const take = (node: RootContent) => {
    const line = node.position?.start.line ?? 0;
    if (skip && line >= skip.start && line <= skip.end) return;
    if (node.type === 'heading') {
      finish();
      const question = section !== undefined && node.depth >= section ? asks(node, source) : undefined;
      if (question !== undefined) {
        open = { line, question, answer: [] };
        return;
      }
      if (section !== undefined && node.depth <= section) section = undefined;
      if (FAQ_SECTION.test(headingText(node, source))) section = node.depth;
      return;
    }
    if (!open) return;
    if (node.type === 'paragraph' || node.type === 'list') {
      const text = plainText(node, source).trim();
      if (text) open.answer.push(open.answer.length ? text : text.replace(ANSWER, ''));
      return;
    }
    // A table, code block or rule ends the answer: it is no longer prose answering the question.
    if (node.type !== 'html' && node.type !== 'definition') finish();
  };
  tree.children.forEach(take);
  finish();
  return found;
}

/**
 * Every FAQ of the article, both styles, in document order: question and answer verbatim (no
 * "Q:"/"A:" prefix), `topic: todo`, and never `favors` — which side an answer takes is the editor's
 * call. `title` is the lines of the title heading, which the body loses.
 */
export function liftFaqs(tree: Root, source: string, title?: { start: number; end: number }): Faq[] {
  // The two readers never find the same FAQ: one reads paragraphs, the other headings. The title
  // heading is skipped: "Frequently asked questions about Go" must not make the article one FAQ.
  return [...questionAndAnswerBlocks(tree, source), ...questionHeadings(tree, source, title)]
    .sort((a, b) => a.line - b.line)
    .map((entry) => entry.faq);
}

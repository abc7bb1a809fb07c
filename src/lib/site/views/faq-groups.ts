import { SAME_QUESTION_SHARE } from '../tunables.ts';
import { faqEvidence, type FaqEvidence, type SourceRecord } from './evidence.ts';

/** An FAQ answer with the source that gives it (its index makes the anchor #faq-<slug>-<index>). */
interface SourcedFaq extends FaqEvidence {
  slug: string;
}

/** One question, as one or more sources ask and answer it. */
export interface FaqGroup {
  topic: string;
  question: string;
  answers: SourcedFaq[];
}

const STOP_WORDS = new Set(
  'a an and are be best better both by can do does for from i in is it its language languages more of on or same should the to what when which who with you your 2026'.split(
    ' ',
  ),
);

/** The words that carry a question's meaning, crudely stemmed ("used" and "use" match). */
function questionTerms(question: string): Set<string> {
  return new Set(
    question
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter((word) => word && !STOP_WORDS.has(word))
      .map((word) => word.replace(/(ing|ed|es|s|d)$/, '')),
  );
}

/** True when two questions ask the same thing: one's key terms are (nearly) all in the other's. */
export function sameQuestion(a: string, b: string): boolean {
  const x = questionTerms(a);
  const y = questionTerms(b);
  const shared = [...x].filter((term) => y.has(term)).length;
  const smaller = Math.min(x.size, y.size);
  return smaller > 0 && shared / smaller >= SAME_QUESTION_SHARE;
}

/** Every FAQ grouped by topic, then by question, so that several sources' answers to one question sit together. */
export function groupFaqs(sources: readonly SourceRecord[]): Map<string, FaqGroup[]> {
  const byTopic = new Map<string, FaqGroup[]>();
  for (const { slug, data } of sources) {
    for (const answer of faqEvidence(data)) {
      const { faq } = answer;
      const groups = byTopic.get(faq.topic) ?? [];
      const group = groups.find(
        (candidate) =>
          !candidate.answers.some((a) => a.slug === slug) && sameQuestion(candidate.question, faq.question),
      );
      if (group) group.answers.push({ slug, ...answer });
      else groups.push({ topic: faq.topic, question: faq.question, answers: [{ slug, ...answer }] });
      byTopic.set(faq.topic, groups);
    }
  }
  return byTopic;
}

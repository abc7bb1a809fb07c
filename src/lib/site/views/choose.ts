import type { UseCase } from '../../../schemas/use-case.ts';
import { recommendationAnswer, byOrderThenId } from '../../rule-book.ts';
import { recommendationKey } from '../urls.ts';
import type { SourceRecord } from './evidence.ts';

export type Side = 'go' | 'rust';

/** One recommendation as /choose/ shows it: our words, the source's, and where they stand. */
interface ChoosePassage {
  /** The passage key, e.g. `rec-go-2`: `passagePath(base, slug, key)` links to the quote. */
  key: string;
  /** The recommendation in our words. */
  text: string;
  /** The source's words, verbatim; without one there is no passage to link to. */
  quote: string | undefined;
}

/** What one source says for one side of one use case: one answer, however many times it says it. */
export interface ChooseAnswer {
  slug: string;
  passages: ChoosePassage[];
}

/** The sources' answers for one use case, one per source on each side. */
export interface UseCaseGuide {
  useCase: UseCase;
  go: ChooseAnswer[];
  rust: ChooseAnswer[];
}

/**
 * The decision guide: every source's recommendations merged by use case, in use-case order.
 * A source that recommends the same side for the same use case several times (often in other
 * words: "maximum performance", "if milliseconds matter") is ONE answer listing all its
 * passages, so a side's count is a count of sources, never of sentences. Use cases no source
 * speaks to are left out; recommendations without a use case (drafts only: the check fails a
 * published one) are not on the guide.
 */
export function chooseByUseCase(sources: readonly SourceRecord[], useCases: readonly UseCase[]): UseCaseGuide[] {
  const ordered = [...useCases].sort(byOrderThenId);
  const guides = new Map(ordered.map((useCase) => [useCase.id, { useCase, go: [], rust: [] } as UseCaseGuide]));
  for (const { slug, data } of sources) {
    for (const side of ['go', 'rust'] as const) {
      data.recommendations[side].forEach((recommendation, index) => {
        const useCase = recommendationAnswer(recommendation);
        const guide = useCase === undefined ? undefined : guides.get(useCase);
        if (!guide) return;
        const passage = { key: recommendationKey(side, index), text: recommendation.text, quote: recommendation.quote };
        const answer = guide[side].find((existing) => existing.slug === slug);
        if (answer) answer.passages.push(passage);
        else guide[side].push({ slug, passages: [passage] });
      });
    }
  }
  return [...guides.values()].filter((guide) => guide.go.length + guide.rust.length > 0);
}

/** A use case's answer first: each side with how many sources back it, the better-backed side first (Go first on a tie). */
export function guideTally(guide: Pick<UseCaseGuide, 'go' | 'rust'>): Array<{ side: Side; sources: number }> {
  const tally = [
    { side: 'go' as const, sources: guide.go.length },
    { side: 'rust' as const, sources: guide.rust.length },
  ];
  return tally.sort((a, b) => b.sources - a.sources);
}

/** The side more sources back, or undefined when both are backed equally (a tie is shown as one). */
export function guideLead(guide: Pick<UseCaseGuide, 'go' | 'rust'>): Side | undefined {
  const [first, second] = guideTally(guide);
  return first!.sources > second!.sources ? first!.side : undefined;
}

// What a change to the sources does to the site: the consensus and evidence of each topic, the
// contradictions, and the use cases on /choose/, before against after. `npm run check` prints it
// so an editor sees the effect of a new or edited source before anyone builds the site.
import type { SourceData } from '../../../schemas/source.ts';
import type { Topic } from '../../../schemas/topic.ts';
import type { UseCase } from '../../../schemas/use-case.ts';
import { isDraft, asPublished } from '../../rule-book.ts';
import { LANGUAGE_NAMES } from '../labels.ts';
import { chooseByUseCase, guideLead, type UseCaseGuide } from './choose.ts';
import { compare, type TopicComparison } from './comparison.ts';
import { consensusLabel, describeQuality, describeSpread } from './describe.ts';
import type { SourceRecord } from './evidence.ts';

/** The content the site is drawn from, as far as the impact reads it. */
export interface SiteContent {
  sources: readonly SourceRecord[];
  topics: readonly Topic[];
  useCases: readonly UseCase[];
}

/** A topic's consensus in a few words, e.g. "Consensus for Go (3 Go · 1 Rust)" or "Split (2 Go · 2 Rust)". */
function consensusWords({ consensus }: TopicComparison): string {
  const spread = describeSpread(consensus);
  return spread ? `${consensusLabel(consensus)} (${spread})` : consensusLabel(consensus);
}

/** The contradictions of a comparison, keyed by topic and question, with the sources on each side. */
function contradictionsOf(comparison: readonly TopicComparison[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const { topic, contradictions } of comparison) {
    for (const contradiction of contradictions) {
      const side = (name: 'go' | 'rust') =>
        `${LANGUAGE_NAMES[name]}: ${contradiction[name].sources.map((source) => source.slug).join(', ')}`;
      found.set(`${topic.id} · ${contradiction.question}`, `${side('go')} against ${side('rust')}`);
    }
  }
  return found;
}

const listed = (slugs: readonly string[]) => slugs.join(', ');

/** A use case's answer on /choose/ in a few words, e.g. "Go (2 Go · 1 Rust)" or "tie (1 Go · 1 Rust)". */
function answerWords(guide: Pick<UseCaseGuide, 'go' | 'rust'> | undefined): string {
  const go = guide?.go.length ?? 0;
  const rust = guide?.rust.length ?? 0;
  if (go + rust === 0) return 'no answer (0 Go · 0 Rust)';
  const lead = guide ? guideLead(guide) : undefined;
  return `${lead ? LANGUAGE_NAMES[lead] : 'tie'} (${go} Go · ${rust} Rust)`;
}

/**
 * What changes on the site when `before` becomes `after`, one line per change, what flips first:
 * each topic whose consensus changes its verdict or side and each use case on /choose/ whose
 * answer changes side, with both sides' counts before and after; then what moves without flipping
 * (counts, evidence, contradictions, the sources on /choose/); then the topics left as they were,
 * in one line. Empty when nothing a reader sees in those places moves.
 */
export function siteImpact(before: SiteContent, after: SiteContent): string[] {
  const flips: string[] = [];
  const moves: string[] = [];
  const unchanged: string[] = [];
  const was = new Map(compare(before.sources, before.topics).map((entry) => [entry.topic.id, entry]));
  const now = compare(after.sources, after.topics);
  for (const entry of now) {
    const old = was.get(entry.topic.id);
    const then = old ? consensusWords(old) : 'not a topic';
    const consensus = consensusWords(entry);
    const evidence = describeQuality(entry.quality);
    const oldEvidence = old ? describeQuality(old.quality) : 'no claims';
    const flipped = !old || consensusLabel(old.consensus) !== consensusLabel(entry.consensus);
    if (then !== consensus) (flipped ? flips : moves).push(`${entry.topic.id}: ${then} → ${consensus}`);
    if (evidence !== oldEvidence) moves.push(`${entry.topic.id}: evidence ${oldEvidence} → ${evidence}`);
    if (then === consensus && evidence === oldEvidence) unchanged.push(entry.topic.id);
  }
  const oldContradictions = contradictionsOf([...was.values()]);
  const contradictions = contradictionsOf(now);
  for (const [key, sides] of contradictions) {
    const old = oldContradictions.get(key);
    if (old === undefined) moves.push(`new contradiction, ${key}: ${sides}`);
    else if (old !== sides) moves.push(`contradiction ${key}: ${old} → ${sides}`);
  }
  for (const [key, sides] of oldContradictions)
    if (!contradictions.has(key)) moves.push(`contradiction gone, ${key}: was ${sides}`);
  const oldGuide = new Map(chooseByUseCase(before.sources, before.useCases).map((guide) => [guide.useCase.id, guide]));
  const afterGuides = chooseByUseCase(after.sources, after.useCases);
  const afterIds = new Set(afterGuides.map((guide) => guide.useCase.id));
  const guides = [
    ...afterGuides.map((guide) => ({
      title: guide.useCase.title,
      then: oldGuide.get(guide.useCase.id),
      now: guide as Pick<UseCaseGuide, 'go' | 'rust'>,
    })),
    ...[...oldGuide.values()]
      .filter((guide) => !afterIds.has(guide.useCase.id))
      .map((guide) => ({ title: guide.useCase.title, then: guide, now: { go: [], rust: [] } })),
  ];
  for (const { title, then, now: guide } of guides) {
    const answerThen = answerWords(then);
    const answerNow = answerWords(guide);
    const leadThen = answerThen.split(' (')[0];
    const leadNow = answerNow.split(' (')[0];
    if (leadThen !== leadNow) flips.push(`/choose/ ${title}: ${answerThen} → ${answerNow}`);
    for (const side of ['go', 'rust'] as const) {
      const was = (then?.[side] ?? []).map((answer) => answer.slug);
      const slugs = guide[side].map((answer) => answer.slug);
      const gained = slugs.filter((slug) => !was.includes(slug));
      const lost = was.filter((slug) => !slugs.includes(slug));
      if (!gained.length && !lost.length) continue;
      const why = [gained.length ? `gains ${listed(gained)}` : '', lost.length ? `loses ${listed(lost)}` : '']
        .filter(Boolean)
        .join(', ');
      moves.push(`/choose/ ${title}: ${LANGUAGE_NAMES[side]} ${was.length} → ${slugs.length} sources (${why})`);
    }
  }
  if (!flips.length && !moves.length) return [];
  return [
    ...flips.map((line) => `flips ${line}`),
    ...moves,
    ...(unchanged.length
      ? [`unchanged: ${unchanged.length} topic${unchanged.length === 1 ? '' : 's'} (${unchanged.join(', ')})`]
      : []),
  ];
}

/** A source as a check run has it: its slug and front matter, with `partial` when it failed its schema. */
export interface CheckedRecord {
  slug: string;
  data: SourceData;
  partial?: boolean | undefined;
}

/**
 * What changing the `changed` sources does, between two sets of checked sources. Before counts
 * the published sources; after counts them and the changed drafts, as if they were published (an
 * editor wants to see what publishing would do). Sources that failed their schema are left out.
 */
export function changeImpact(
  before: readonly CheckedRecord[],
  after: readonly CheckedRecord[],
  changed: ReadonlySet<string>,
  vocabulary: Omit<SiteContent, 'sources'>,
): string[] {
  const counted = (sources: readonly CheckedRecord[], draftsOf: ReadonlySet<string>) =>
    sources
      .filter((source) => !source.partial && (!isDraft(source.data) || draftsOf.has(source.slug)))
      .map((source) => ({ slug: source.slug, data: asPublished(source.data) }))
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  return siteImpact(
    { sources: counted(before, new Set()), ...vocabulary },
    { sources: counted(after, changed), ...vocabulary },
  );
}

import { isIndependent } from '../../rule-book.ts';
import { deriveConsensus, type Consensus } from './consensus.ts';
import type { DerivedStance } from './stance.ts';

/** A topic's consensus among every source, and among the independent ones only. */
export interface WhoIsCounted {
  all: Consensus;
  independent: Consensus;
  /** How many sources there are, silent ones included. */
  sources: number;
  /** How many sources are independent, whatever they say on the topic. */
  independentSources: number;
  /** Whether enough independent sources take a side for a reading of their own (a consensus or a split). */
  readable: boolean;
  /** Whether they read differently from all sources: another verdict, or another agreed stance. */
  differs: boolean;
}

/**
 * The consensus among the independent sources beside the consensus among all: the same rule
 * (rule book) applied to fewer sources. Which kinds are independent is content
 * (content/source-kinds.yaml); a source that discloses something it sells is not (rule book).
 */
export function whoIsCounted(
  columns: ReadonlyArray<{ slug: string; stance: DerivedStance }>,
  sourceOf: (slug: string) => { kind?: string | undefined; disclosure?: string | undefined } | undefined,
  kinds: ReadonlyArray<{ id: string; independent: boolean }>,
): WhoIsCounted {
  const all = deriveConsensus(columns.map((column) => column.stance));
  const counted = columns.filter((column) => isIndependent(sourceOf(column.slug) ?? {}, kinds));
  const independent = deriveConsensus(counted.map((column) => column.stance));
  const readable = independent.verdict === 'consensus' || independent.verdict === 'split';
  const differs = all.verdict !== independent.verdict || all.stance !== independent.stance;
  return { all, independent, sources: columns.length, independentSources: counted.length, readable, differs };
}

/**
 * The sources a view of a few shows before the reader picks: every independent source that says
 * something, then the others in the order given until `n` are shown. A reader who sees only some
 * sources sees the independent ones, however many there are.
 */
export function shownByDefault<C extends { slug: string }>(
  columns: readonly C[],
  independent: (slug: string) => boolean,
  n: number,
): string[] {
  const first = columns.filter((column) => independent(column.slug));
  const rest = columns.filter((column) => !independent(column.slug));
  return [...first, ...rest.slice(0, Math.max(0, n - first.length))].map((column) => column.slug);
}

import { describe, expect, it } from 'vitest';
import { checkParsedContent } from '../../src/lib/check/check-content.ts';
import { loadContent } from '../../src/lib/check/load-content.ts';
import { generateSources, type GenerateOptions } from '../support/generate-sources.ts';
import { parsedSource } from '../support/builders.ts';
import { ROOT, TODAY } from '../support/check-fixture.ts';

const real = loadContent(ROOT);
const vocabulary = {
  topics: (real.topics.data as Array<{ id: string }>).map((topic) => topic.id),
  metrics: (real.metrics.data as Array<{ id: string; unit: string }>).map(({ id, unit }) => ({ id, unit })),
  useCases: (real.useCases.data as Array<{ id: string }>).map((useCase) => useCase.id),
};

function withGenerated(count: number, options: GenerateOptions = {}) {
  const generated = generateSources(count, vocabulary, options);
  const sources = generated.map(({ slug, mdx }) => parsedSource(slug, mdx));
  return { generated, result: checkParsedContent({ ...real, sources: [...real.sources, ...sources] }, TODAY) };
}

describe('generateSources', () => {
  it.each([1, 15, 40])('%i generated sources and the real ones pass the check with no errors', (count) => {
    const { result } = withGenerated(count);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.sources.length).toBe(real.sources.length + count);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateSources(5, vocabulary, { seed: 7 })).toEqual(generateSources(5, vocabulary, { seed: 7 }));
    expect(generateSources(5, vocabulary, { seed: 7 })).not.toEqual(generateSources(5, vocabulary, { seed: 8 }));
  });

  it('varies what an editor would meet: kinds, stances, mixed topics, tables, FAQs, figures, bare sources', () => {
    const data = withGenerated(20)
      .result.sources.filter((source) => source.parsed.slug.startsWith('generated-'))
      .map((source) => source.data);
    expect(new Set(data.map((source) => source.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(data.flatMap((source) => source.claims.map((claim) => claim.favors)))).toEqual(
      new Set(['go', 'rust', 'tie', 'depends']),
    );
    expect(data.some((source) => new Set(source.claims.map((claim) => claim.topic)).size < source.claims.length)).toBe(
      true,
    );
    expect(data.some((source) => source.tables.some((table) => table.rows.some((row) => row.winner)))).toBe(true);
    expect(data.some((source) => source.tables.length === 0)).toBe(true);
    expect(data.some((source) => source.faqs.length > 0)).toBe(true);
    expect(data.some((source) => source.claims.some((claim) => claim.figures?.length))).toBe(true);
    expect(data.some((source) => !source.publisher && !source.author)).toBe(true);
    expect(data.every((source) => source.claims.length < vocabulary.topics.length)).toBe(true);
    const titles = data.map((source) => source.title.length);
    expect(Math.min(...titles)).toBeLessThan(15);
    expect(Math.max(...titles)).toBeGreaterThan(100);
  });

  it('gives every fourth source as many fact-checks as asked, and they still pass the check', () => {
    const { result } = withGenerated(8, { factChecks: 25 });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const checks = result.sources
      .filter((source) => source.parsed.slug.startsWith('generated-'))
      .map((source) => source.data.claims.filter((claim) => claim.check).length);
    expect(checks.filter((count) => count >= 25)).toHaveLength(2);
  });

  it('uses the slug prefix', () => {
    expect(generateSources(2, vocabulary, { slugPrefix: 'extra' }).map((source) => source.slug)).toEqual([
      'extra-001',
      'extra-002',
    ]);
  });
});

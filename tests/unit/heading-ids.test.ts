import { describe, expect, it } from 'vitest';
import { headingIds, headingSlug } from '../../src/lib/text/slug.ts';
import { isSourcePageId } from '../../src/lib/site/urls.ts';

describe('headingSlug', () => {
  it('drops emoji, symbols and invisible characters instead of leaving hyphens', () => {
    expect(headingSlug('☁️ Cloud Infrastructure & DevOps')).toBe('cloud-infrastructure-devops');
    expect(headingSlug('🦀 Rust — the hall of fame 🏆')).toBe('rust-the-hall-of-fame');
    expect(headingSlug('⚡️ Speed')).not.toMatch(/\uFE0F|^-/);
    expect(headingSlug('IV. Architecture Fit: Microservices, APIs & Backend Systems')).toBe(
      'iv-architecture-fit-microservices-apis-backend-systems',
    );
  });

  it('gives the ids GitHub gives to plain headings', () => {
    expect(headingSlug('Frequently Asked Questions (FAQs)')).toBe('frequently-asked-questions-faqs');
    expect(headingSlug('Case 1: Dropbox’s Move to Rust')).toBe('case-1-dropboxs-move-to-rust');
    expect(headingSlug('1. Performance')).toBe('1-performance');
    expect(headingSlug('Which is better in 2026, Go or Rust?')).toBe('which-is-better-in-2026-go-or-rust');
    expect(headingSlug('snake_case names')).toBe('snake_case-names');
  });

  it('keeps letters of any script', () => {
    expect(headingSlug('Café – Über Rust')).toBe('café-über-rust');
  });

  it('is empty when nothing but symbols is left', () => {
    expect(headingSlug('🚀 ✨')).toBe('');
  });
});

describe('headingIds', () => {
  it('keeps ids unique within a page, and names a symbol-only heading', () => {
    const ids = headingIds();
    expect(['FAQ', 'FAQ', '🚀', '🚀', 'FAQ 1', 'FAQ'].map(ids.next)).toEqual([
      'faq',
      'faq-1',
      'section',
      'section-1',
      'faq-1-1',
      'faq-2',
    ]);
  });
});

describe('body heading ids on a source page', () => {
  it('never take the page’s own ids, nor its claims’, passages’ or recommendations’ anchors', () => {
    const ids = headingIds(isSourcePageId);
    expect(
      [
        'Claim probe claim',
        'Passage probe claim',
        'Recommendation go 0',
        'Article',
        'Main',
        'Claims heading',
        'Claims',
      ].map(ids.next),
    ).toEqual([
      'section-claim-probe-claim',
      'section-passage-probe-claim',
      'section-recommendation-go-0',
      'section-article',
      'section-main',
      'section-claims-heading',
      'claims',
    ]);
  });
});

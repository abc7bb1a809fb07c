import { describe, expect, it } from 'vitest';
import { extractTables, parseMarkdown, toPlainText } from '../../src/lib/text/markdown.ts';
import { closestPassage, containsVerbatim, searchable } from '../../src/lib/text/passages.ts';
import { normaliseText, splitSentences } from '../../src/lib/text/normalise.ts';

describe('normaliseText', () => {
  it('folds typographic quotes, dashes, ellipses and odd spaces', () => {
    expect(normaliseText('It’s “fast” — 20–40%…\u00a0ok')).toBe('It\'s "fast" - 20-40%... ok');
  });

  it('collapses runs of whitespace, including line breaks and tabs', () => {
    expect(normaliseText('  Learning\tCurve\n\n Easy  ')).toBe('Learning Curve Easy');
  });

  it('keeps words and case: a changed word still differs', () => {
    expect(normaliseText('Rust often wins')).not.toBe(normaliseText('Rust usually wins'));
    expect(normaliseText('Go')).not.toBe(normaliseText('go'));
  });
});

describe('splitSentences', () => {
  it('splits after sentence punctuation and at line breaks', () => {
    expect(splitSentences('Go is simple. Rust is fast! Why?\nBoth: fine')).toEqual([
      'Go is simple.',
      'Rust is fast!',
      'Why?',
      'Both:',
      'fine',
    ]);
  });
});

describe('toPlainText', () => {
  it('drops Markdown markup and keeps one block per line', () => {
    const text = toPlainText(
      parseMarkdown('## Speed\n\n**Bottom Line:** Rust is [fast](https://x.test).\n\n- one\n- two'),
    );
    expect(text).toBe('Speed\nBottom Line: Rust is fast.\none\ntwo');
  });

  it('turns MDX escapes back into the characters a reader sees', () => {
    expect(toPlainText(parseMarkdown('Use \\{braces\\} and 1 \\< 2'))).toBe('Use {braces} and 1 < 2');
  });
});

describe('extractTables', () => {
  it('reads GFM tables as header and rows of plain text', () => {
    const [table] = extractTables(
      parseMarkdown('Intro\n\n| Feature | Go | Rust |\n| --- | --- | --- |\n| **Speed** | High | Very High |\n'),
    );
    expect(table).toEqual({ line: 3, header: ['Feature', 'Go', 'Rust'], rows: [['Speed', 'High', 'Very High']] });
  });

  it('keeps empty cells of ragged rows as empty strings', () => {
    const [table] = extractTables(parseMarkdown('| A | Go | Rust |\n| - | - | - |\n| x | y |\n'));
    expect(table?.rows).toEqual([['x', 'y', '']]);
  });
});

describe('verbatim matching', () => {
  const text = searchable('Go’s simplicity is *legendary*. The language design minimizes complexity.\n\nRust is fast.');

  it('finds a quote across emphasis and typographic differences', () => {
    expect(containsVerbatim(text, "Go's simplicity is legendary. The language design")).toBe(true);
  });

  it('does not find a quote with a changed word', () => {
    expect(containsVerbatim(text, 'Go’s simplicity is famous.')).toBe(false);
  });

  it('never matches an empty quote', () => {
    expect(containsVerbatim(text, '   ')).toBe(false);
  });

  it('names the closest passage', () => {
    expect(closestPassage(text, 'Rust is quick.')).toBe('Rust is fast.');
  });
});

// Code blocks in a source body, highlighted the way the site's config highlights them: classes the
// stylesheet colours, and no style="" the Content-Security-Policy would block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_HIGHLIGHT, CodeStyleError, classForTokenStyle } from '../../src/markdown/code-highlight.ts';
import { ROOT } from '../support/check-fixture.ts';
import { compileMdx } from '../support/compile-mdx.ts';

const stylesheet = readFileSync(join(ROOT, 'src/styles/code.css'), 'utf8');

const BODY = [
  'Two programs.',
  '',
  '```go',
  'package main',
  '',
  'import "fmt"',
  '',
  '// main prints a greeting.',
  'func main() {',
  '\tfmt.Println("hello", 42)',
  '}',
  '```',
  '',
  '```rust',
  'fn main() -> Result<(), String> {',
  '    let count: u32 = 5; // how many',
  '    println!("{}", count);',
  '    Ok(())',
  '}',
  '```',
  '',
  '```',
  'no language',
  '```',
  '',
].join('\n');

/** The body compiled as the build compiles it; its elements are JSX calls with their props. */
const compileBody = (body: string) =>
  compileMdx(ROOT, { file: 'content/sources/code.mdx', body, bodyLine: 1 }, {}, CODE_HIGHLIGHT);

/** A token's element in compiled MDX: its class, then its text. */
const token = (name: string, text: string) =>
  new RegExp(`class: "${name}",\\s*children: "${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`);

describe('a code block in a source body', () => {
  it('is highlighted with classes and carries no style attribute', async () => {
    const code = await compileBody(BODY);
    expect(code).not.toMatch(/\bstyle:/);
    expect(code).toContain('"data-language": "go"');
    expect(code).toContain('"data-language": "rust"');
    expect(code).toMatch(token('code-token-keyword', 'func'));
    expect(code).toMatch(token('code-token-keyword', 'fn'));
    expect(code).toMatch(token('code-token-comment', '// main prints a greeting.'));
  });

  it('uses only classes the stylesheet colours', async () => {
    const code = await compileBody(BODY);
    const used = new Set([...code.matchAll(/class: "(code-[a-z-]+)"/g)].map((match) => match[1]!));
    expect(used.size).toBeGreaterThan(3);
    for (const name of used) expect(stylesheet, `.${name} in code.css`).toMatch(new RegExp(`\\.${name}\\s*[,{]`));
  });
});

describe('a token style', () => {
  it('becomes the class named after its theme variable', () => {
    expect(classForTokenStyle('color:var(--code-token-string)')).toBe('code-token-string');
  });

  it('that is not one of the theme’s colours stops the render, naming the style', () => {
    expect(() => classForTokenStyle('color:#ff0000')).toThrow(CodeStyleError);
    expect(() => classForTokenStyle('color:var(--code-token-keyword);font-style:italic')).toThrow(/font-style:italic/);
  });
});

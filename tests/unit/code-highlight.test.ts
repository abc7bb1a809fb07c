// Code blocks in a source body, highlighted the way the site's config highlights them: classes the
// stylesheet colours, and no style="" the Content-Security-Policy would block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyRenderer } from '../../src/loaders/render-body.ts';
import { CODE_HIGHLIGHT, CodeStyleError, classForTokenStyle } from '../../src/markdown/code-highlight.ts';
import { checkFixture, ROOT } from '../support/check-fixture.ts';

const valid = checkFixture('valid').sources[0]!;
const render = bodyRenderer(ROOT, CODE_HIGHLIGHT);
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

async function renderBody(body: string): Promise<string> {
  const { html } = await render({
    ...valid,
    parsed: { ...valid.parsed, body },
    data: { ...valid.data, claims: [], recommendations: { go: [], rust: [] } },
  });
  return html;
}

describe('a code block in a source body', () => {
  it('is highlighted with classes and carries no style attribute', async () => {
    const html = await renderBody(BODY);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('data-language="go"');
    expect(html).toContain('data-language="rust"');
    expect(html).toMatch(/<span class="code-token-keyword">func<\/span>/);
    expect(html).toMatch(/<span class="code-token-keyword">fn<\/span>/);
    expect(html).toMatch(/<span class="code-token-comment">\/\/ main prints a greeting\.<\/span>/);
  });

  it('uses only classes the stylesheet colours', async () => {
    const html = await renderBody(BODY);
    const used = new Set([...html.matchAll(/class="(code-[a-z-]+)"/g)].map((match) => match[1]!));
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

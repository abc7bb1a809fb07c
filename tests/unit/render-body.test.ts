// A source body rendered the way the sources loader renders it: Markdown with the site's plugins,
// which read the source's validated front matter (never the file again).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyRenderer } from '../../src/loaders/render-body.ts';
import { checkFixture, ROOT } from '../support/check-fixture.ts';

const render = bodyRenderer(ROOT, { syntaxHighlight: false });
const valid = checkFixture('valid').sources[0]!;

describe('a rendered source body', () => {
  it('marks each claim’s and recommendation’s passage, from the front matter it is handed', async () => {
    const { html } = await render(valid);
    for (const claim of valid.data.claims) expect(html).toContain(`id="passage-${claim.id}"`);
    expect(html).toContain('id="passage-rec-go-0"');
  });

  it('marks what the front matter it is handed says, not what the file on disk says', async () => {
    const renamed = {
      ...valid,
      data: {
        ...valid.data,
        claims: valid.data.claims.map((claim, c) => (c === 0 ? { ...claim, id: 'renamed-claim' } : claim)),
      },
    };
    const { html } = await render(renamed);
    expect(html).toContain('id="passage-renamed-claim"');
    expect(html).not.toContain(`id="passage-${valid.data.claims[0]!.id}"`);
  });

  it('keeps the article’s own punctuation: no smart quotes', async () => {
    const body = 'He said "Rust is fast" and it\'s true -- mostly.\n';
    const { html } = await render({
      ...valid,
      parsed: { ...valid.parsed, body },
      data: { ...valid.data, claims: [], recommendations: { go: [], rust: [] } },
    });
    expect(html).toContain('"Rust is fast"');
    expect(html).toMatch(/it(&#39;|')s true -- mostly/);
  });

  it('refuses a claim id that takes a recommendation’s passage anchor, naming the file', async () => {
    const clash = {
      ...valid,
      data: {
        ...valid.data,
        claims: valid.data.claims.map((claim, c) => (c === 0 ? { ...claim, id: 'rec-go-0' } : claim)),
      },
    };
    await expect(render(clash)).rejects.toThrow(
      `${join(ROOT, valid.parsed.file)}: the claim id "rec-go-0" is reserved`,
    );
  });
});

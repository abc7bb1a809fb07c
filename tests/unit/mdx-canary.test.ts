// Canaries: hostile MDX bodies whose code, if it ever ran, would record itself on a global and
// write a file. Evaluated by plain MDX without the site's gate, each one runs (so the canaries are
// live); through the site's processor, each is refused before anything is compiled, and nothing runs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { proseOnlyHtml } from '../../src/markdown/hast-prose-only.ts';
import { proseOnly } from '../../src/markdown/mdast-prose-only.ts';
import { compileMdx } from '../support/compile-mdx.ts';
import { ROOT } from '../support/check-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'gvr-canary-'));
const ran: string[] = [];
(globalThis as { __gvrCanary?: string[] }).__gvrCanary = ran;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Code that records `label` and writes a file named after it, then yields `value`. */
const code = (label: string, value = "''") =>
  `(globalThis.__gvrCanary.push('${label}'), process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(dir, label))}, 'ran'), ${value})`;

const PROBES: Array<[label: string, body: string]> = [
  ['text-expression', `Prose {${code('text-expression')}} prose.\n`],
  ['flow-expression', `{${code('flow-expression')}}\n`],
  ['esm', `export const pwned = ${code('esm')}\n\nProse.\n`],
  ['attribute', `<EditorNote date={${code('attribute', "'2026-12-05'")}}>A note.</EditorNote>\n`],
  ['spread', `<EditorNote date="2026-12-05" {...${code('spread', '{}')}}>A note.</EditorNote>\n`],
  ['comment-with-code', `{/* only a comment */ ${code('comment-with-code')}}\n`],
  ['html-attribute', `<span title={${code('html-attribute')}}>x</span>\n`],
  ['unknown-component', `<Chart data={${code('unknown-component', '[]')}} />\n`],
];

const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: unknown) => ({ type, props }),
  jsxs: (type: unknown, props: unknown) => ({ type, props }),
};

/** Evaluates a body as MDX and renders it once, so expressions in the content run too. */
async function evaluateAndRender(body: string, gated: boolean): Promise<void> {
  const mod = await evaluate(body, {
    ...runtime,
    features: { gfm: false },
    ...(gated
      ? {
          mdastPlugins: [proseOnly],
          hastPlugins: [proseOnlyHtml],
          fileURL: new URL(`file://${join(ROOT, 'content/sources/canary.mdx')}`),
        }
      : {}),
  });
  (mod.default as (props: object) => unknown)({ components: { EditorNote: 'aside', Chart: 'div' } });
}

describe('hostile MDX bodies', () => {
  it.each(PROBES)('%s: refused by the site’s processor before it compiles; nothing runs', async (label, body) => {
    await expect(compileMdx(ROOT, { file: 'content/sources/canary.mdx', body, bodyLine: 1 })).rejects.toThrow(
      /content\/sources\/canary\.mdx:1: /,
    );
    await expect(evaluateAndRender(body, true)).rejects.toThrow(/canary\.mdx/);
    expect(ran).not.toContain(label);
    expect(existsSync(join(dir, label))).toBe(false);
  });

  it('run when MDX evaluates them without the gate: the canaries are live', async () => {
    for (const [, body] of PROBES) await evaluateAndRender(body, false).catch(() => undefined);
    expect(ran.sort()).toEqual(PROBES.map(([label]) => label).sort());
    for (const [label] of PROBES) expect(existsSync(join(dir, label)), label).toBe(true);
  });
});

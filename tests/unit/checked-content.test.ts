import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedContent, frontMatterOf, releaseCheckedTexts } from '../../src/integrations/checked-content.ts';
import { splitFrontMatter } from '../../src/lib/text/front-matter.ts';
import { ROOT } from '../support/check-fixture.ts';

// What a build keeps of the check, whatever the content is: the tests read the project's own
// content/ but assert nothing about it beyond what the check itself returns.
describe('the check shared by a build', () => {
  const sourceFiles = readdirSync(join(ROOT, 'content', 'sources')).filter((name) => name.endsWith('.mdx'));
  const path = join(ROOT, 'content', 'sources', sourceFiles[0]!);

  it('is run once and reused until a fresh check is asked for', () => {
    const first = checkedContent(ROOT, true);
    expect(checkedContent(ROOT)).toBe(first);
    expect(checkedContent(ROOT, true)).not.toBe(first);
  });

  it('gives the Markdown plugins each source’s front matter, as parsed, also after the texts are let go', () => {
    checkedContent(ROOT, true);
    const parsed = splitFrontMatter(readFileSync(path, 'utf8')).data;
    expect(frontMatterOf(path)).toEqual(parsed);
    releaseCheckedTexts();
    expect(frontMatterOf(path)).toEqual(parsed);
  });

  it('checks again, with the same result, when asked after the texts are let go', () => {
    const before = checkedContent(ROOT, true);
    releaseCheckedTexts();
    const after = checkedContent(ROOT);
    expect(after).not.toBe(before);
    expect(after.problems).toEqual(before.problems);
    expect(after.sources.map((source) => source.data)).toEqual(before.sources.map((source) => source.data));
  });
});

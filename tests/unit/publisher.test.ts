// Who runs the site and where it is published: read from configuration, refused when unusable.
import { describe, expect, it } from 'vitest';
import { maintainerParts, publisherOf, repositoryWebUrl } from '../../src/lib/site/publisher.ts';
import { LOCAL_SITE, PLACEHOLDER_SITE, siteAddressProblem } from '../../src/lib/site/site-address.ts';

const FIELDS = {
  maintainers: [{ name: 'Ada', url: 'https://github.com/ada' }],
  repository: { type: 'git', url: 'git+https://github.com/ada/site.git' },
  bugs: { url: 'https://github.com/ada/site/issues' },
};

describe('the publisher, from package.json’s fields', () => {
  it('names the maintainers and gives the repository’s web address and the issue tracker', () => {
    expect(publisherOf(FIELDS)).toEqual({
      maintainers: [{ name: 'Ada', url: 'https://github.com/ada' }],
      repositoryUrl: 'https://github.com/ada/site',
      issuesUrl: 'https://github.com/ada/site/issues',
    });
  });

  it('refuses a package.json without maintainers, naming the field', () => {
    expect(() => publisherOf({ ...FIELDS, maintainers: [] })).toThrow(/package\.json: maintainers/);
  });

  it('refuses an issue tracker that is not an https address', () => {
    expect(() => publisherOf({ ...FIELDS, bugs: { url: 'javascript:alert(1)' } })).toThrow(/package\.json: bugs\.url/);
  });

  it('refuses a repository that is not an https address', () => {
    expect(() => repositoryWebUrl('git@github.com:ada/site.git')).toThrow(/not an https address/);
  });
});

describe('the site address of a production build', () => {
  it('must not be the placeholder, nor missing: one sentence says what to do', () => {
    for (const site of [undefined, PLACEHOLDER_SITE, `${PLACEHOLDER_SITE}/`]) {
      const problem = siteAddressProblem(site);
      expect(problem).toContain('SITE_URL');
      expect(problem?.split(/[.!?]\s/)).toHaveLength(1);
    }
  });

  it('may be any real address, a local one included', () => {
    expect(siteAddressProblem('https://ada.github.io')).toBeUndefined();
    expect(siteAddressProblem(LOCAL_SITE)).toBeUndefined();
  });
});

describe('the maintainers in a sentence', () => {
  it('reads "A, B and C", each name linked where it has an address', () => {
    const parts = maintainerParts([{ name: 'Ada', url: 'https://a.example' }, { name: 'Bo' }, { name: 'Cy' }]);
    expect(parts.map((part) => part.text).join('')).toBe('Ada, Bo and Cy');
    expect(parts.filter((part) => part.url)).toEqual([{ name: 'Ada', url: 'https://a.example', text: 'Ada' }]);
  });
});

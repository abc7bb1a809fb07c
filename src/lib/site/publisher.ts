// Who runs the site, read once from package.json's standard fields (`maintainers`, `repository`,
// `bugs`), which npm's own commands read too (`npm repo`, `npm bugs`). The about page, the footer
// and every "report an error" link take their names and addresses from here.
import { z } from 'astro/zod';
import packageJson from '../../../package.json' with { type: 'json' };

const httpsUrl = z.url({ protocol: /^https$/ });

const packageFields = z.object({
  maintainers: z.array(z.object({ name: z.string().min(1), url: httpsUrl.optional() })).min(1),
  // npm writes a git URL (git+https://…/x.git); the page wants the repository's web address.
  repository: z.object({ url: z.string().min(1) }),
  bugs: z.object({ url: httpsUrl }),
});

export interface Maintainer {
  name: string;
  url?: string;
}

export interface Publisher {
  maintainers: Maintainer[];
  /** The repository's web page. */
  repositoryUrl: string;
  /** The issue tracker's list of issues. */
  issuesUrl: string;
}

/** The web address of a repository named by package.json's `repository.url` (git+https://host/x.git → https://host/x). */
export function repositoryWebUrl(url: string): string {
  const web = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return httpsUrl.parse(web, { error: () => `package.json's repository.url "${url}" is not an https address` });
}

/** Who runs the site, from a package.json's fields; throws naming the field when one is missing or wrong. */
export function publisherOf(fields: unknown): Publisher {
  const parsed = packageFields.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`package.json: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const { maintainers, repository, bugs } = parsed.data;
  return { maintainers, repositoryUrl: repositoryWebUrl(repository.url), issuesUrl: bugs.url };
}

export const PUBLISHER: Publisher = publisherOf(packageJson);

/** The maintainers as a sentence's parts: "A, B and C", each name with its address where it has one. */
export function maintainerParts(maintainers: readonly Maintainer[]): Array<{ text: string; url?: string }> {
  let at = 0;
  return new Intl.ListFormat('en-GB', { type: 'conjunction' })
    .formatToParts(maintainers.map((maintainer) => maintainer.name))
    .map((part) => (part.type === 'element' ? { ...maintainers[at++]!, text: part.value } : { text: part.value }));
}

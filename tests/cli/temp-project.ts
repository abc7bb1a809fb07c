// A throwaway copy of the project for tests that run its commands: everything is copied but
// node_modules, which is linked. (Linking src/ instead breaks Astro's script modules, whose ids
// must sit inside the project root.)
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const COPIED = ['src', 'scripts', 'tools', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Creates the copy and returns its path; the caller removes it. */
export function tempProject(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  return project;
}

/**
 * The environment for a child `astro` process, without what Vitest puts in process.env
 * (BASE_URL, MODE, PROD, DEV, SSR, NODE_ENV=test, VITEST_*): Astro inlines import.meta.env from the
 * environment, so those would leak into the child's build.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|BASE_URL|MODE|PROD|DEV|SSR|NODE_ENV|TEST)$/.test(key)),
  );
  return { ...env, ...extra };
}

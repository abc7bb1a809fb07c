// Whether a Node version can run Astro 7 (its `engines`: 22.12 or newer). Plain JavaScript, so the
// oldest Node that runs npm can answer: `node tools/node-support.mjs [version]` exits 0 when the
// version (by default the running one) is supported, 1 when it is not.
import { fileURLToPath } from 'node:url';

/** The oldest supported Node, as [major, minor]. */
const OLDEST_SUPPORTED = [22, 12];

/** True when `version` ("20.20.2" or "v24.1.0") is at least OLDEST_SUPPORTED. */
export function supportsAstro(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  const [oldestMajor, oldestMinor] = OLDEST_SUPPORTED;
  return major > oldestMajor || (major === oldestMajor && minor >= oldestMinor);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(supportsAstro(process.argv[2] ?? process.versions.node) ? 0 : 1);
}

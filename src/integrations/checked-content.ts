// The content check's result, shared by the integrations of one build: the integrity check runs
// it at the start, the search index reuses it at the end instead of reading everything again.
import { checkContent, type CheckResult } from '../lib/check/check-content.ts';

let last: { root: string; result: CheckResult } | undefined;

/** Checks the content under `root`, or returns this build's result; `fresh` forces a new check. */
export function checkedContent(root: string, fresh = false): CheckResult {
  if (fresh || !last || last.root !== root) last = { root, result: checkContent(root) };
  return last.result;
}

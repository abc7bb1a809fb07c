// The one place that finds a Chromium for the browser tests and the benchmark: Playwright's own
// when `npx playwright install chromium` has run, else CHROMIUM_PATH, else the system's (Debian's
// /usr/bin/chromium), e.g. on machines that cannot download browsers.
// `node tools/chromium.ts` prints the path it would use, or exits 1 when there is none.
import { chromium, type LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a system Chromium in a container: no sandbox, GPU or background traffic. */
export const SYSTEM_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable to drive, or undefined when none is installed. */
export function chromiumPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  return [process.env.CHROMIUM_PATH, ...SYSTEM].find((path): path is string => path !== undefined && existsSync(path));
}

/** Playwright launch options for that Chromium (empty for Playwright's own). */
export function chromiumLaunchOptions(): LaunchOptions {
  const path = chromiumPath();
  if (path === undefined || path === chromium.executablePath()) return {};
  return { executablePath: path, args: SYSTEM_CHROMIUM_FLAGS };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = chromiumPath();
  if (path === undefined) process.exit(1);
  console.log(path);
}

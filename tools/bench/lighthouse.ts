// Lighthouse (its default, mobile, configuration: Moto G Power viewport, simulated slow 4G and 4×
// CPU slowdown) against pages of a built site served by `astro preview`, in the local Chromium
// launched by chrome-launcher (Lighthouse's own launcher). Nothing is fetched from the network.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumPath } from '../chromium.ts';
import { join } from 'node:path';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LighthouseRun {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** Milliseconds. */
  lcp: number;
  cls: number;
  /** Milliseconds. */
  tbt: number;
  /** Audits of a category under 100, for the report. */
  failing: string[];
}

function itemsOf(details: unknown): Array<Record<string, unknown>> {
  const items = (details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as Array<Record<string, unknown>>) : [];
}

/** One line about a failing audit's item: the element, the message or the URL. */
function describeItem(item: Record<string, unknown>): string {
  const node = item.node as { selector?: string; snippet?: string } | undefined;
  const text = node?.snippet ?? node?.selector ?? item.description ?? item.url ?? item.source;
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').slice(0, 140) : '';
}

/** Starts `astro preview` in `dir` on `port` and resolves once it answers. */
export async function startPreview(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`astro preview did not answer on ${url} within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Runs Lighthouse `runs` times on each URL, reusing one Chromium (storage is reset per run). */
export async function runLighthouse(
  urls: readonly string[],
  runs: number,
  onRun?: (url: string, run: number) => void,
): Promise<Map<string, LighthouseRun[]>> {
  // The Chromium tools/chromium.ts finds, else whatever chrome-launcher finds.
  const path = chromiumPath();
  const chrome = await chromeLauncher.launch({
    chromeFlags: CHROME_FLAGS,
    ...(path ? { chromePath: path } : {}),
    logLevel: 'silent',
  });
  const results = new Map<string, LighthouseRun[]>();
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const url of urls) {
        onRun?.(url, run);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = result.lhr;
        if (lhr.runtimeError)
          throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const failing = Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => {
              const audit = lhr.audits[ref.id]!;
              const value = audit.displayValue ? ` ${audit.displayValue}` : '';
              const items = itemsOf(audit.details).slice(0, 2).map(describeItem).filter(Boolean);
              return `${category.id}/${ref.id}${value}${items.length ? `: ${items.join('; ')}` : ''}`;
            }),
        );
        results.set(url, [
          ...(results.get(url) ?? []),
          {
            scores: {
              performance: score('performance'),
              accessibility: score('accessibility'),
              bestPractices: score('best-practices'),
              seo: score('seo'),
            },
            lcp: numeric('largest-contentful-paint'),
            cls: numeric('cumulative-layout-shift'),
            tbt: numeric('total-blocking-time'),
            failing,
          },
        ]);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

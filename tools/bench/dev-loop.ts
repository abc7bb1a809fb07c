// The editor's loop in `astro dev`: cold start to the first page, and the time from saving a source
// to the page showing the change. The server runs on a loopback port; every wait is bounded and the
// server is always stopped, whatever happens.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearBuildState } from './sites.ts';

export interface DevLoop {
  /** From starting `astro dev` (empty caches) to the first 200 response for the page. */
  coldStartMs: number;
  /** From each save of the source to the first response for its page that shows the new text. */
  saveMs: number[];
  /**
   * From each save to the later of the updated page and the content check's report on the save
   * (its "✓ checked again" line): the editor's whole loop. Absent where there is no check (bare Astro).
   */
  checkedMs?: number[];
}

const POLL_MS = 25;

/** GETs `url` until `accept` says yes or `timeoutMs` passes; resolves with the time it took. */
async function until(
  url: string,
  accept: (status: number, body: string) => boolean,
  timeoutMs: number,
  alive: () => string | undefined,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const exited = alive();
    if (exited) throw new Error(exited);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (accept(response.status, await response.text())) return performance.now() - started;
    } catch {
      // not listening yet, or the request timed out
    }
    if (performance.now() - started > timeoutMs)
      throw new Error(`${url} did not answer as expected within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Starts `astro dev` in `dir`, waits for `page` (a path such as /sources/x/), then `saves` times
 * appends a paragraph with a new marker to `file` (a source under `dir`) and waits for the page to
 * show it. The file is restored and the server stopped before returning.
 */
export async function measureDevLoop(
  dir: string,
  options: { port: number; page: string; file: string; saves: number; timeoutMs: number; checkedLine?: string },
): Promise<DevLoop> {
  clearBuildState(dir);
  const path = join(dir, options.file);
  const original = readFileSync(path, 'utf8');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(options.port), '--host', '127.0.0.1'],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const alive = () =>
    child.exitCode !== null ? `astro dev exited with ${child.exitCode}:\n${log.slice(-3000)}` : undefined;
  const url = `http://127.0.0.1:${options.port}${options.page}`;
  try {
    await until(url, (status) => status === 200, options.timeoutMs, alive);
    const coldStartMs = performance.now() - started;
    const saveMs: number[] = [];
    const checkedMs: number[] = [];
    for (let save = 1; save <= options.saves; save += 1) {
      const marker = `Benchmark marker ${save} ${Date.now()}`;
      // Let the watcher settle after the previous save, so each save is measured on its own.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const logged = log.length;
      let checkedAt: number | undefined;
      const checked = (): boolean => {
        if (checkedAt === undefined && options.checkedLine && log.slice(logged).includes(options.checkedLine))
          checkedAt = performance.now();
        return checkedAt !== undefined;
      };
      child.stdout.on('data', checked);
      child.stderr.on('data', checked);
      const saved = performance.now();
      writeFileSync(path, `${original.trimEnd()}\n\n${marker}\n`);
      try {
        await until(url, (status, body) => status === 200 && body.includes(marker), options.timeoutMs, alive);
        saveMs.push(performance.now() - saved);
        if (options.checkedLine) {
          const deadline = saved + options.timeoutMs;
          while (!checked() && performance.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (!checked())
            throw new Error(
              `the check's "${options.checkedLine}" line did not appear within ${options.timeoutMs / 1000} s`,
            );
          checkedMs.push(Math.max(checkedAt! - saved, saveMs.at(-1)!));
        }
      } finally {
        child.stdout.off('data', checked);
        child.stderr.off('data', checked);
      }
    }
    return { coldStartMs, saveMs, ...(options.checkedLine ? { checkedMs } : {}) };
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- astro dev log (end) ---\n${log.slice(-3000)}`,
      { cause: error },
    );
  } finally {
    writeFileSync(path, original);
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 3000);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    clearTimeout(killed);
  }
}

// The one place tests run the project's commands: a throwaway copy of the project (everything but
// node_modules, which is linked; linking src/ instead breaks Astro's script modules, whose ids
// must sit inside the project root), and the check, a build, a static server or `astro dev` on it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { LOCAL_SITE } from '../../src/lib/site/site-address.ts';

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
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|BASE_URL|MODE|PROD|DEV|SSR|NODE_ENV|TEST)$/.test(key)),
  );
  return { ...env, ...extra };
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  /** stdout then stderr. */
  output: string;
}

/** Runs `scripts/<script>.ts` (check, new, import) in `project` as npm would, without colour. */
export function runScript(
  project: string,
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): CommandResult {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', `scripts/${script}.ts`, ...args],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    },
  );
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

/**
 * `astro build` in `project` (extra arguments such as `--outDir`), in a clean child environment,
 * at the local address (`npm run build:local`'s) unless `env` gives a SITE_URL.
 */
export function build(project: string, options: { args?: string[]; env?: Record<string, string> } = {}): CommandResult {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.args ?? [])],
    {
      cwd: project,
      encoding: 'utf8',
      env: childEnv({ SITE_URL: LOCAL_SITE, ...options.env }),
    },
  );
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

export interface Served {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves a built `dist/` the way a static host does (a folder answers with its index.html) on a free port. */
export function serve(dist: string): Promise<Served> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

export interface DevServer {
  origin: string;
  /** Everything the server has printed since it started or since the last clearLog(). */
  log(): string;
  clearLog(): void;
  stop(): void;
}

/** A port nobody is listening on, so that several checkouts can run their tests side by side. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` in `project` on a free port and resolves once it answers `/` (rejects after `ms`). */
export async function startDev(project: string, ms = 45_000): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: project,
      stdio: 'pipe',
      env: childEnv({ NO_COLOR: '1' }),
    },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const server: DevServer = {
    origin: `http://127.0.0.1:${port}`,
    log: () => log,
    clearLog: () => void (log = ''),
    stop: () => void child.kill('SIGKILL'),
  };
  const up = await until(
    () =>
      fetch(`${server.origin}/`).then(
        (response) => response.ok,
        () => false,
      ),
    ms,
  );
  if (!up) {
    server.stop();
    throw new Error(`astro dev did not answer within ${ms} ms:\n${log}`);
  }
  return server;
}

/** Waits until `test` holds, checking every 100 ms; false after `ms`. */
export async function until(test: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms;) {
    if (await test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

// `npm run bench`: build scaling against the bare-Astro floor, page weight and Lighthouse, written
// to bench/REPORT.md and summarised on stdout. A measurement, not a test: it never fails on a
// missed target, only when something cannot be measured.
//
// Usage: npm run bench [-- --quick] [-- --keep]
//   --quick  N = 5 and 50 only, one build each, one Lighthouse run per page (1–2 minutes);
//            writes bench/REPORT.quick.md (ignored by git) instead of bench/REPORT.md.
//   --keep   leave the temporary sites in the temp directory, for inspection.
// Full run: about 7–9 minutes on 2 cores; it stops adding N = 500 builds when a third would end
// past 9 minutes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { builtPages, builtPageWeight } from '../built-pages.ts';
import { hasJavaScript, type PageWeight } from '../page-weight.ts';
import { PAGE_TYPES, RATIO_TARGET, pageType } from '../budgets.ts';
import { runLighthouse, startPreview, type LighthouseRun } from './lighthouse.ts';
import { chromiumPath } from '../chromium.ts';
import { measure, summarise, type Summary } from './measure.ts';
import { measureDevLoop, type DevLoop } from './dev-loop.ts';
import { bareSite, clearBuildState, installedVersion, ourSite, realSources, starlightSite } from './sites.ts';
import { CASE_SOURCES_IN_FULL } from '../../src/lib/site/tunables.ts';
import { LOCAL_SITE } from '../../src/lib/site/site-address.ts';

/** YAML read as the check reads it (the core schema: dates stay text). */
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Only the build comparison at N = 50 and 500, for a busy machine: no page weight, Lighthouse or dev loop.
    'builds-only': { type: 'boolean', default: false },
    // Stop adding builds at the largest N when one more run would end after this many minutes.
    minutes: { type: 'string', default: '30' },
  },
});
const QUICK = options.quick;
const BUILDS_ONLY = options['builds-only'];
const ROOT = join(import.meta.dirname, '..', '..');
const SIZES = QUICK ? [5, 50] : BUILDS_ONLY ? [50, 500] : [5, 50, 500];
const RUNS = QUICK ? 1 : 3;
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
/** Stop adding builds at the largest N when one more pair would end after this. */
const SOFT_DEADLINE_MS = Number(options.minutes) * 60_000;
const PORT = 4391;
/** Sizes at which the editor's loop in `astro dev` is measured, and saves measured per server. */
const DEV_SIZES = QUICK ? [5] : BUILDS_ONLY ? [] : [5, 500];
const DEV_SAVES = QUICK ? 2 : 3;
const DEV_PORT = 4392;

const started = performance.now();
const elapsed = () => performance.now() - started;
const log = (message: string) =>
  process.stderr.write(`[bench ${(elapsed() / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Build phases, from Astro's log: setup (config hooks, including our content check, content sync
// and types), bundling (Vite), and rendering the pages.

function seconds(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  const [, minutes, value, unit] = match;
  return Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

interface Phases {
  setup?: number;
  bundle?: number;
  render?: number;
}

function phases(log: string): Phases {
  const plain = stripVTControlCharacters(log);
  const duration = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
  return {
    setup: seconds(
      new RegExp(String.raw`Collecting build info\.\.\.\s*\n[^\n]*✓ Completed in ${duration}`).exec(plain)?.[1],
    ),
    bundle: seconds(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`).exec(plain)?.[1]),
    render: seconds(new RegExp(String.raw`^\S+ ✓ Completed in ${duration}\.?$`, 'm').exec(plain)?.[1]),
  };
}

// ---------------------------------------------------------------------------------------------

interface BuildRun {
  wallMs: number;
  peakRss: number | undefined;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | undefined;
  /** The 1-minute load average just before the build. */
  load: number;
  phases?: Phases;
}

interface SizeResult {
  n: number;
  ours: BuildRun[];
  /** The bare floor: the same files as MDX through @astrojs/mdx, plus Pagefind. */
  bare: BuildRun[];
  /** Starlight building the same files as documentation pages, with its own search. */
  starlight: BuildRun[];
  /** The bare floor with the files as Markdown (at the largest N only): what MDX costs. */
  markdown: BuildRun[];
  checkMs: number;
  pages: number;
  note?: string;
  /** The editor's loop in `astro dev`, for ours and the bare floor, at the sizes in DEV_SIZES. */
  dev?: { ours: DevLoop; bare: DevLoop; load: number };
}

async function build(dir: string): Promise<BuildRun & { output: string }> {
  clearBuildState(dir);
  const load = loadavg()[0] ?? 0;
  const result = await measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { SITE_URL: LOCAL_SITE, ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return {
    wallMs: result.wallMs,
    peakRss: result.peakRss,
    cpuSeconds: result.cpuSeconds,
    load,
    output: result.output,
    phases: phases(result.output),
  };
}

const PAGE_PICKS = (dist: string, root: string) => {
  const topics = (
    parse(readFileSync(join(root, 'content', 'topics.yaml'), 'utf8')) as Array<{ id: string; order?: number }>
  ).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const paths = new Set(builtPages(dist).map((page) => page.path));
  const topic = topics.map((t) => `/topics/${t.id}/`).find((path) => paths.has(path));
  const source = realSources(root)
    .map((s) => `/sources/${s.slug}/`)
    .find((path) => paths.has(path));
  return [
    { label: 'home', path: '/' },
    { label: 'topic page', path: topic },
    { label: 'source page', path: source },
    { label: 'verdicts', path: '/verdicts/' },
    { label: 'numbers', path: '/numbers/' },
  ].filter((pick): pick is { label: string; path: string } => !!pick.path && paths.has(pick.path));
};

interface WeightRow {
  label: string;
  path: string;
  weight: PageWeight;
}

async function main() {
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGB: totalmem() / 1e9,
    node: process.version,
    os: `${platform()} ${release()}`,
    astro: installedVersion(ROOT, 'astro'),
    starlight: installedVersion(ROOT, '@astrojs/starlight'),
    lighthouse: installedVersion(ROOT, 'lighthouse'),
    chromium: (() => {
      try {
        return execFileSync(chromiumPath() ?? 'chromium', ['--version'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
      } catch {
        return 'unknown';
      }
    })(),
    rssMethod: '',
  };
  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()
        ? ' plus uncommitted changes'
        : '';
      return `${head}${dirty}`;
    } catch {
      return 'unknown';
    }
  })();
  log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGB.toFixed(1)} GB, Node ${machine.node}; sizes ${SIZES.join(', ')}${QUICK ? ' (quick)' : ''}`,
  );

  const results: SizeResult[] = [];
  let weights: WeightRow[] = [];
  let allWeights: WeightRow[] = [];
  let lighthouse = new Map<string, LighthouseRun[]>();
  let lighthousePages: Array<{ label: string; path: string }> = [];
  const temp: string[] = [];
  try {
    for (const n of SIZES) {
      log(`N = ${n}: preparing the sites (our copy is checked with npm run check's rules first)`);
      const ours = ourSite(ROOT, n);
      const bare = bareSite(ROOT, n);
      const starlight = starlightSite(ROOT, n);
      const last = n === SIZES[SIZES.length - 1];
      const markdown = last ? bareSite(ROOT, n, 'markdown') : undefined;
      temp.push(ours.dir, bare, starlight, ...(markdown ? [markdown] : []));
      const result: SizeResult = {
        n,
        ours: [],
        bare: [],
        starlight: [],
        markdown: [],
        checkMs: ours.checkMs,
        pages: 0,
      };
      results.push(result);
      for (let run = 1; run <= RUNS; run += 1) {
        if (last && run > 1) {
          const pair = [result.ours, result.bare, result.starlight, result.markdown].reduce(
            (sum, runs) => sum + (runs.at(-1)?.wallMs ?? 0) + 1000,
            0,
          );
          if (elapsed() + pair > SOFT_DEADLINE_MS) {
            result.note = `${run - 1} run${run - 1 === 1 ? '' : 's'} instead of ${RUNS}: a further build pair (${(pair / 1000).toFixed(0)} s) would have ended after ${SOFT_DEADLINE_MS / 60_000} minutes`;
            log(result.note);
            break;
          }
        }
        const o = await build(ours.dir);
        result.pages = builtPages(join(ours.dir, 'dist')).length;
        log(`N = ${n} run ${run}: ours ${(o.wallMs / 1000).toFixed(1)} s, ${mb(o.peakRss)} (${result.pages} pages)`);
        const b = await build(bare);
        log(`N = ${n} run ${run}: bare ${(b.wallMs / 1000).toFixed(1)} s, ${mb(b.peakRss)}`);
        result.ours.push({
          wallMs: o.wallMs,
          peakRss: o.peakRss,
          cpuSeconds: o.cpuSeconds,
          load: o.load,
          ...(o.phases ? { phases: o.phases } : {}),
        });
        result.bare.push({ wallMs: b.wallMs, peakRss: b.peakRss, cpuSeconds: b.cpuSeconds, load: b.load });
        const st = await build(starlight);
        log(`N = ${n} run ${run}: Starlight ${(st.wallMs / 1000).toFixed(1)} s, ${mb(st.peakRss)}`);
        result.starlight.push({ wallMs: st.wallMs, peakRss: st.peakRss, cpuSeconds: st.cpuSeconds, load: st.load });
        if (markdown) {
          const md = await build(markdown);
          log(`N = ${n} run ${run}: bare Markdown ${(md.wallMs / 1000).toFixed(1)} s, ${mb(md.peakRss)}`);
          result.markdown.push({ wallMs: md.wallMs, peakRss: md.peakRss, cpuSeconds: md.cpuSeconds, load: md.load });
        }
      }
      machine.rssMethod = existsGnuTime()
        ? '/usr/bin/time -v (peak RSS of the largest process)'
        : 'polling /proc every 25 ms (summed RSS of the process tree)';

      if (n === SIZES[0] && !BUILDS_ONLY) {
        // Page weight and Lighthouse on the real five sources, from the build just made.
        const dist = join(ours.dir, 'dist');
        const picks = PAGE_PICKS(dist, ROOT);
        const pages = new Map(builtPages(dist).map((page) => [page.path, page]));
        weights = picks.map((pick) => ({ ...pick, weight: builtPageWeight(dist, '/', pages.get(pick.path)!) }));
        allWeights = [...pages.values()].map((page) => ({
          label: pageType(page.path).name,
          path: page.path,
          weight: builtPageWeight(dist, '/', page),
        }));
        lighthousePages = picks.filter((pick) => ['home', 'topic page', 'source page'].includes(pick.label));
        log(`Lighthouse: ${lighthousePages.length} pages × ${LIGHTHOUSE_RUNS} runs, served by astro preview`);
        const preview = await startPreview(ours.dir, PORT);
        try {
          const byUrl = await runLighthouse(
            lighthousePages.map((pick) => new URL(pick.path.slice(1), preview.url).href),
            LIGHTHOUSE_RUNS,
            (url, run) => log(`Lighthouse run ${run}: ${url}`),
          );
          lighthouse = new Map([...byUrl].map(([url, runs]) => [new URL(url).pathname, runs]));
        } finally {
          preview.stop();
        }
      }
      // After the page weights and Lighthouse: a dev server starts by emptying the build's state.
      if (DEV_SIZES.includes(n)) {
        const slug = realSources(ROOT)[0]!.slug;
        const file = `content/sources/${slug}.mdx`;
        const timeoutMs = n >= 500 ? 180_000 : 60_000;
        const load = loadavg()[0] ?? 0;
        log(`N = ${n}: astro dev, cold start and ${DEV_SAVES} saves of ${file} (ours)`);
        const devOurs = await measureDevLoop(ours.dir, {
          port: DEV_PORT,
          page: `/sources/${slug}/`,
          file,
          saves: DEV_SAVES,
          timeoutMs,
          checkedLine: `✓ checked again: ${file}`,
        });
        log(
          `N = ${n}: ours dev start ${(devOurs.coldStartMs / 1000).toFixed(1)} s, page after saves ${devOurs.saveMs.map((ms) => ms.toFixed(0)).join(', ')} ms, checked too ${devOurs.checkedMs?.map((ms) => ms.toFixed(0)).join(', ')} ms`,
        );
        const devBare = await measureDevLoop(bare, {
          port: DEV_PORT,
          page: `/${slug}/`,
          file,
          saves: DEV_SAVES,
          timeoutMs,
        });
        log(
          `N = ${n}: bare dev start ${(devBare.coldStartMs / 1000).toFixed(1)} s, saves ${devBare.saveMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
        );
        result.dev = { ours: devOurs, bare: devBare, load };
      }
      if (!options.keep) for (const dir of temp) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) for (const dir of temp) rmSync(dir, { recursive: true, force: true });
    else log(`kept: ${temp.join(' ')}`);
  }

  const report = render({ machine, commit, results, weights, allWeights, lighthouse, lighthousePages });
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  const out = join(ROOT, 'bench', QUICK ? 'REPORT.quick.md' : 'REPORT.md');
  // A builds-only run replaces the build sections and keeps the others from the last full run.
  if (BUILDS_ONLY && existsSync(out)) {
    const previous = readFileSync(out, 'utf8');
    const kept = previous.indexOf('\n## The editor');
    const fresh = report.markdown.indexOf('\n## The editor');
    if (kept !== -1 && fresh !== -1)
      report.markdown = `${report.markdown.slice(0, fresh)}\n${previous.slice(kept).replace(/^\n## /, '## ')}`.replace(
        '## The editor',
        `_The sections below are from the last full run (${/from commit (\S+)/.exec(previous)?.[1] ?? 'unknown'}); this run (\`--builds-only\`) measured the builds only._\n\n## The editor`,
      );
  }
  writeFileSync(out, report.markdown);
  process.stdout.write(
    `\n${report.summary}\n\nWrote ${out.slice(ROOT.length + 1)} in ${(elapsed() / 60_000).toFixed(1)} min.\n`,
  );
}

function existsGnuTime(): boolean {
  try {
    readFileSync('/usr/bin/time');
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting

const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1e6)} MB`);
const secs = (ms: number) => (ms >= 10_000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const range = (s: Summary, f: (value: number) => string) =>
  s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
const kb = (bytes: number) => (bytes >= 10_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`);

function table(header: string[], rows: string[][], align?: Array<'l' | 'r'>): string {
  // At least 3 wide, so a right-aligned column's delimiter ("--:") still has a dash.
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => ((align?.[i] ?? 'l') === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => ((align?.[i] ?? 'l') === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | undefined;
  margin: string;
  /** What the profiles say stands in the way, shown when the target is missed. */
  why?: string;
}

/**
 * Why a target may be missed, from CPU and heap profiles of `astro build` at N = 500 (node
 * --cpu-prof / --heap-prof). Shown next to a missed target.
 */
const WHY = {
  build500: `The site does far more than the floor: besides one page per source it renders the topic, home and numbers pages (each grows with N), the case pages of /choose/, the fact-check ledger and the data downloads, builds the search index, and checks every source and capture before anything renders (one js-yaml parse per source, the verbatim quotes of every claim, the prose-only rule over every body). In a CPU profile at N = 500, most of the render phase is the 500 source pages and the topic pages, which list every source's evidence in full; a case page shows the advice of its first ${CASE_SOURCES_IN_FULL} sources in full and names the others, so the 72 case pages grow only by a line per source. Pagefind indexes the article bodies and the claim documents in a process of its own, about 5 CPU s at N = 500, nearly a third of the build's CPU time; content sync adds the content check, the YAML of every front matter and the marking of every quoted passage to the body rendering the floor also does. The floor's own Pagefind step indexes only the bodies.`,
  build50:
    'At N = 50 fixed costs dominate: the content check, the extra pages (topics, verdicts, FAQ, tables, numbers, feeds, data downloads), the sitemap and Pagefind’s start-up and writing are paid whatever the N, while the floor builds one page per source and nothing else.',
  growth:
    'The per-topic, home and numbers pages grow with N (one entry per source), so their rendering grows a little faster than the sources.',
  memory:
    'The peak comes while Astro renders the pages and Vite bundles, as for the floor; on top of the floor, our content store holds each source’s validated front matter and rendered body, and the topic, home and numbers pages that grow with N are held while they are written.',
  starlight:
    'Starlight renders one documentation page per source (with its sidebar of every page, a table of contents and its own Pagefind index), while ours also renders the topic, case, ledger and other pages Starlight does not, and checks every source first.',
  dev: 'A save re-renders the page through Vite (as for the floor) and the sources loader re-checks the content in the same process, checking anew only the changed source and re-rendering only its body, so the rest is Vite and Astro rendering the page, slowed by whatever else the machine runs.',
} as const;

function render(input: {
  machine: Record<string, string | number>;
  commit: string;
  results: SizeResult[];
  weights: WeightRow[];
  allWeights: WeightRow[];
  lighthouse: Map<string, LighthouseRun[]>;
  lighthousePages: Array<{ label: string; path: string }>;
}): { markdown: string; summary: string } {
  const { machine, results, weights, allWeights, lighthouse, lighthousePages } = input;
  const wall = (runs: BuildRun[]) => summarise(runs.map((run) => run.wallMs));
  const cpu = (runs: BuildRun[]) =>
    runs.every((run) => run.cpuSeconds !== undefined) ? summarise(runs.map((run) => run.cpuSeconds!)) : undefined;
  const loads = (r: SizeResult) => {
    const s = summarise([...r.ours, ...r.bare, ...r.starlight, ...r.markdown].map((run) => run.load));
    return s.min === s.max ? s.min.toFixed(1) : `${s.min.toFixed(1)}–${s.max.toFixed(1)}`;
  };
  const rss = (runs: BuildRun[]) =>
    runs.every((run) => run.peakRss !== undefined) ? summarise(runs.map((run) => run.peakRss!)) : undefined;
  const at = (n: number) => results.find((result) => result.n === n);

  /** "ours / theirs = ratio" of the median CPU seconds. */
  const cpuVersus = (ours: BuildRun[], theirs: BuildRun[]) =>
    theirs.length && cpu(ours) && cpu(theirs)
      ? `${secs(cpu(ours)!.median * 1000)} / ${secs(cpu(theirs)!.median * 1000)} = ${(cpu(ours)!.median / cpu(theirs)!.median).toFixed(2)}×`
      : 'n/a';

  // Build scaling
  const buildRows = results.map((r) => {
    const o = wall(r.ours);
    const b = wall(r.bare);
    const oRss = rss(r.ours);
    const bRss = rss(r.bare);
    return [
      String(r.n),
      String(r.pages),
      String(r.ours.length),
      range(o, secs),
      `${(o.median / r.n).toFixed(0)} ms`,
      oRss ? range(oRss, (v) => String(Math.round(v / 1e6))) : 'n/a',
      range(b, secs),
      bRss ? range(bRss, (v) => String(Math.round(v / 1e6))) : 'n/a',
      `${(o.median / b.median).toFixed(2)}×`,
      cpuVersus(r.ours, r.bare),
      r.starlight.length ? range(wall(r.starlight), secs) : 'n/a',
      rss(r.starlight) ? range(rss(r.starlight)!, (v) => String(Math.round(v / 1e6))) : 'n/a',
      r.starlight.length ? `${(o.median / wall(r.starlight).median).toFixed(2)}×` : 'n/a',
      cpuVersus(r.ours, r.starlight),
      loads(r),
    ];
  });
  const buildTable = table(
    [
      'N',
      'pages',
      'runs',
      'ours: wall s',
      'per source',
      'ours: peak RSS MB',
      'bare floor: wall s',
      'bare: peak RSS MB',
      'ours ÷ bare (wall)',
      'CPU s, ours / bare',
      'Starlight: wall s',
      'Starlight: peak RSS MB',
      'ours ÷ Starlight (wall)',
      'CPU s, ours / Starlight',
      'load before builds',
    ],
    buildRows,
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const maxLoad = Math.max(
    ...results.flatMap((r) => [...r.ours, ...r.bare, ...r.starlight, ...r.markdown].map((run) => run.load)),
  );
  // What MDX costs against Markdown: the two bare floors, at the largest N.
  const mdxCost = results
    .filter((r) => r.markdown.length)
    .map((r) => {
      const mdxWall = wall(r.bare).median;
      const mdWall = wall(r.markdown).median;
      return `At N = ${r.n}, the bare floor with the files as MDX (@astrojs/mdx) builds in ${secs(mdxWall)} s against ${secs(mdWall)} s as Markdown (${(mdxWall / mdWall).toFixed(2)}× wall; CPU s, MDX / Markdown: ${cpuVersus(r.bare, r.markdown)}), both with Pagefind.`;
    })
    .join(' ');
  const contention =
    maxLoad > Number(machine.cores)
      ? `**The machine was busy:** the 1-minute load average reached ${maxLoad.toFixed(1)} on ${machine.cores} cores before some builds, so wall times include waiting for the CPU and vary with other work. CPU seconds (user + system) are the steadier comparison; rerun on an idle machine for wall-time figures.`
      : `The 1-minute load average stayed at or under ${maxLoad.toFixed(1)} on ${machine.cores} cores before the builds.`;
  const phaseRows = results.map((r) => {
    const pick = (key: keyof Phases) => {
      const values = r.ours.map((run) => run.phases?.[key]).filter((v): v is number => v !== undefined);
      return values.length ? summarise(values).median.toFixed(1) : '—';
    };
    return [String(r.n), (r.checkMs / 1000).toFixed(1), pick('setup'), pick('bundle'), pick('render')];
  });
  const phaseTable = table(
    ['N', 'content check alone, s', 'setup (incl. check, sync), s', 'bundle (Vite), s', 'render pages, s'],
    phaseRows,
    ['r', 'r', 'r', 'r', 'r'],
  );

  // Targets
  const targets: Target[] = [];
  const big = at(500);
  const mid = at(50);
  const ratioTarget = (name: string, ratio: number | undefined, goal: number, why: string) => {
    if (ratio === undefined) return;
    const met = ratio <= goal;
    targets.push({
      name,
      goal: `≤ ${goal.toFixed(2)}×`,
      measured: `${ratio.toFixed(2)}×`,
      met,
      margin: met ? `${(goal - ratio).toFixed(2)}× to spare` : `${(ratio - goal).toFixed(2)}× over`,
      why,
    });
  };
  const cpuRatio = (r: SizeResult) =>
    cpu(r.ours) && cpu(r.bare) ? cpu(r.ours)!.median / cpu(r.bare)!.median : undefined;
  if (big) {
    ratioTarget('build at N=500 ÷ bare floor, wall', wall(big.ours).median / wall(big.bare).median, 1.5, WHY.build500);
    ratioTarget('build at N=500 ÷ bare floor, CPU s', cpuRatio(big), 1.5, WHY.build500);
    if (big.starlight.length) {
      ratioTarget(
        'build at N=500 ÷ Starlight, wall',
        wall(big.ours).median / wall(big.starlight).median,
        1,
        WHY.starlight,
      );
      const starlightCpu = cpu(big.starlight);
      if (cpu(big.ours) && starlightCpu)
        ratioTarget('build at N=500 ÷ Starlight, CPU s', cpu(big.ours)!.median / starlightCpu.median, 1, WHY.starlight);
    }
    const peak = rss(big.ours)?.median;
    if (peak !== undefined)
      targets.push({
        name: 'peak RSS at N=500',
        goal: '≤ 1500 MB',
        measured: `${Math.round(peak / 1e6)} MB`,
        met: peak <= 1.5e9,
        margin:
          peak <= 1.5e9
            ? `${Math.round((1.5e9 - peak) / 1e6)} MB to spare`
            : `${Math.round((peak - 1.5e9) / 1e6)} MB over (+${((peak / 1.5e9 - 1) * 100).toFixed(0)} %)`,
        why: WHY.memory,
      });
  }
  if (mid) {
    ratioTarget('build at N=50 ÷ bare floor, wall', wall(mid.ours).median / wall(mid.bare).median, 1.5, WHY.build50);
    ratioTarget('build at N=50 ÷ bare floor, CPU s', cpuRatio(mid), 1.5, WHY.build50);
  }
  if (big && mid) {
    const growth = wall(big.ours).median / wall(mid.ours).median;
    targets.push({
      name: 't(500) ÷ t(50)',
      goal: '≤ 11',
      measured: growth.toFixed(2),
      met: growth <= 11,
      margin: growth <= 11 ? `${(11 - growth).toFixed(2)} to spare` : `${(growth - 11).toFixed(2)} over`,
      why: WHY.growth,
    });
  }
  const devBig = big?.dev?.ours.checkedMs;
  if (devBig?.length) {
    const save = summarise(devBig).median;
    targets.push({
      name: 'astro dev at N=500: save to re-checked, updated page',
      goal: '< 1 s (median)',
      measured: `${secs(save)} s`,
      met: save < 1000,
      margin: save < 1000 ? `${secs(1000 - save)} s to spare` : `${secs(save - 1000)} s over`,
      why: WHY.dev,
    });
  }
  const lhRows: string[][] = [];
  const failing = new Set<string>();
  let allHundred: boolean | undefined = lighthousePages.length ? true : undefined;
  const below: string[] = [];
  for (const pick of lighthousePages) {
    const runs = lighthouse.get(pick.path) ?? [];
    if (!runs.length) continue;
    const s = (f: (run: LighthouseRun) => number) => summarise(runs.map(f));
    const score = (f: (run: LighthouseRun) => number) => range(s(f), (v) => v.toFixed(0));
    const cats = {
      performance: s((r) => r.scores.performance),
      accessibility: s((r) => r.scores.accessibility),
      'best practices': s((r) => r.scores.bestPractices),
      SEO: s((r) => r.scores.seo),
    };
    for (const [name, summary] of Object.entries(cats))
      if (summary.median < 100) below.push(`${pick.label} ${name} ${summary.median}`);
    if (Object.values(cats).some((summary) => summary.median < 100)) allHundred = false;
    for (const run of runs) for (const f of run.failing) failing.add(`${pick.label} (${pick.path}): ${f}`);
    lhRows.push([
      `${pick.label} \`${pick.path}\``,
      score((r) => r.scores.performance),
      score((r) => r.scores.accessibility),
      score((r) => r.scores.bestPractices),
      score((r) => r.scores.seo),
      range(
        s((r) => r.lcp),
        (v) => `${(v / 1000).toFixed(2)} s`,
      ),
      range(
        s((r) => r.cls),
        (v) => v.toFixed(3),
      ),
      range(
        s((r) => r.tbt),
        (v) => `${v.toFixed(0)} ms`,
      ),
    ]);
  }
  if (allHundred !== undefined)
    targets.push({
      name: 'Lighthouse, 3 pages × 4 categories',
      goal: '100 everywhere (median)',
      measured: allHundred ? 'all 100' : below.join(', '),
      met: allHundred,
      margin: allHundred ? '—' : `${below.length} of ${lighthousePages.length * 4} scores below 100`,
    });
  const lhTable = table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'],
    lhRows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );

  // Page weight
  const trio = (s: { raw: number; gzip: number; brotli: number }) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
  const weightTable = table(
    [
      'page',
      'HTML raw / gzip / br',
      'CSS raw / gzip / br',
      'JS raw / gzip / br',
      'visible text raw / gzip / br',
      '(HTML+CSS) ÷ text, gzip',
      'brotli',
      'budget',
    ],
    weights.map(({ label, path, weight }) => [
      `${label} \`${path}\``,
      trio(weight.html),
      trio(weight.css),
      weight.js.raw ? trio(weight.js) : '0',
      trio(weight.text),
      weight.gzipRatio.toFixed(2),
      weight.brotliRatio.toFixed(2),
      `≤ ${pageType(path).maxRatio}`,
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );

  const targetTable = table(
    ['target', 'goal', 'measured', 'result', 'margin'],
    targets.map((t) => [t.name, t.goal, t.measured, t.met === undefined ? 'n/a' : t.met ? 'met' : 'MISSED', t.margin]),
  );
  const missed = targets.filter((t) => t.met === false && t.why);
  const reasons = new Map<string, Target[]>();
  for (const t of missed) reasons.set(t.why!, [...(reasons.get(t.why!) ?? []), t]);
  const missedNotes = missed.length
    ? `\n\nWhy the missed targets are missed:\n\n${[...reasons].map(([why, group]) => `- ${group.map((t) => `**${t.name}** (${t.measured}, goal ${t.goal})`).join('; ')}: ${why}`).join('\n')}`
    : '';

  // The editor's loop
  const devRows = results.flatMap((r) => {
    if (!r.dev) return [];
    const spread = (values: number[] | undefined) =>
      values?.length ? range(summarise(values), (v) => `${secs(v)} s`) : 'n/a';
    const { ours, bare } = r.dev;
    return [
      [
        String(r.n),
        `${secs(ours.coldStartMs)} s`,
        `${secs(bare.coldStartMs)} s`,
        `${(ours.coldStartMs / bare.coldStartMs).toFixed(2)}×`,
        spread(ours.saveMs),
        spread(ours.checkedMs),
        spread(bare.saveMs),
        r.dev.load.toFixed(1),
      ],
    ];
  });
  const devTable = devRows.length
    ? table(
        [
          'N',
          'ours: cold start to first page',
          'bare: cold start',
          'ours ÷ bare',
          'ours: save → updated page',
          'ours: save → re-checked and updated',
          'bare: save → updated page',
          'load',
        ],
        devRows,
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      )
    : '';
  const summaryRows = results.map((r) => {
    const o = wall(r.ours);
    const b = wall(r.bare);
    const c = cpu(r.ours) && cpu(r.bare) ? `${(cpu(r.ours)!.median / cpu(r.bare)!.median).toFixed(2)}×` : 'n/a';
    return [
      String(r.n),
      `${secs(o.median)} s`,
      `${mb(rss(r.ours)?.median)}`,
      `${secs(b.median)} s`,
      `${(o.median / b.median).toFixed(2)}×`,
      c,
      `${(o.median / r.n).toFixed(0)} ms`,
      `${r.ours.length}`,
      loads(r),
    ];
  });
  const summary = [
    `Go vs Rust, side by side: benchmark${QUICK ? ' (quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`,
    '',
    table(
      [
        'N',
        'ours (median)',
        'ours peak RSS',
        'bare Astro',
        'ours ÷ bare',
        'CPU ÷ bare CPU',
        'per source',
        'runs',
        'load',
      ],
      summaryRows,
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    weights.length
      ? table(
          ['page', 'HTML gz', 'CSS gz', 'JS', 'text gz', 'ratio (gz)'],
          weights.map(({ label, weight }) => [
            label,
            kb(weight.html.gzip),
            kb(weight.css.gzip),
            String(weight.js.raw),
            kb(weight.text.gzip),
            weight.gzipRatio.toFixed(2),
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r'],
        )
      : '',
    '',
    lhRows.length
      ? table(
          ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'],
          lhRows.map((row) => [
            row[0]!.replace(/ `.*`$/, ''),
            ...row.slice(1).map((cell) => cell.replace(/ \(.*\)$/, '')),
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
        )
      : '',
    '',
    targetTable,
    '',
    devTable,
    '',
    contention.replace(/\*\*/g, ''),
  ].join('\n');

  const notes = results.filter((r) => r.note).map((r) => `- N = ${r.n}: ${r.note}.`);
  const markdown = `# Benchmark report

Generated by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (tools/bench/) on ${new Date().toISOString().slice(0, 10)}, from commit ${input.commit}. Regenerate it with the same command; it overwrites this file. Figures are medians with min–max over the runs shown; byte counts are deterministic and measured once.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu}, ${machine.cores} cores |
| RAM | ${Number(machine.ramGB).toFixed(1)} GB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Astro | ${machine.astro} |
| Lighthouse / browser | ${machine.lighthouse} / ${machine.chromium} |
| peak memory measured with | ${machine.rssMethod} |

## Targets

The build's targets, as ratios within one run so the machine's noise cancels: at N = 500, ours within 1.5× the bare floor (wall and CPU) and no slower than Starlight, with a peak RSS of 1.5 GB at most.

${targetTable}${missedNotes}

Why the build targets are hard to meet, whatever the machine: the bare floor renders one page per source and indexes it, and nothing else, while this site also renders the topic pages, the verdicts, FAQ, tables, numbers, checks, corrections and choose pages (one per reader's case) and the home matrix, whose size grows with N, plus the search index (every article body and, per source, a document of its claims and one of its FAQ answers), the sitemap and the data downloads, and it runs the integrity rules over every source and capture before building. Our sources loader reads and checks each file once and renders its body; the floor uses Astro's own glob loader and @astrojs/mdx. CPU seconds count every process of the build, Pagefind's indexer included (Node does not wait for it, so GNU time alone misses it). The profiles behind these figures are in the notes on the issues.

## Build scaling

Cold \`astro build\` of a temporary copy of the project (everything but node_modules, dist and .git; node_modules symlinked package by package so each site keeps its own empty Astro/Vite cache) whose \`content/sources\` holds N sources: the ${realSourcesCount()} real ones, then copies of them under new slugs and titles with their captures, so every integrity rule passes on them (each copy is checked with \`npm run check\`'s rules before it is built). Build state (\`dist\`, \`.astro\`, \`node_modules/.astro\`, \`node_modules/.vite\`) is removed before every run. Pages built include ${results.map((r) => `${r.pages} at N = ${r.n}`).join(', ')}.

The **bare floor**: a site generated in a temporary directory with the same astro and @astrojs/mdx, a schema-less content collection over the same N files as MDX, one minimal page per source that renders its body inside \`data-pagefind-body\`, and Pagefind indexing those pages after the build (its Node API, as our search integration uses it). **Starlight**: @astrojs/starlight ${machine.starlight} with its defaults (sidebar of every page, table of contents, its own Pagefind search) building the same N files as documentation pages, generated under the project's ignored \`.cache/bench/\` so Node finds the packages at their real paths. Builds of ours, the floor and Starlight alternate within each run, so drift on the machine affects all of them.

${mdxCost ? `**What MDX costs**: ${mdxCost}` : ''}

${buildTable}

${contention}

Where our build time goes (medians, from Astro's log; the content check also runs, alone and timed once, when the copy is prepared):

${phaseTable}
${notes.length ? `\n${notes.join('\n')}\n` : ''}
## The editor's loop (astro dev)

\`astro dev\` on the same temporary copies, caches emptied first: the time from starting the server to the first 200 response for a source's page, then ${DEV_SAVES} saves of that source, each appending a paragraph with a new marker, timed from the write to the first response that shows the marker. For ours, also to the content check's "✓ checked again" line for the save, whichever comes later (the check runs in the dev server's process, 100 ms after the last change). Loopback only, one server at a time, always stopped.

${devTable || 'Not measured in this run.'}

## Page weight

The real five-source site. Each page with everything it links, as a first visit with an empty cache: HTML, linked CSS, JavaScript (inline and linked). Compressed with node:zlib, gzip level 9 and brotli quality 11. Visible text: the body's text without scripts and styles, whitespace collapsed. The ratio is gzip(HTML without inline scripts) + gzip(CSS), divided by gzip(visible text); the issue's target is ${RATIO_TARGET}, and the budgets per page type (tools/budgets.ts, which explains them) are in the last column.

${weightTable}

## Lighthouse

Lighthouse ${machine.lighthouse}, default (mobile) configuration: emulated Moto G Power, simulated slow 4G, 4× CPU slowdown; categories performance, accessibility, best practices and SEO. The real five-source site built as above and served by \`astro preview\` on 127.0.0.1; ${machine.chromium} launched by chrome-launcher with ${'`--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync`'}. ${LIGHTHOUSE_RUNS} run${LIGHTHOUSE_RUNS === 1 ? '' : 's'} per page.

${lhTable}
${
  failing.size
    ? `\nAudits under 100 (any run):\n\n${[...failing]
        .sort()
        .map((f) => `- ${f}`)
        .join('\n')}\n`
    : ''
}
## Every page, by type, against its budget

All ${allWeights.length} pages of the five-source site. Ratio: (HTML+CSS) ÷ visible text, gzip; "HTML only" leaves the stylesheet out.

${typeTable(allWeights)}

Enforced by \`npm run test:site\` (part of \`npm test\`, after the build) on every page of dist/.
`;
  return { markdown, summary };
}

function typeTable(rows: WeightRow[]): string {
  const byType = new Map<string, WeightRow[]>();
  for (const row of rows) byType.set(row.label, [...(byType.get(row.label) ?? []), row]);
  const minMax = (values: number[]) => {
    const s = summarise(values);
    return s.min === s.max ? s.min.toFixed(2) : `${s.min.toFixed(2)}–${s.max.toFixed(2)}`;
  };
  const order = [...PAGE_TYPES.map((type) => type.name), 'other page'];
  return table(
    ['page type', 'pages', 'ratio', 'HTML only', 'JS, max bytes', 'budget: ratio', 'budget: JS', 'within'],
    [...byType]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([name, group]) => {
        const type = pageType(group[0]!.path);
        const worst = Math.max(...group.map((row) => row.weight.gzipRatio));
        const js = Math.max(...group.map((row) => row.weight.js.raw));
        const within =
          worst <= type.maxRatio &&
          js <= type.maxJsBytes &&
          (type.maxJsBytes > 0 || group.every((row) => !hasJavaScript(row.weight)));
        return [
          `${name}${group.length === 1 ? ` \`${group[0]!.path}\`` : ''}`,
          String(group.length),
          minMax(group.map((row) => row.weight.gzipRatio)),
          minMax(group.map((row) => row.weight.html.gzip / Math.max(row.weight.text.gzip, 1))),
          String(js),
          Number.isFinite(type.maxRatio) ? `≤ ${type.maxRatio}` : 'none',
          type.maxJsBytes === 0 ? 'none' : Number.isFinite(type.maxJsBytes) ? `≤ ${type.maxJsBytes} B` : 'allowed',
          within ? 'yes' : 'NO',
        ];
      }),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
}

function realSourcesCount(): number {
  return realSources(ROOT).length;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

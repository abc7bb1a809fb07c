// Runs a command and measures its wall time and peak resident memory: with GNU time
// (`/usr/bin/time -v`, the peak RSS of the largest process in the tree) when present, otherwise by
// polling /proc for the summed RSS of the process tree every 25 ms. CPU time counts the whole tree:
// GNU time reports the command and the children it waited for, and a poll of /proc adds the
// children it did not wait for (Pagefind's indexer is killed at the end of the build and never
// reaped by Node, so GNU time alone leaves its CPU seconds out).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface Measured {
  wallMs: number;
  /** Bytes; undefined when neither GNU time nor /proc is available. */
  peakRss: number | undefined;
  method: 'gnu-time' | 'proc-poll' | 'none';
  /** User + system CPU seconds of the command and every process under it (GNU time, plus the unreaped children /proc shows). */
  cpuSeconds: number | undefined;
  /** Of `cpuSeconds`, what processes the command never waited for used (seen in /proc), when /proc is readable. */
  unreapedCpuSeconds?: number;
  output: string;
}

function gnuTimeWorks(): boolean {
  return existsSync(GNU_TIME);
}

/** RSS in bytes of `pid` and all its descendants, from /proc; 0 once the process is gone. */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
      if (kb) total += Number(kb) * 1024;
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return total;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux's supported architectures). */
const USER_HZ = 100;

/** The processes under `pid` (not `pid` itself), each with its state and CPU ticks so far, from /proc. */
function descendants(
  pid: number,
  depth = 0,
  found = new Map<number, { depth: number; state: string; ticks: number }>(),
): Map<number, { depth: number; state: string; ticks: number }> {
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/).map(Number) : []) {
        // Fields after the command name's closing parenthesis: state is the 1st, utime the 12th, stime the 13th.
        const fields = readFileSync(`/proc/${child}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ');
        found.set(child, { depth: depth + 1, state: fields[0]!, ticks: Number(fields[11]) + Number(fields[12]) });
        descendants(child, depth + 1, found);
      }
    }
  } catch {
    // the process ended between two reads
  }
  return found;
}

/** Runs `command args` in `cwd`; rejects with the output when it exits non-zero. */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const useTime = gnuTimeWorks();
  const method: Measured['method'] = useTime ? 'gnu-time' : existsSync('/proc/self/status') ? 'proc-poll' : 'none';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = useTime
      ? spawn(GNU_TIME, ['-v', command, ...args], { cwd: options.cwd, env: options.env ?? process.env })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let polled = 0;
    const poll =
      method === 'proc-poll' ? setInterval(() => (polled = Math.max(polled, treeRss(child.pid!))), 25) : undefined;
    // Depth below the spawned process: under GNU time the command is at depth 1 and what it starts
    // at 2 and deeper; without GNU time the command is the spawned process itself.
    const firstUncounted = useTime ? 2 : 1;
    let lastSeen = new Map<number, { depth: number; state: string; ticks: number }>();
    const procReadable = existsSync('/proc/self/stat');
    const cpuPoll = procReadable
      ? setInterval(() => {
          const now = descendants(child.pid!);
          if (now.size) lastSeen = now;
        }, 50)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      if (cpuPoll) clearInterval(cpuPoll);
      if (code !== 0) {
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code} in ${options.cwd}:\n${output.slice(-4000)}`),
        );
        return;
      }
      const kb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(output)?.[1];
      const peakRss =
        method === 'gnu-time' ? (kb ? Number(kb) * 1024 : undefined) : method === 'proc-poll' ? polled : undefined;
      const user = /User time \(seconds\):\s*([\d.]+)/.exec(output)?.[1];
      const system = /System time \(seconds\):\s*([\d.]+)/.exec(output)?.[1];
      // Processes still there at the last poll (running, or zombies nobody waited for) were not
      // counted by GNU time; one that had gone was reaped by its parent and is in its figure.
      const unreaped = procReadable
        ? [...lastSeen.values()]
            .filter((process) => process.depth >= firstUncounted)
            .reduce((sum, process) => sum + process.ticks, 0) / USER_HZ
        : undefined;
      const measuredCpu = user && system ? Number(user) + Number(system) : undefined;
      const cpuSeconds = measuredCpu === undefined ? undefined : measuredCpu + (unreaped ?? 0);
      resolve({
        wallMs,
        peakRss,
        method,
        cpuSeconds,
        ...(unreaped === undefined ? {} : { unreapedCpuSeconds: unreaped }),
        output,
      });
    });
  });
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

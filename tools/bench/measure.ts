// Runs a command and measures its wall time and peak resident memory: with GNU time
// (`/usr/bin/time -v`, the peak RSS of the largest process in the tree) when present, otherwise by
// polling /proc for the summed RSS of the process tree every 25 ms.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface Measured {
  wallMs: number;
  /** Bytes; undefined when neither GNU time nor /proc is available. */
  peakRss: number | undefined;
  method: 'gnu-time' | 'proc-poll' | 'none';
  /** User + system CPU seconds of the command and its children (GNU time only). */
  cpuSeconds: number | undefined;
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

/** Runs `command args` in `cwd`; rejects with the output when it exits non-zero. */
export function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
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
    const poll = method === 'proc-poll' ? setInterval(() => (polled = Math.max(polled, treeRss(child.pid!))), 25) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${options.cwd}:\n${output.slice(-4000)}`));
        return;
      }
      const kb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(output)?.[1];
      const peakRss = method === 'gnu-time' ? (kb ? Number(kb) * 1024 : undefined) : method === 'proc-poll' ? polled : undefined;
      const user = /User time \(seconds\):\s*([\d.]+)/.exec(output)?.[1];
      const system = /System time \(seconds\):\s*([\d.]+)/.exec(output)?.[1];
      const cpuSeconds = user && system ? Number(user) + Number(system) : undefined;
      resolve({ wallMs, peakRss, method, cpuSeconds, output });
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

// The measures the benchmarks share: a latency percentile and the CPU time a run used, in all and by thread.

import { readdirSync, readFileSync } from 'node:fs';

/** The 95th percentile of `samples` (nearest rank below), 0 for none. */
export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? 0;
}

/** CPU seconds (user + system) since `from`: on a shared machine, wall time also counts other work. */
export function cpuSeconds(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds used so far by each thread of this process, by thread id (Linux; empty elsewhere). */
export function threadCpuSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return seconds;
  }
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux Node supports
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) in parentheses; utime and stime are 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return seconds;
}

/** The CPU seconds each thread used between two `threadCpuSeconds` readings, busiest first. */
export function threadCpuUsed(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): number[] {
  return [...after].map(([tid, seconds]) => seconds - (before.get(tid) ?? 0)).sort((a, b) => b - a);
}

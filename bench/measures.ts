// The measures the benchmarks share: a latency percentile and the CPU time a run used.

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

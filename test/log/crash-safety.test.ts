// Crash safety: `claimlog ingest` killed with SIGKILL at seeded random moments (20 runs) loses nothing it
// reported, logs every document exactly once, keeps every checkpoint consistent, and leaves a clean audit.
// CLAIMLOG_CRASH_TRIALS and CLAIMLOG_CRASH_SEED change the run; scripts/crash-safety.ts runs more.

import { describe, expect, it } from 'vitest';
import { runCrashTrials } from './crash-harness.js';

const trials = Number(process.env.CLAIMLOG_CRASH_TRIALS ?? 20);
const seed = Number(process.env.CLAIMLOG_CRASH_SEED ?? 20250427);

describe('claimlog ingest killed with SIGKILL', () => {
  it(
    `keeps every reported document, logged once, over ${trials} kills (seed ${seed})`,
    async () => {
      const report = await runCrashTrials({ trials, seed, documentsPerTrial: 8, batch: 2 });
      expect(report.failures).toEqual([]);
      const killed = report.outcomes.filter((o) => o.killed);
      expect(killed.length).toBeGreaterThanOrEqual(trials);
      // Most kills land between commits, after documents were reported: the case that matters.
      expect(killed.filter((o) => o.mode === 'after-commit').length).toBeGreaterThan(trials / 2);
      expect(report.outcomes.at(-1)?.treeSize).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});

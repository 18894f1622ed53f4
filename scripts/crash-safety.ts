// Crash trials beyond the test suite's 20: `npx tsx scripts/crash-safety.ts [TRIALS] [SEED]` kills
// `claimlog ingest` with SIGKILL that many times and prints one line per trial, then any failure.
import { runCrashTrials } from '../test/log/crash-harness.js';

const trials = Number(process.argv[2] ?? 50);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const report = await runCrashTrials({
  trials,
  seed,
  documentsPerTrial: 8,
  batch: 2,
  log: (line) => console.log(line),
});
console.log(
  `crash trials: ${report.outcomes.filter((o) => o.killed).length} kills, seed ${seed}, home ${report.home}`,
);
for (const failure of report.failures) console.log(`FAILED ${failure}`);
process.exitCode = report.failures.length === 0 ? 0 : 1;

// Crash trials for the log: runs `claimlog ingest` and kills it with SIGKILL at seeded random moments, then
// reopens the store (PGlite's recovery) and checks that nothing reported was lost and the log still holds.
// Used by crash-safety.test.ts (20 trials) and scripts/crash-safety.ts (as many as asked).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog } from '../../src/app/log-audit.js';
import { equalBytes } from '../../src/log/hashes.js';
import { readKeyFile } from '../../src/log/key-file.js';
import { openCheckpoint } from '../../src/log/open-checkpoint.js';
import { proveConsistency } from '../../src/log/prove-consistency.js';
import { parseSignerKey } from '../../src/log/ed25519-note-key.js';
import { verifyConsistency } from '../../src/log/verify-consistency.js';
import { PgStore } from '../../src/store/pg-store.js';
import { openPglite } from '../../src/store/pglite/pglite-database.js';
import { freshHome, ROOT, runCli } from '../support/cli.js';

export interface CrashOptions {
  /** How many runs must be killed (runs that finish before their kill do not count). */
  trials: number;
  seed: number;
  /** New reports written for each trial (small ones: the trials test commits, not extraction). */
  documentsPerTrial: number;
  /** Documents per ingest transaction (--batch). */
  batch: number;
  /** Receives one line per trial. */
  log?: (line: string) => void;
}

export interface TrialOutcome {
  trial: number;
  /** `after-commit`: killed a few ms after the n-th batch was reported; `timed`: at a random time from start. */
  mode: 'after-commit' | 'timed';
  killedAfterMs: number;
  killed: boolean;
  reportedSoFar: number;
  treeSize: number;
  checkpoints: number;
}

export interface CrashReport {
  outcomes: TrialOutcome[];
  /** Every failure found, one line each; empty when every check held. */
  failures: string[];
  home: string;
}

/** A small seeded PRNG (mulberry32), so a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAIN = join(ROOT, 'src/cli/main.ts');
const WORDS = [
  'bridge',
  'border',
  'convoy',
  'harbour',
  'airfield',
  'depot',
  'ferry',
  'station',
  'ridge',
  'valley',
];

/**
 * Runs the trials on one fresh CLAIMLOG_HOME (embedded PGlite store). After each killed run, and before the
 * next, it opens the store in this process and checks: every document a run reported (`ingest --verbose`
 * prints a document only after its batch committed) is stored exactly once and is the leaf at the index
 * reported; every document is in the log exactly once; the newest checkpoint is consistent with every
 * earlier one (published in the tiles folder or kept); and the audit finds no problem. At the end, one run
 * finishes the ingest, then `claimlog log audit` and `claimlog log consistency` run as a user would.
 */
export async function runCrashTrials(options: CrashOptions): Promise<CrashReport> {
  const random = seededRandom(options.seed);
  const home = await freshHome();
  const sources = await mkdtemp(join(tmpdir(), 'claimlog-crash-'));
  const files: string[] = [];
  const reported = new Map<string, number>();
  const published = new Set<string>();
  const failures: string[] = [];
  const outcomes: TrialOutcome[] = [];
  const fail = (trial: number, message: string): void => {
    failures.push(`trial ${trial} (seed ${options.seed}): ${message}`);
  };

  for (let trial = 1; outcomes.filter((o) => o.killed).length < options.trials; trial++) {
    if (trial > options.trials * 3) {
      fail(trial, 'too many runs finished before their kill');
      break;
    }
    const file = join(sources, `trial-${trial}.jsonl`);
    await writeFile(file, reportsFor(options.seed, trial, options.documentsPerTrial, random));
    files.push(file);

    const mode = random() < 0.7 ? 'after-commit' : 'timed';
    const afterBatches = 1 + Math.floor(random() * Math.ceil(options.documentsPerTrial / options.batch));
    const delayMs = mode === 'after-commit' ? Math.floor(random() * 40) : Math.floor(random() * 6_000);
    const run = await runAndKill(
      ['ingest', ...files, '--batch', String(options.batch), '--verbose'],
      home,
      mode === 'after-commit'
        ? { afterLines: afterBatches * options.batch, delayMs }
        : { afterLines: 0, delayMs },
    );
    for (const [id, index] of run.logged) {
      const earlier = reported.get(id);
      if (earlier !== undefined && earlier !== index)
        fail(trial, `document ${id} reported at ${earlier}, then at ${index}`);
      reported.set(id, index);
    }
    const tiles = join(home, 'log', 'checkpoint');
    if (existsSync(tiles)) published.add(await readFile(tiles, 'utf8'));

    const state = await checkStore(home, reported, published, (message) => fail(trial, message));
    const outcome: TrialOutcome = {
      trial,
      mode,
      killedAfterMs: run.elapsedMs,
      killed: run.killed,
      reportedSoFar: reported.size,
      treeSize: state.treeSize,
      checkpoints: state.checkpoints,
    };
    outcomes.push(outcome);
    options.log?.(
      `trial ${trial}: ${run.killed ? `killed (${mode}) after ${run.elapsedMs} ms` : 'finished before its kill'}; ` +
        `${reported.size} documents reported; tree of ${state.treeSize} leaves, ${state.checkpoints} checkpoints`,
    );
  }

  // Restart to completion, then check as a user would.
  const finish = await runCli(['ingest', ...files, '--batch', String(options.batch)], {
    CLAIMLOG_HOME: home,
  });
  if (finish.code !== 0) failures.push(`the final ingest failed (${finish.code}): ${finish.stderr}`);
  const audit = await runCli(['log', 'audit'], { CLAIMLOG_HOME: home });
  const expected = files.length * options.documentsPerTrial;
  if (audit.code !== 0 || !audit.stdout.includes(`audit: ${expected} documents, ${expected} leaves`)) {
    failures.push(`claimlog log audit after the trials: exit ${audit.code}: ${audit.stdout}${audit.stderr}`);
  }
  const final = await runCli(['log', 'checkpoint'], { CLAIMLOG_HOME: home });
  const newest = join(sources, 'final.checkpoint');
  await writeFile(newest, final.stdout);
  // The oldest published checkpoint through the CLI as a user would (the in-process checks covered all).
  const oldest = [...published][0];
  if (oldest !== undefined) {
    const old = join(sources, 'oldest.checkpoint');
    await writeFile(old, oldest);
    const check = await runCli(['log', 'consistency', old, newest], { CLAIMLOG_HOME: home });
    if (check.code !== 0)
      failures.push(`claimlog log consistency from the oldest published checkpoint: ${check.stderr}`);
  }
  await checkStore(home, reported, published, (message) =>
    failures.push(`after the final ingest: ${message}`),
  );
  return { outcomes, failures, home };
}

function reportsFor(seed: number, trial: number, count: number, random: () => number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `t${trial}-${i}`,
      text: `Officials said the ${WORDS[Math.floor(random() * WORDS.length)]} near sector ${seed}-${trial}-${i} reopened on Monday.`,
      publishedAt: '2025-03-0' + String(1 + (i % 9)),
      outlet: i % 2 === 0 ? 'Example Wire' : 'Other Wire',
    }),
  ).join('\n');
}

/** Spawns the CLI and kills it with SIGKILL `delayMs` after its `afterLines`-th `logged` line (or after start). */
function runAndKill(
  args: readonly string[],
  home: string,
  when: { afterLines: number; delayMs: number },
): Promise<{ logged: Map<string, number>; killed: boolean; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const { DATABASE_URL: _url, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...env, CLAIMLOG_HOME: home, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logged = new Map<string, number>();
    let buffer = '';
    let lines = 0;
    let killed = false;
    let stderr = '';
    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) {
        killed = child.kill('SIGKILL');
      }
    };
    const arm = (): void => {
      setTimeout(kill, when.delayMs);
    };
    if (when.afterLines === 0) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const match = /^logged ([0-9a-f]{16}) at (\d+)$/.exec(line);
        if (match === null) continue;
        logged.set(match[1] as string, Number(match[2]));
        if (++lines === when.afterLines) arm();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === null && code !== 0) {
        reject(new Error(`claimlog ${args.join(' ')} failed with ${code}: ${stderr}`));
        return;
      }
      resolve({ logged, killed: killed && signal === 'SIGKILL', elapsedMs: Date.now() - started });
    });
  });
}

/** Opens the store in this process (PGlite recovers its folder here) and checks every invariant. */
async function checkStore(
  home: string,
  reported: ReadonlyMap<string, number>,
  published: ReadonlySet<string>,
  fail: (message: string) => void,
): Promise<{ treeSize: number; checkpoints: number }> {
  let db;
  try {
    db = await openPglite(join(home, 'pgdata'));
  } catch (error) {
    fail(
      `the store does not reopen after SIGKILL: ${(error as Error).message}; ${String((error as Error).cause)}`,
    );
    return { treeSize: -1, checkpoints: 0 };
  }
  try {
    const store = new PgStore(db);
    const treeSize = await store.log.storage.treeSize();
    const checkpoints = await store.log.listCheckpoints();
    for (const [id, index] of reported) {
      const rows = await db.query<{ log_index: number | null }>(
        `SELECT (SELECT min(leaf_index) FROM log_leaves WHERE kind = 'document' AND ref = d.id) AS log_index
         FROM documents d WHERE d.id = $1`,
        [id],
      );
      if (rows.length !== 1) fail(`reported document ${id} is stored ${rows.length} times`);
      else if (rows[0]?.log_index !== index)
        fail(`reported document ${id} has log index ${rows[0]?.log_index}, reported ${index}`);
      if (index >= treeSize) {
        fail(`reported document ${id} at ${index} is beyond the tree (${treeSize} leaves)`);
        continue;
      }
      const [leaf] = await store.log.storage.readLeaves(index, 1);
      if (leaf?.kind !== 'document' || leaf.ref !== id) fail(`leaf ${index} is not document ${id}`);
    }
    const [counts] = await db.query<{
      documents: number;
      leaves: number;
      distinct_refs: number;
      unlogged: number;
    }>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM log_leaves WHERE kind = 'document') AS leaves,
              (SELECT count(DISTINCT ref)::int FROM log_leaves WHERE kind = 'document') AS distinct_refs,
              (SELECT count(*)::int FROM documents d WHERE NOT EXISTS
                 (SELECT 1 FROM log_leaves l WHERE l.kind = 'document' AND l.ref = d.id)) AS unlogged`,
    );
    if (
      counts &&
      (counts.documents !== counts.leaves || counts.leaves !== counts.distinct_refs || counts.unlogged !== 0)
    ) {
      fail(`documents and log disagree: ${JSON.stringify(counts)}`);
    }
    const keyFile = join(home, 'keys', 'log-signer.key');
    if (!existsSync(keyFile)) {
      if (treeSize !== 0 || reported.size > 0) fail('documents were logged, but there is no log key');
      return { treeSize, checkpoints: checkpoints.length };
    }
    const { verifierKey, signerKey } = await readKeyFile(keyFile);
    const origin = parseSignerKey(signerKey).name;
    const latest = checkpoints.at(-1);
    if (latest === undefined) {
      if (treeSize !== 0) fail(`a tree of ${treeSize} leaves without a checkpoint`);
      return { treeSize, checkpoints: 0 };
    }
    if (latest.size !== treeSize)
      fail(`the newest checkpoint is for ${latest.size} leaves, the tree has ${treeSize}`);
    for (const note of [...published, ...checkpoints.map((c) => c.note)]) {
      const opened = openCheckpoint(note, { logKey: verifierKey, origin });
      if (!opened.ok) {
        fail(`a checkpoint does not open: ${opened.reason}`);
        continue;
      }
      const old = opened.checkpoint;
      if (old.size === latest.size) {
        if (!equalBytes(old.rootHash, latest.rootHash)) fail(`two checkpoints of size ${old.size} differ`);
        continue;
      }
      if (old.size === 0) continue;
      const proof = await proveConsistency(store.log.storage, old.size, latest.size);
      const verdict = verifyConsistency(old.size, latest.size, proof, old.rootHash, latest.rootHash);
      if (!verdict.ok)
        fail(`checkpoint ${old.size} is not consistent with checkpoint ${latest.size}: ${verdict.reason}`);
    }
    const audit = await auditLog(store.log, { logKey: verifierKey, origin });
    for (const problem of audit.problems) fail(`audit: ${problem.message}`);
    return { treeSize, checkpoints: checkpoints.length };
  } finally {
    await db.close();
  }
}

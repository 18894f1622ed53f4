// Merkle log speed: appends per second for 1 KB leaves beside raw SHA-256 on the same bytes, proof and verify times.
// Usage: npm run bench -- log   (no dataset: the leaves are made here; one line per figure)
import { hash, randomBytes } from 'node:crypto';
import {
  appendLeaves,
  createTlogProof,
  ed25519NoteKeys,
  formatCheckpoint,
  leafHash,
  MemoryLogStorage,
  openNote,
  proveConsistency,
  proveInclusion,
  readTreeHash,
  signNote,
  verifyConsistency,
  verifyInclusion,
  verifyTlogProof,
  type LeafInput,
} from '../src/log/index.js';

const LEAF_BYTES = 1024;
const leafPool = Array.from({ length: 100_000 }, () => new Uint8Array(randomBytes(LEAF_BYTES)));
const inputs: LeafInput[] = leafPool.map((data, i) => ({ data, kind: 'bench', ref: String(i) }));

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function rawSha256PerSecond(): number {
  const start = process.hrtime.bigint();
  for (const data of leafPool) hash('sha256', data, 'buffer');
  return leafPool.length / seconds(start);
}

async function appendsPerSecond(batch: number, total: number): Promise<number> {
  const storage = new MemoryLogStorage();
  const start = process.hrtime.bigint();
  for (let at = 0; at < total; at += batch)
    await appendLeaves(storage, inputs.slice(at, Math.min(total, at + batch)));
  return total / seconds(start);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const fmt = (x: number): string => Math.round(x).toString();
const ms = (x: number): string => x.toFixed(4);

// Appends against raw SHA-256 over the same leaves. Each round times raw hashing and appending back to back,
// so a busy machine slows both alike; the ratio printed is the median of the rounds' ratios.
const ROUNDS = 5;
rawSha256PerSecond();
await appendsPerSecond(10_000, 20_000);
const rawRates: number[] = [];
for (const [batch, total] of [
  [1, 20_000],
  [100, 100_000],
  [10_000, 100_000],
] as const) {
  const rates: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rawRate = rawSha256PerSecond();
    const rate = await appendsPerSecond(batch, total);
    rawRates.push(rawRate);
    rates.push(rate);
    ratios.push(rate / rawRate);
  }
  console.log(`log appends/s, 1 KB leaves, batch ${batch}: ${fmt(median(rates))}`);
  console.log(
    `log appends vs raw SHA-256 (same leaves, same rounds), batch ${batch}: ${median(ratios).toFixed(3)}`,
  );
}
const raw = median(rawRates);
console.log(
  `log raw SHA-256/s, same 1 KB leaves: ${fmt(raw)} (${((raw * LEAF_BYTES) / 1e6).toFixed(0)} MB/s)`,
);

// A tree of 1,000,000 leaves (1 KB each, reusing the pool's bytes), then proofs and verification.
const SIZE = 1_000_000;
const storage = new MemoryLogStorage();
for (let at = 0; at < SIZE; at += 10_000) {
  const batch = Array.from({ length: 10_000 }, (_, i) => inputs[(at + i) % inputs.length] as LeafInput);
  await appendLeaves(storage, batch);
}
const root = await readTreeHash(storage, SIZE);
const oldSize = 654_321;
const oldRoot = await readTreeHash(storage, oldSize);
const indexes = Array.from({ length: 10_000 }, (_, i) => (i * 7_919_011) % SIZE);

let start = process.hrtime.bigint();
const proofs: Uint8Array[][] = [];
for (const index of indexes) proofs.push(await proveInclusion(storage, SIZE, index));
console.log(`log inclusion proof ms, 1000000 leaves: ${ms((seconds(start) * 1000) / indexes.length)}`);

start = process.hrtime.bigint();
for (const [i, index] of indexes.entries()) {
  const leaf = leafHash(inputs[index % inputs.length]!.data);
  if (!verifyInclusion(leaf, index, SIZE, proofs[i]!, root).ok)
    throw new Error(`proof ${index} did not verify`);
}
console.log(
  `log verify inclusion ms (leaf hash included), 1000000 leaves: ${ms((seconds(start) * 1000) / indexes.length)}`,
);

const consistencyRuns = 2_000;
start = process.hrtime.bigint();
let consistency: Uint8Array[] = [];
for (let i = 0; i < consistencyRuns; i++) consistency = await proveConsistency(storage, oldSize, SIZE);
console.log(
  `log consistency proof ms, 654321 → 1000000 leaves: ${ms((seconds(start) * 1000) / consistencyRuns)}`,
);
start = process.hrtime.bigint();
for (let i = 0; i < consistencyRuns; i++) {
  if (!verifyConsistency(oldSize, SIZE, consistency, oldRoot, root).ok)
    throw new Error('consistency did not verify');
}
console.log(
  `log verify consistency ms, 654321 → 1000000 leaves: ${ms((seconds(start) * 1000) / consistencyRuns)}`,
);

// Signed checkpoints and offline tlog-proofs.
const keys = ed25519NoteKeys('bench.example/log', new Uint8Array(32).fill(1));
const note = signNote(
  formatCheckpoint({ origin: 'bench.example/log', size: SIZE, rootHash: root }),
  keys.signerKey,
);
const noteRuns = 2_000;
start = process.hrtime.bigint();
for (let i = 0; i < noteRuns; i++)
  if (!openNote(note, [keys.verifierKey]).ok) throw new Error('note did not open');
console.log(`log open signed checkpoint ms (Ed25519): ${ms((seconds(start) * 1000) / noteRuns)}`);
const proofText = await createTlogProof(storage, note, 123_456);
const leaf = inputs[123_456 % inputs.length]!.data;
start = process.hrtime.bigint();
for (let i = 0; i < noteRuns; i++) {
  if (!verifyTlogProof(proofText, leaf, { logKey: keys.verifierKey }).ok)
    throw new Error('tlog-proof did not verify');
}
console.log(
  `log verify tlog-proof ms (parse, Ed25519, inclusion), 1000000 leaves: ${ms((seconds(start) * 1000) / noteRuns)}`,
);

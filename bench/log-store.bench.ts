// The log through its database storage (PgLogStorage): appends per second for 1 KB leaves at batch sizes 1, 100
// and 10,000 beside raw SHA-256 on the same bytes, and inclusion-proof time at 1,000,000 leaves read from the store.
// Usage: npm run bench -- log-store   (PGlite in memory; with DATABASE_URL set, PostgreSQL too)
import { hash, randomBytes } from 'node:crypto';
import {
  appendLeaves,
  proveInclusion,
  readTreeHash,
  verifyInclusion,
  leafHash,
  type LeafInput,
} from '../src/log/index.js';
import { migrate } from '../src/store/migrate.js';
import { PgLogStorage } from '../src/store/pg-log-storage.js';
import { openPglite } from '../src/store/pglite/pglite-database.js';
import { openPostgres } from '../src/store/postgres/postgres-database.js';
import type { Database } from '../src/store/sql-client.js';

const LEAF_BYTES = 1024;
const pool = Array.from({ length: 30_000 }, (_, i) => ({
  data: new Uint8Array(randomBytes(LEAF_BYTES)),
  kind: 'document',
  ref: `doc-${i}`,
}));

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (x: number): string => Math.round(x).toString();

function rawSha256PerSecond(leaves: readonly LeafInput[]): number {
  const start = process.hrtime.bigint();
  for (const leaf of leaves) hash('sha256', leaf.data, 'buffer');
  return leaves.length / seconds(start);
}

/** Appends `total` leaves in batches of `batch`, each batch in its own transaction, as ingest does. */
async function appendsPerSecond(db: Database, batch: number, total: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let at = 0; at < total; at += batch) {
    const leaves = pool.slice(at % pool.length, (at % pool.length) + Math.min(batch, total - at));
    await db.transaction((tx) => appendLeaves(new PgLogStorage(tx), leaves));
  }
  return total / seconds(start);
}

async function fresh(dialect: 'pglite' | 'postgres'): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (dialect === 'pglite') {
    const db = await openPglite(null);
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const url = process.env.DATABASE_URL as string;
  const name = `claimlog_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = await openPostgres(url, { max: 1 });
  await admin.execScript(`CREATE DATABASE ${name}`);
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openPostgres(target.toString());
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const cleanup = await openPostgres(url, { max: 1 });
      await cleanup.execScript(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.close();
    },
  };
}

const dialects: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
for (const dialect of dialects) {
  const name = dialect === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const { db, drop } = await fresh(dialect);
  await appendsPerSecond(db, 1_000, 2_000); // warm up
  for (const [batch, total] of [
    [1, 300],
    [100, 5_000],
    [10_000, 30_000],
  ] as const) {
    const raw = rawSha256PerSecond(pool);
    const rate = await appendsPerSecond(db, batch, total);
    console.log(`log store appends/s (${name}, 1 KB leaves), batch ${batch}: ${fmt(rate)}`);
    console.log(`log store appends vs raw SHA-256 (${name}), batch ${batch}: ${(rate / raw).toFixed(4)}`);
    console.log(`log store raw SHA-256/s beside batch ${batch}: ${fmt(raw)}`);
  }
  await drop();
}

// Inclusion proofs at 1,000,000 leaves, reading the stored hashes from PGlite. Proof time does not depend
// on leaf size (a proof reads only hashes), so the big tree is built from 32-byte leaves to keep it quick.
const SIZE = 1_000_000;
const { db, drop } = await fresh('pglite');
const storage = new PgLogStorage(db);
let start = process.hrtime.bigint();
for (let at = 0; at < SIZE; at += 50_000) {
  const leaves = Array.from({ length: 50_000 }, (_, i) => ({
    data: new Uint8Array(new Uint32Array([at + i, 1, 2, 3, 4, 5, 6, 7]).buffer),
    kind: 'bench',
    ref: '',
  }));
  await db.transaction((tx) => appendLeaves(new PgLogStorage(tx), leaves));
}
console.log(`log store build 1000000 leaves (PGlite, 32-byte leaves) s: ${seconds(start).toFixed(1)}`);
const root = await readTreeHash(storage, SIZE);
const indexes = Array.from({ length: 2_000 }, (_, i) => (i * 7_919_011) % SIZE);
for (const index of indexes.slice(0, 100)) await proveInclusion(storage, SIZE, index); // warm up
start = process.hrtime.bigint();
const proofs: Uint8Array[][] = [];
for (const index of indexes) proofs.push(await proveInclusion(storage, SIZE, index));
console.log(
  `log store inclusion proof ms (PGlite), 1000000 leaves: ${((seconds(start) * 1000) / indexes.length).toFixed(3)}`,
);
for (const [i, index] of indexes.entries()) {
  const data = new Uint8Array(new Uint32Array([index, 1, 2, 3, 4, 5, 6, 7]).buffer);
  if (!verifyInclusion(leafHash(data), index, SIZE, proofs[i] as Uint8Array[], root).ok) {
    throw new Error(`proof for leaf ${index} did not verify`);
  }
}
await drop();

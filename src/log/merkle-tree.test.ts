import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLeaves } from './append-leaves.js';
import { leafHash, nodeHash, sha256 } from './hashes.js';
import { consistencyProof, inclusionProof, rootHash } from './merkle-tree.js';
import { MemoryLogStorage } from './memory-log-storage.js';
import { proveConsistency } from './prove-consistency.js';
import { proveInclusion } from './prove-inclusion.js';
import { readTreeHash } from './tree-hash.js';
import { verifyConsistency } from './verify-consistency.js';
import { verifyInclusion } from './verify-inclusion.js';

// A naive, recursive transcription of RFC 6962 §2.1, §2.1.1 and §2.1.2, the reference everything is checked against.
function k(n: number): number {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
}
function mth(d: Uint8Array[]): Uint8Array {
  if (d.length === 0) return sha256(new Uint8Array());
  if (d.length === 1) return d[0]!;
  const s = k(d.length);
  return nodeHash(mth(d.slice(0, s)), mth(d.slice(s)));
}
function path(m: number, d: Uint8Array[]): Uint8Array[] {
  if (d.length === 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}
function subproof(m: number, d: Uint8Array[], b: boolean): Uint8Array[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
}

const encoder = new TextEncoder();
const leafData = (i: number): Uint8Array => encoder.encode(`leaf ${i}`);
const leafHashes = (n: number): Uint8Array[] => Array.from({ length: n }, (_, i) => leafHash(leafData(i)));

async function storageWith(n: number, batch: number): Promise<MemoryLogStorage> {
  const storage = new MemoryLogStorage();
  for (let start = 0; start < n; start += batch) {
    const leaves = [];
    for (let i = start; i < Math.min(n, start + batch); i++)
      leaves.push({ data: leafData(i), kind: 'test', ref: `${i}` });
    await appendLeaves(storage, leaves);
  }
  return storage;
}

function flip(hash: Uint8Array): Uint8Array {
  const copy = hash.slice();
  copy[0] = (copy[0] ?? 0) ^ 1;
  return copy;
}

describe('Merkle tree math against the RFC 6962 definitions, every size up to 64', () => {
  const all = leafHashes(64);

  it('computes every root like MTH, in memory and from stored hashes', async () => {
    const storage = await storageWith(64, 5);
    for (let n = 0; n <= 64; n++) {
      const want = mth(all.slice(0, n));
      expect(rootHash(all.slice(0, n))).toEqual(want);
      expect(await readTreeHash(storage, n)).toEqual(want);
    }
  });

  it('makes every inclusion proof like PATH, and each verifies while a tampered one does not', async () => {
    const storage = await storageWith(64, 1);
    for (let n = 1; n <= 64; n++) {
      const d = all.slice(0, n);
      const root = mth(d);
      for (let m = 0; m < n; m++) {
        const want = path(m, d);
        expect(inclusionProof(m, d)).toEqual(want);
        expect(await proveInclusion(storage, n, m)).toEqual(want);
        expect(verifyInclusion(d[m]!, m, n, want, root)).toEqual({ ok: true });
        expect(verifyInclusion(d[m]!, m, n, want, flip(root)).ok).toBe(false);
        expect(verifyInclusion(flip(d[m]!), m, n, want, root).ok).toBe(false);
        if (m + 1 < n) expect(verifyInclusion(d[m]!, m + 1, n, want, root).ok).toBe(false);
        for (let j = 0; j < want.length; j++) {
          const bad = want.map((h, i) => (i === j ? flip(h) : h));
          expect(verifyInclusion(d[m]!, m, n, bad, root).ok).toBe(false);
        }
        expect(verifyInclusion(d[m]!, m, n, [...want, root], root).ok).toBe(false);
        if (want.length > 0) expect(verifyInclusion(d[m]!, m, n, want.slice(1), root).ok).toBe(false);
      }
    }
  });

  it('makes every consistency proof like PROOF, and each verifies while a tampered one does not', async () => {
    const storage = await storageWith(64, 7);
    for (let n = 1; n <= 64; n++) {
      const d = all.slice(0, n);
      const newRoot = mth(d);
      for (let m = 1; m <= n; m++) {
        const oldRoot = mth(d.slice(0, m));
        const want = subproof(m, d, true);
        expect(consistencyProof(m, d)).toEqual(want);
        expect(await proveConsistency(storage, m, n)).toEqual(want);
        expect(verifyConsistency(m, n, want, oldRoot, newRoot)).toEqual({ ok: true });
        expect(verifyConsistency(m, n, want, flip(oldRoot), newRoot).ok).toBe(false);
        expect(verifyConsistency(m, n, want, oldRoot, flip(newRoot)).ok).toBe(false);
        if (m < n) expect(verifyConsistency(m + 1, n, want, oldRoot, newRoot).ok).toBe(false);
        for (let j = 0; j < want.length; j++) {
          const bad = want.map((h, i) => (i === j ? flip(h) : h));
          expect(verifyConsistency(m, n, bad, oldRoot, newRoot).ok).toBe(false);
        }
        expect(verifyConsistency(m, n, [...want, newRoot], oldRoot, newRoot).ok).toBe(false);
      }
    }
  });

  it('gives the same tree whatever the batch sizes of the appends', async () => {
    const many = leafHashes(12 * 9);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), async (batches) => {
        const storage = new MemoryLogStorage();
        let size = 0;
        for (const count of batches) {
          const leaves = Array.from({ length: count }, (_, i) => ({
            data: leafData(size + i),
            kind: 't',
            ref: '',
          }));
          const result = await appendLeaves(storage, leaves);
          size += count;
          expect(result.newSize).toBe(size);
          expect(result.rootHash).toEqual(mth(many.slice(0, size)));
        }
        expect(await storage.treeSize()).toBe(size);
      }),
    );
  });
});

describe('Merkle tree math at random larger sizes', () => {
  it('agrees with the RFC definitions for proofs in trees of up to 3000 leaves', async () => {
    const all = leafHashes(3000);
    const storage = await storageWith(3000, 1000);
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 65, max: 3000 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n })),
          ),
        async ([n, m, old]) => {
          const d = all.slice(0, n);
          const root = mth(d);
          const proof = await proveInclusion(storage, n, m);
          expect(proof).toEqual(path(m, d));
          expect(verifyInclusion(d[m]!, m, n, proof, root)).toEqual({ ok: true });
          const consistency = await proveConsistency(storage, old, n);
          expect(consistency).toEqual(subproof(old, d, true));
          expect(verifyConsistency(old, n, consistency, mth(d.slice(0, old)), root)).toEqual({ ok: true });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Merkle tree inputs', () => {
  it('refuses proofs for positions outside the tree', async () => {
    const d = leafHashes(4);
    expect(() => inclusionProof(4, d)).toThrow(/index < tree size 4/);
    expect(() => consistencyProof(0, d)).toThrow(/0 < old size/);
    const storage = await storageWith(4, 4);
    await expect(proveInclusion(storage, 4, 4)).rejects.toThrow(/index < tree size/);
    await expect(proveConsistency(storage, 3, 2)).rejects.toThrow(/old size ≤ new size/);
    await expect(proveInclusion(storage, 9, 0)).rejects.toThrow(/no stored hash/);
  });

  it('refuses a leaf too large for a C2SP entry bundle before writing anything', async () => {
    const storage = new MemoryLogStorage();
    await expect(
      appendLeaves(storage, [{ data: new Uint8Array(70_000), kind: 'x', ref: 'y' }]),
    ).rejects.toThrow(/70000 bytes, more than the 65535/);
    expect(await storage.treeSize()).toBe(0);
  });
});

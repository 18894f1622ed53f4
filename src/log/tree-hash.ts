// The root hash of a log's tree of any size, from its stored hashes (Go's tlog.TreeHash).
import { InvalidInput } from '../domain/errors.js';
import { emptyRootHash, nodeHash } from './hashes.js';
import { readCheckedHashes, type HashReader } from './hash-reader.js';
import { storedHashIndex } from './stored-hash-index.js';

/**
 * MTH of the first `treeSize` leaves of the log behind `reader` (RFC 6962 §2.1), reading at most
 * log2(treeSize) + 1 stored hashes in one call. The empty tree gives SHA-256("").
 */
export async function readTreeHash(reader: HashReader, treeSize: number): Promise<Uint8Array> {
  assertSize('tree size', treeSize);
  if (treeSize === 0) return emptyRootHash(); // RFC 6962 §2.1: MTH({}) = SHA-256()
  const hashes = await readCheckedHashes(reader, subtreeIndexes(0, treeSize, []));
  return subtreeHash(0, treeSize, hashes);
}

/**
 * Appends to `out` the stored hash indexes of the perfect subtrees that make up leaves [lo, hi), largest
 * first. Requires lo to be a multiple of the first subtree's width (true wherever the log calls it).
 */
export function subtreeIndexes(lo: number, hi: number, out: number[]): number[] {
  let start = lo;
  while (start < hi) {
    const { k, level } = largestPowerOfTwoAtMost(hi - start);
    out.push(storedHashIndex(level, start / k));
    start += k;
  }
  return out;
}

/**
 * MTH(D[lo:hi]) from the hashes subtreeIndexes(lo, hi) named, taken (and removed) from the front of `hashes`.
 * RFC 6962 §2.1: an unbalanced tree's hash folds its perfect subtrees from the right.
 */
export function subtreeHash(lo: number, hi: number, hashes: Uint8Array[]): Uint8Array {
  let count = 0;
  for (let start = lo; start < hi; start += largestPowerOfTwoAtMost(hi - start).k) count++;
  const parts = hashes.splice(0, count);
  let h = parts[count - 1] as Uint8Array;
  for (let i = count - 2; i >= 0; i--) h = nodeHash(parts[i] as Uint8Array, h);
  return h;
}

/** The largest power of two k ≤ n (n ≥ 1), with level = log2(k). */
export function largestPowerOfTwoAtMost(n: number): { k: number; level: number } {
  let k = 1;
  let level = 0;
  while (k * 2 <= n) {
    k *= 2;
    level++;
  }
  return { k, level };
}

/** The largest power of two strictly below n (n ≥ 2): RFC 6962's split point, with its level. */
export function largestPowerOfTwoBelow(n: number): { k: number; level: number } {
  return largestPowerOfTwoAtMost(n - 1);
}

export function assertSize(what: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidInput(`log: expected ${what} to be an integer in [0, 2^53), found ${String(value)}`);
  }
}

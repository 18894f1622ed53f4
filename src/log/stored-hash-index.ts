// The numbering of a log's stored hashes, the same as Go's golang.org/x/mod/sumdb/tlog, so storage keys mean one thing.
//
// A log stores, for each leaf n in append order, the leaf hash (level 0) and then the hash of every complete
// subtree that leaf n completes (levels 1, 2, …). Numbering those hashes in the order they are written gives
// each (level, n) — the hash of leaves [n·2^level, (n+1)·2^level) — one "stored hash index", and a tree of
// size N has exactly storedHashCount(N) stored hashes, numbered 0 … storedHashCount(N) − 1 with no gaps.
// Appending leaves only ever adds the next indexes: stored hashes are never rewritten.
import { InvalidInput } from '../domain/errors.js';

/**
 * The stored hash index of the hash at `level` covering leaves [n·2^level, (n+1)·2^level).
 * Same value as Go's tlog.StoredHashIndex(level, n). Requires level ≥ 0, n ≥ 0 and a result below 2^53.
 */
export function storedHashIndex(level: number, n: number): number {
  assertCount('level', level);
  assertCount('n', n);
  // Level L's n'th hash is written right after level L+1's 2n+1'th hash: walk down to level 0's numbering.
  let m = n;
  for (let l = level; l > 0; l--) m = 2 * m + 1;
  // Level 0's m'th hash is written at m + m/2 + m/4 + … (integer halvings until zero).
  let index = 0;
  for (; m > 0; m = Math.floor(m / 2)) index += m;
  return index + level;
}

/** The inverse of storedHashIndex: which (level, n) a stored hash index names. */
export function splitStoredHashIndex(index: number): { level: number; n: number } {
  assertCount('index', index);
  // storedHashIndex(0, n) < 2n, so the leaf whose append wrote `index` is in [index/2, index/2 + log2(index)].
  let n = Math.floor(index / 2);
  let indexN = storedHashIndex(0, n);
  for (;;) {
    // Leaf n+1 adds 1 + trailingZeros(n+1) hashes.
    const next = indexN + 1 + trailingZeros(n + 1);
    if (next > index) break;
    n++;
    indexN = next;
  }
  const level = index - indexN;
  return { level, n: Math.floor(n / 2 ** level) };
}

/** How many hashes a tree of `size` leaves stores: 2·size − popcount(size). */
export function storedHashCount(size: number): number {
  assertCount('size', size);
  if (size === 0) return 0;
  let count = storedHashIndex(0, size - 1) + 1;
  // …plus the hashes of the subtrees the last leaf completes.
  for (let i = size - 1; i % 2 === 1; i = Math.floor(i / 2)) count++;
  return count;
}

/** The number of trailing zero bits of a positive safe integer. */
export function trailingZeros(x: number): number {
  let zeros = 0;
  for (let v = x; v > 0 && v % 2 === 0; v /= 2) zeros++;
  return zeros;
}

function assertCount(what: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidInput(`log: expected ${what} to be an integer in [0, 2^53), found ${String(value)}`);
  }
}

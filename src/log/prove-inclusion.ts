// Inclusion proofs (RFC 6962 §2.1.1 PATH) from a log's stored hashes, in O(log n) reads (Go's tlog.ProveRecord).
import { InvalidInput } from '../domain/errors.js';
import { readCheckedHashes, type HashReader } from './hash-reader.js';
import { largestPowerOfTwoBelow, subtreeHash, subtreeIndexes } from './tree-hash.js';

/**
 * The audit path for leaf `index` in the log's tree of `treeSize` leaves, leaf to root (RFC 6962 §2.1.1),
 * reading every stored hash it needs in one readHashes call. Throws InvalidInput unless
 * 0 ≤ index < treeSize; the caller MUST NOT ask for a tree larger than the log has stored.
 */
export async function proveInclusion(
  reader: HashReader,
  treeSize: number,
  index: number,
): Promise<Uint8Array[]> {
  if (!Number.isSafeInteger(treeSize) || !Number.isSafeInteger(index) || index < 0 || index >= treeSize) {
    throw new InvalidInput(
      `log: an inclusion proof needs 0 ≤ index < tree size, found index ${String(index)}, size ${String(treeSize)}`,
    );
  }
  const hashes = await readCheckedHashes(reader, pathIndexes(0, treeSize, index, []));
  const proof: Uint8Array[] = [];
  buildPath(0, treeSize, index, hashes, proof);
  return proof;
}

function pathIndexes(lo: number, hi: number, m: number, out: number[]): number[] {
  if (hi - lo === 1) return out;
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (m < lo + k) {
    pathIndexes(lo, lo + k, m, out);
    subtreeIndexes(lo + k, hi, out);
  } else {
    subtreeIndexes(lo, lo + k, out);
    pathIndexes(lo + k, hi, m, out);
  }
  return out;
}

function buildPath(lo: number, hi: number, m: number, hashes: Uint8Array[], out: Uint8Array[]): void {
  if (hi - lo === 1) return; // RFC 6962 §2.1.1: PATH(0, {d(0)}) = {}
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (m < lo + k) {
    // RFC 6962 §2.1.1: m < k gives PATH(m, D[0:k]) : MTH(D[k:n])
    buildPath(lo, lo + k, m, hashes, out);
    out.push(subtreeHash(lo + k, hi, hashes));
  } else {
    // RFC 6962 §2.1.1: m >= k gives PATH(m - k, D[k:n]) : MTH(D[0:k])
    const left = subtreeHash(lo, lo + k, hashes);
    buildPath(lo + k, hi, m, hashes, out);
    out.push(left);
  }
}

// Consistency proofs (RFC 6962 §2.1.2 PROOF) from a log's stored hashes, in O(log n) reads (Go's tlog.ProveTree).
import { InvalidInput } from '../domain/errors.js';
import { readCheckedHashes, type HashReader } from './hash-reader.js';
import { largestPowerOfTwoBelow, subtreeHash, subtreeIndexes } from './tree-hash.js';

/**
 * The proof that the log's tree of `newSize` leaves extends its tree of `oldSize` leaves (RFC 6962 §2.1.2),
 * reading every stored hash it needs in one readHashes call. Empty when the sizes are equal.
 * Throws InvalidInput unless 0 < oldSize ≤ newSize (a proof from the empty tree is not defined).
 */
export async function proveConsistency(
  reader: HashReader,
  oldSize: number,
  newSize: number,
): Promise<Uint8Array[]> {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 1 || oldSize > newSize) {
    throw new InvalidInput(
      `log: a consistency proof needs 0 < old size ≤ new size, found ${String(oldSize)} → ${String(newSize)}`,
    );
  }
  const hashes = await readCheckedHashes(reader, subproofIndexes(0, newSize, oldSize, true, []));
  const proof: Uint8Array[] = [];
  buildSubproof(0, newSize, oldSize, true, hashes, proof);
  return proof;
}

function subproofIndexes(lo: number, hi: number, m: number, complete: boolean, out: number[]): number[] {
  if (m === hi) {
    if (!complete) subtreeIndexes(lo, hi, out);
    return out;
  }
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (m <= lo + k) {
    subproofIndexes(lo, lo + k, m, complete, out);
    subtreeIndexes(lo + k, hi, out);
  } else {
    subtreeIndexes(lo, lo + k, out);
    subproofIndexes(lo + k, hi, m, false, out);
  }
  return out;
}

function buildSubproof(
  lo: number,
  hi: number,
  m: number,
  complete: boolean,
  hashes: Uint8Array[],
  out: Uint8Array[],
): void {
  if (m === hi) {
    // RFC 6962 §2.1.2: SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
    if (!complete) out.push(subtreeHash(lo, hi, hashes));
    return;
  }
  const { k } = largestPowerOfTwoBelow(hi - lo);
  if (m <= lo + k) {
    // RFC 6962 §2.1.2: m <= k gives SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
    buildSubproof(lo, lo + k, m, complete, hashes, out);
    out.push(subtreeHash(lo + k, hi, hashes));
  } else {
    // RFC 6962 §2.1.2: m > k gives SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
    const left = subtreeHash(lo, lo + k, hashes);
    buildSubproof(lo + k, hi, m, false, hashes, out);
    out.push(left);
  }
}

// RFC 6962 §2.1 over a list of leaf hashes held in memory: the tree hash, inclusion proofs and consistency proofs.
//
// These are the definitions, computed in O(n) for n leaves. A log that has its stored hashes should use
// proveInclusion / proveConsistency / readTreeHash, which read O(log n) hashes through a HashReader.
import { InvalidInput } from '../domain/errors.js';
import { emptyRootHash, nodeHash } from './hashes.js';

/**
 * The split point k of a tree of n ≥ 2 leaves: RFC 6962 §2.1, "the largest power of two smaller than n".
 */
export function splitPoint(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) {
    throw new InvalidInput(`log: a split point needs a tree of at least 2 leaves, found ${String(n)}`);
  }
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The Merkle Tree Hash of the leaves whose hashes are given: RFC 6962 §2.1 MTH(D[n]).
 * `leafHashes` are leaf hashes (leafHash(data)), not leaf data. The empty list gives SHA-256("").
 */
export function rootHash(leafHashes: readonly Uint8Array[]): Uint8Array {
  return rangeRoot(leafHashes, 0, leafHashes.length);
}

/**
 * The audit path for leaf `index` in the tree of `leafHashes`: RFC 6962 §2.1.1 PATH(m, D[n]), leaf to root.
 * Throws InvalidInput unless 0 ≤ index < leafHashes.length.
 */
export function inclusionProof(index: number, leafHashes: readonly Uint8Array[]): Uint8Array[] {
  const n = leafHashes.length;
  if (!Number.isSafeInteger(index) || index < 0 || index >= n) {
    throw new InvalidInput(
      `log: an inclusion proof needs 0 ≤ index < tree size ${n}, found index ${String(index)}`,
    );
  }
  const proof: Uint8Array[] = [];
  collectPath(leafHashes, index, 0, n, proof);
  return proof;
}

/**
 * The consistency proof from the tree of the first `oldSize` leaves to the tree of all `leafHashes`:
 * RFC 6962 §2.1.2 PROOF(m, D[n]), in RFC order. Empty when oldSize equals the tree size.
 * Throws InvalidInput unless 0 < oldSize ≤ leafHashes.length: a proof from the empty tree is not defined
 * (every tree extends it; compare the old root with SHA-256("") instead).
 */
export function consistencyProof(oldSize: number, leafHashes: readonly Uint8Array[]): Uint8Array[] {
  const n = leafHashes.length;
  if (!Number.isSafeInteger(oldSize) || oldSize < 1 || oldSize > n) {
    throw new InvalidInput(
      `log: a consistency proof needs 0 < old size ≤ tree size ${n}, found old size ${String(oldSize)}`,
    );
  }
  const proof: Uint8Array[] = [];
  collectSubproof(leafHashes, oldSize, 0, n, true, proof);
  return proof;
}

/** MTH(D[lo:hi]) by appending leaves to a stack of perfect subtrees, then folding it right to left. */
export function rangeRoot(leafHashes: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi <= lo) return emptyRootHash(); // RFC 6962 §2.1: MTH({}) = SHA-256()
  const stack: Uint8Array[] = [];
  for (let i = lo; i < hi; i++) {
    let h = leafHashes[i] as Uint8Array;
    // Leaf number (i - lo) completes one perfect subtree per trailing 1 bit.
    for (let c = i - lo; c % 2 === 1; c = (c - 1) / 2) h = nodeHash(stack.pop() as Uint8Array, h);
    stack.push(h);
  }
  // RFC 6962 §2.1: MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), which folds right to left.
  let root = stack[stack.length - 1] as Uint8Array;
  for (let j = stack.length - 2; j >= 0; j--) root = nodeHash(stack[j] as Uint8Array, root);
  return root;
}

function collectPath(
  leaves: readonly Uint8Array[],
  m: number,
  lo: number,
  hi: number,
  out: Uint8Array[],
): void {
  if (hi - lo === 1) return; // RFC 6962 §2.1.1: PATH(0, {d(0)}) = {}
  const k = splitPoint(hi - lo);
  if (m < k) {
    // RFC 6962 §2.1.1: for m < k, PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])
    collectPath(leaves, m, lo, lo + k, out);
    out.push(rangeRoot(leaves, lo + k, hi));
  } else {
    // RFC 6962 §2.1.1: for m >= k, PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k])
    collectPath(leaves, m - k, lo + k, hi, out);
    out.push(rangeRoot(leaves, lo, lo + k));
  }
}

function collectSubproof(
  leaves: readonly Uint8Array[],
  m: number,
  lo: number,
  hi: number,
  complete: boolean,
  out: Uint8Array[],
): void {
  const n = hi - lo;
  if (m === n) {
    // RFC 6962 §2.1.2: SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
    if (!complete) out.push(rangeRoot(leaves, lo, hi));
    return;
  }
  const k = splitPoint(n);
  if (m <= k) {
    // RFC 6962 §2.1.2: for m <= k, SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
    collectSubproof(leaves, m, lo, lo + k, complete, out);
    out.push(rangeRoot(leaves, lo + k, hi));
  } else {
    // RFC 6962 §2.1.2: for m > k, SUBPROOF(m, D[n], b) = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
    collectSubproof(leaves, m - k, lo + k, hi, false, out);
    out.push(rangeRoot(leaves, lo, lo + k));
  }
}

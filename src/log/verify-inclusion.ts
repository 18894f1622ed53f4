// Checks an RFC 6962 inclusion proof (audit path) by the algorithm of RFC 9162 §2.1.3.2.
import { equalBytes, HASH_SIZE, nodeHash } from './hashes.js';
import { rejected, verified, type Verification } from './verification.js';

/**
 * Whether `proof` shows that the leaf with hash `leafHash` sits at `index` in the tree of `treeSize` leaves
 * whose root is `root`. Never throws: every failure, malformed input included, is `{ ok: false, reason }`.
 *
 * Policy (stricter than RFC 9162, which leaves these to the implementation):
 * - every hash (leaf hash, proof element, root) MUST be 32 bytes, since this is a SHA-256 log;
 * - index and tree size MUST be integers below 2^53 (JavaScript numbers); a larger claimed value fails.
 */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Verification {
  if (!isSize(treeSize))
    return rejected(`tree size must be an integer in [0, 2^53), found ${String(treeSize)}`);
  if (!isSize(index)) return rejected(`leaf index must be an integer in [0, 2^53), found ${String(index)}`);
  const malformed =
    hashLengthProblem('leaf hash', leafHash) ??
    hashLengthProblem('root', root) ??
    proof.reduce<string | undefined>((p, h, i) => p ?? hashLengthProblem(`proof[${i}]`, h), undefined);
  if (malformed !== undefined) return rejected(malformed);

  // RFC 9162 §2.1.3.2 step 1: leaf_index >= tree_size fails.
  if (index >= treeSize) return rejected(`leaf index ${index} is not below tree size ${treeSize}`);
  // Step 2: fn = leaf_index, sn = tree_size - 1. Step 3: r = hash.
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  // Step 4: for each p in inclusion_path…
  for (const [i, p] of proof.entries()) {
    // 4a: if sn is 0, stop and fail.
    if (sn === 0) return rejected(`proof has ${proof.length} hashes, more than the ${i} this position needs`);
    if (fn % 2 === 1 || fn === sn) {
      // 4b: LSB(fn) set or fn == sn: r = HASH(0x01 || p || r) …
      r = nodeHash(p, r);
      // … and if LSB(fn) is not set, shift fn and sn right until LSB(fn) is set or fn is 0.
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      // 4b otherwise: r = HASH(0x01 || r || p).
      r = nodeHash(r, p);
    }
    // 4c: shift fn and sn right once.
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  // Step 5: sn must be 0 and r must equal root_hash.
  if (sn !== 0)
    return rejected(`proof has ${proof.length} hashes, fewer than index ${index} in size ${treeSize} needs`);
  if (!equalBytes(r, root))
    return rejected('the proof leads to a different root: the leaf is not in this tree');
  return verified;
}

export function isSize(x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0;
}

/** Why `hash` cannot be a SHA-256 hash, or undefined when it has the right length. */
export function hashLengthProblem(what: string, hash: Uint8Array): string | undefined {
  return hash.length === HASH_SIZE ? undefined : `${what} is ${hash.length} bytes, expected ${HASH_SIZE}`;
}

// Checks an RFC 6962 consistency proof between two tree heads by the algorithm of RFC 9162 §2.1.4.2.
import { equalBytes, nodeHash } from './hashes.js';
import { rejected, verified, type Verification } from './verification.js';
import { hashLengthProblem, isSize } from './verify-inclusion.js';

/**
 * Whether `proof` shows that the tree of `newSize` leaves with root `newRoot` extends the tree of `oldSize`
 * leaves with root `oldRoot` (append-only: same first `oldSize` leaves). Never throws.
 *
 * Policy, where RFC 9162 leaves room (see the vectors' `policyNote`s):
 * - oldSize 0 always fails, including 0 → 0: a proof from the empty tree proves nothing (every tree
 *   extends it), so a caller that holds an empty tree head has nothing to check. Same as transparency-dev
 *   and Go's sumdb/tlog CheckTree.
 * - every hash MUST be 32 bytes, even when oldSize == newSize and only the roots are compared: a root of
 *   another length is not a SHA-256 tree head (transparency-dev accepts equal 12-byte placeholders; we do not).
 * - oldSize == newSize needs an empty proof and equal roots.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
): Verification {
  if (!isSize(oldSize)) return rejected(`old size must be an integer in [0, 2^53), found ${String(oldSize)}`);
  if (!isSize(newSize)) return rejected(`new size must be an integer in [0, 2^53), found ${String(newSize)}`);
  const malformed =
    hashLengthProblem('old root', oldRoot) ??
    hashLengthProblem('new root', newRoot) ??
    proof.reduce<string | undefined>((p, h, i) => p ?? hashLengthProblem(`proof[${i}]`, h), undefined);
  if (malformed !== undefined) return rejected(malformed);
  if (oldSize === 0) return rejected('old size is 0: a consistency proof from the empty tree proves nothing');
  if (oldSize > newSize) return rejected(`old size ${oldSize} is larger than new size ${newSize}`);
  if (oldSize === newSize) {
    // RFC 9162 §2.1.4.1: the proof between a tree and itself is empty; the roots must then be the same.
    if (proof.length !== 0) return rejected(`sizes are equal (${oldSize}) but the proof is not empty`);
    return equalBytes(oldRoot, newRoot)
      ? verified
      : rejected(`sizes are equal (${oldSize}) but the roots differ`);
  }

  // RFC 9162 §2.1.4.2 step 1: an empty consistency_path fails.
  if (proof.length === 0) return rejected(`the proof from ${oldSize} to ${newSize} is empty`);
  // Step 2: if first is an exact power of 2, prepend first_hash to consistency_path.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  // Step 3: fn = first - 1, sn = second - 1.
  let fn = oldSize - 1;
  let sn = newSize - 1;
  // Step 4: if LSB(fn) is set, shift fn and sn right until LSB(fn) is not set.
  while (fn % 2 === 1) {
    fn = (fn - 1) / 2;
    sn = Math.floor(sn / 2);
  }
  // Step 5: fr = sr = first value of consistency_path.
  let fr = path[0] as Uint8Array;
  let sr = fr;
  // Step 6: for each subsequent value c…
  for (let i = 1; i < path.length; i++) {
    const c = path[i] as Uint8Array;
    // 6a: if sn is 0, stop and fail.
    if (sn === 0) return rejected(`proof from ${oldSize} to ${newSize} has more hashes than it needs`);
    if (fn % 2 === 1 || fn === sn) {
      // 6b: fr = HASH(0x01 || c || fr); sr = HASH(0x01 || c || sr) …
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      // … and if LSB(fn) is not set, shift fn and sn right until LSB(fn) is set or fn is 0.
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      // 6b otherwise: sr = HASH(0x01 || sr || c).
      sr = nodeHash(sr, c);
    }
    // 6c: shift fn and sn right once.
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  // Step 7: fr must equal first_hash, sr must equal second_hash, and sn must be 0.
  if (sn !== 0) return rejected(`proof from ${oldSize} to ${newSize} has fewer hashes than it needs`);
  if (!equalBytes(fr, oldRoot)) return rejected('the proof does not lead to the old root');
  if (!equalBytes(sr, newRoot)) return rejected('the proof does not lead to the new root');
  return verified;
}

function isPowerOfTwo(x: number): boolean {
  let v = x;
  while (v > 1 && v % 2 === 0) v /= 2;
  return v === 1;
}

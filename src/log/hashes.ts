// The RFC 6962 hashing of a Merkle log: leaf hashes, interior node hashes and the empty tree's root.
import { hash } from 'node:crypto';

/** Every hash in an RFC 6962 SHA-256 log is this many bytes. */
export const HASH_SIZE = 32;

/**
 * The leaf hash of `data`: RFC 6962 §2.1, MTH({d(0)}) = SHA-256(0x00 || d(0)).
 * Returns a fresh 32-byte array; never modifies `data`.
 */
export function leafHash(data: Uint8Array): Uint8Array {
  const input = scratch(data.length + 1);
  input[0] = 0x00; // RFC 6962 §2.1: leaf prefix 0x00
  input.set(data, 1);
  return sha256(input);
}

/**
 * The hash of an interior node: RFC 6962 §2.1, SHA-256(0x01 || left || right).
 * Accepts inputs of any length (as RFC 6962 does); the log itself only ever passes 32-byte hashes.
 */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const input = scratch(1 + left.length + right.length);
  input[0] = 0x01; // RFC 6962 §2.1: interior node prefix 0x01
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return sha256(input);
}

/** The root of the empty tree: RFC 6962 §2.1, MTH({}) = SHA-256(""). A fresh array each call. */
export function emptyRootHash(): Uint8Array {
  return sha256(new Uint8Array(0));
}

// One reusable input buffer: hashing is synchronous, so no two calls ever share it. It saves an allocation
// and a garbage collection per hash on the append path.
let scratchBuffer = new Uint8Array(1 + 0xffff);

/** A view of `length` bytes of the scratch buffer, grown when needed. */
function scratch(length: number): Uint8Array {
  if (length > scratchBuffer.length) scratchBuffer = new Uint8Array(length);
  return scratchBuffer.subarray(0, length);
}

/** SHA-256 of `bytes` as a fresh Uint8Array. */
export function sha256(bytes: Uint8Array): Uint8Array {
  const digest = hash('sha256', bytes, 'buffer');
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
}

/** Whether two byte arrays hold the same bytes (not constant-time: hashes here are public). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

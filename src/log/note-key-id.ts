// Key names and key IDs of C2SP signed-note keys (c2sp.org/signed-note §"Signatures").
import { sha256 } from './hashes.js';

const SPACE = /[\t\n\v\f\r \u0085\p{Z}]/u;

/**
 * The 32-bit key ID of a signed-note key: the first four bytes, big-endian, of
 * SHA-256(key name || 0x0A || signature type || public key), where `typedKey` is the type byte then the key.
 */
export function noteKeyId(name: string, typedKey: Uint8Array): number {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(nameBytes.length + 1 + typedKey.length);
  input.set(nameBytes);
  input[nameBytes.length] = 0x0a;
  input.set(typedKey, nameBytes.length + 1);
  return firstUint32(sha256(input));
}

/** C2SP signed-note: a key name is non-empty and has no Unicode whitespace and no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !SPACE.test(name) && !name.includes('+') && !/\p{Surrogate}/u.test(name);
}

/** The first four bytes of `bytes` as a big-endian unsigned integer. */
export function firstUint32(bytes: Uint8Array): number {
  return (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0;
}

/** A key ID as the 8 lowercase hex digits of its key strings. */
export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** `keyId` as four big-endian bytes. */
export function keyIdBytes(keyId: number): Uint8Array {
  return Uint8Array.of(keyId >>> 24, (keyId >>> 16) & 0xff, (keyId >>> 8) & 0xff, keyId & 0xff);
}

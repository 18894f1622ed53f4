// Witness cosignature keys (c2sp.org/tlog-cosignature, signature type 0x04): cosign a checkpoint at a time, and check such cosignatures.
import { sign, verify } from 'node:crypto';
import { InvalidInput } from '../domain/errors.js';
import { ed25519PrivateKey, ed25519PublicKey, ed25519PublicKeyOf } from './ed25519-note-key.js';
import { isValidKeyName, keyIdHex, noteKeyId } from './note-key-id.js';
import type { NoteSigner, NoteVerifier } from './signed-note.js';
import { encodeBase64 } from './strict-base64.js';

/** C2SP tlog-cosignature: signature type of Ed25519 witness cosignatures. */
export const COSIGNATURE_TYPE = 0x04;

/**
 * The message a witness signs: `cosignature/v1\ntime <timestamp>\n` followed by the checkpoint text
 * (C2SP tlog-cosignature). `timestamp` is in seconds since the Unix epoch.
 */
export function cosignatureMessage(checkpointText: string, timestamp: number): string {
  return `cosignature/v1\ntime ${timestamp}\n${checkpointText}`;
}

/**
 * The timestamp (seconds) of a cosignature's signature bytes (after the key ID): a big-endian uint64 followed
 * by a 64-byte Ed25519 signature. Undefined when the bytes have another length or the time exceeds 2^53.
 */
export function cosignatureTimestamp(signature: Uint8Array): number | undefined {
  if (signature.length !== 8 + 64) return undefined;
  const time = new DataView(signature.buffer, signature.byteOffset, 8).getBigUint64(0);
  return time <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(time) : undefined;
}

/** A note verifier for the witness key `publicKey` (32-byte Ed25519) named `name`. */
export function cosignatureNoteVerifier(name: string, publicKey: Uint8Array): NoteVerifier {
  const key = ed25519PublicKey(publicKey);
  return {
    name,
    keyId: noteKeyId(name, Uint8Array.of(COSIGNATURE_TYPE, ...publicKey)),
    verify: (text, signature) => {
      const timestamp = cosignatureTimestamp(signature);
      if (timestamp === undefined) return false;
      return verify(null, cosignedBytes(text, timestamp), key, signature.subarray(8));
    },
  };
}

/**
 * A signer that cosigns as witness `name` (32-byte Ed25519 `seed`) at `timestamp` seconds: add it to a
 * checkpoint note with signNote(parseNote(note), cosigner). The time comes in: this module reads no clock.
 */
export function witnessCosigner(name: string, seed: Uint8Array, timestamp: number): NoteSigner {
  if (!isValidKeyName(name))
    throw new InvalidInput(`cosignature: witness name "${name}" is not a valid key name`);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new InvalidInput(
      `cosignature: expected a timestamp in whole seconds ≥ 0, found ${String(timestamp)}`,
    );
  }
  const key = ed25519PrivateKey(seed);
  const publicKey = ed25519PublicKeyOf(seed);
  return {
    name,
    keyId: noteKeyId(name, Uint8Array.of(COSIGNATURE_TYPE, ...publicKey)),
    sign: (text) => {
      const out = new Uint8Array(8 + 64);
      new DataView(out.buffer).setBigUint64(0, BigInt(timestamp));
      out.set(sign(null, cosignedBytes(text, timestamp), key), 8);
      return out;
    },
  };
}

/** cosignatureMessage as bytes, from the checkpoint text's bytes. */
function cosignedBytes(text: Uint8Array, timestamp: number): Uint8Array {
  const header = new TextEncoder().encode(cosignatureMessage('', timestamp));
  const out = new Uint8Array(header.length + text.length);
  out.set(header);
  out.set(text, header.length);
  return out;
}

/** The verifier key string `<name>+<key ID>+<base64(0x04 || public key)>` of a witness seed. */
export function witnessVerifierKey(name: string, seed: Uint8Array): string {
  const typed = Uint8Array.of(COSIGNATURE_TYPE, ...ed25519PublicKeyOf(seed));
  return `${name}+${keyIdHex(noteKeyId(name, typed))}+${encodeBase64(typed)}`;
}

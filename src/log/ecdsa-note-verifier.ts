// Verify-only signed-note keys of other logs: ECDSA P-256 (type 0x02, e.g. Rekor) and RFC 6962 tree head signatures (type 0x05, static-ct).
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { InvalidInput } from '../domain/errors.js';
import { parseCheckpoint } from './checkpoint.js';
import { sha256 } from './hashes.js';
import { firstUint32, noteKeyId } from './note-key-id.js';
import type { NoteVerifier } from './signed-note.js';

/** Signature type of ECDSA P-256 / SHA-256 note keys (transparency-dev/formats, Sigstore). */
export const ECDSA_TYPE = 0x02;
/** Signature type of RFC 6962 TreeHeadSignature note keys (c2sp.org/static-ct-api). */
export const RFC6962_STH_TYPE = 0x05;

/**
 * A verifier for an ECDSA P-256 key given as DER SubjectPublicKeyInfo. Its key ID is SHA-256(DER)[:4]
 * (the Sigstore key hint); a signature is an ASN.1 DER ECDSA signature over the note text's SHA-256.
 */
export function ecdsaNoteVerifier(name: string, spkiDer: Uint8Array): NoteVerifier {
  const key = p256Key(spkiDer);
  return {
    name,
    keyId: firstUint32(sha256(spkiDer)),
    verify: (text, signature) => safeVerify(text, key, signature),
  };
}

/**
 * A verifier for a static-ct-api log key (P-256 SPKI DER). Key ID: SHA-256(name || 0x0A || 0x05 || SHA-256(DER))[:4].
 * A signature is timestamp (u64 ms) || TLS DigitallySigned(SHA-256, ECDSA) over the RFC 6962 §3.5
 * TreeHeadSignature of the checkpoint's size and root, so the note text MUST be a checkpoint with a 32-byte root.
 */
export function rfc6962NoteVerifier(name: string, spkiDer: Uint8Array): NoteVerifier {
  const key = p256Key(spkiDer);
  return {
    name,
    keyId: noteKeyId(name, Uint8Array.of(RFC6962_STH_TYPE, ...sha256(spkiDer))),
    verify: (text, signature) => {
      // timestamp(8) || hash algorithm(1) = sha256(4) || signature algorithm(1) = ecdsa(3) || length(2) || signature
      if (signature.length < 12 || signature[8] !== 4 || signature[9] !== 3) return false;
      const length = ((signature[10] ?? 0) << 8) | (signature[11] ?? 0);
      if (signature.length !== 12 + length) return false;
      let checkpoint;
      try {
        checkpoint = parseCheckpoint(new TextDecoder('utf-8', { fatal: true }).decode(text));
      } catch {
        return false;
      }
      // RFC 6962 §3.5: struct { Version version = v1(0); SignatureType = tree_hash(1); uint64 timestamp;
      // uint64 tree_size; opaque sha256_root_hash[32]; } TreeHeadSignature.
      const signed = new Uint8Array(50);
      signed[0] = 0;
      signed[1] = 1;
      signed.set(signature.subarray(0, 8), 2);
      new DataView(signed.buffer).setBigUint64(10, BigInt(checkpoint.size));
      signed.set(checkpoint.rootHash, 18);
      return safeVerify(signed, key, signature.subarray(12));
    },
  };
}

function p256Key(spkiDer: Uint8Array): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' });
  } catch (cause) {
    throw new InvalidInput('note key: expected a DER SubjectPublicKeyInfo, found bytes that do not parse', {
      cause,
    });
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new InvalidInput(`note key: expected an ECDSA P-256 key, found ${String(key.asymmetricKeyType)}`);
  }
  return key;
}

function safeVerify(data: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  try {
    return verify('sha256', data, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false; // a signature that is not DER is simply not a valid signature
  }
}

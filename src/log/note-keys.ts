// Reads verifier and signer key strings of every signature type claimlog understands.
import { InvalidInput } from '../domain/errors.js';
import { COSIGNATURE_TYPE, cosignatureNoteVerifier } from './cosignature-key.js';
import {
  ECDSA_TYPE,
  ecdsaNoteVerifier,
  RFC6962_STH_TYPE,
  rfc6962NoteVerifier,
} from './ecdsa-note-verifier.js';
import { ED25519_TYPE, ed25519NoteVerifier, parseSignerKey, splitKeyString } from './ed25519-note-key.js';
import { isValidKeyName, keyIdHex } from './note-key-id.js';
import type { NoteVerifier } from './signed-note.js';
import { decodeBase64 } from './strict-base64.js';

export { parseSignerKey };

/**
 * The verifier of a key string `<name>+<key ID hex>+<base64(type || key)>`, for type 0x01 (Ed25519),
 * 0x02 (ECDSA P-256, SPKI DER), 0x04 (Ed25519 witness cosignature) or 0x05 (RFC 6962 tree head, SPKI DER).
 * Throws InvalidInput unless the name is valid, the key ID is 8 hex digits and matches the key, and the key
 * has a known type and the right length.
 */
export function parseVerifierKey(verifierKey: string): NoteVerifier {
  const [name, idHex, key64] = splitKeyString(verifierKey);
  if (!isValidKeyName(name))
    throw malformed(verifierKey, `key name "${name}" is empty or has a space or '+'`);
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) throw malformed(verifierKey, `key ID "${idHex}" is not 8 hex digits`);
  const key = decodeBase64(key64);
  if (key === undefined || key.length < 2)
    throw malformed(verifierKey, 'the key is not Base64 of a typed key');
  const type = key[0];
  const body = key.subarray(1);
  let verifier: NoteVerifier;
  if (type === ED25519_TYPE || type === COSIGNATURE_TYPE) {
    if (body.length !== 32) throw malformed(verifierKey, `an Ed25519 key is 32 bytes, found ${body.length}`);
    verifier = type === ED25519_TYPE ? ed25519NoteVerifier(name, body) : cosignatureNoteVerifier(name, body);
  } else if (type === ECDSA_TYPE || type === RFC6962_STH_TYPE) {
    try {
      verifier = type === ECDSA_TYPE ? ecdsaNoteVerifier(name, body) : rfc6962NoteVerifier(name, body);
    } catch (error) {
      if (error instanceof InvalidInput) throw malformed(verifierKey, error.message);
      throw error;
    }
  } else {
    throw malformed(verifierKey, `unknown signature type 0x${(type ?? 0).toString(16).padStart(2, '0')}`);
  }
  if (keyIdHex(verifier.keyId) !== idHex.toLowerCase()) {
    throw malformed(verifierKey, `key ID ${idHex} does not match the key (${keyIdHex(verifier.keyId)})`);
  }
  return verifier;
}

function malformed(key: string, problem: string): InvalidInput {
  const shown = key.length > 120 ? `${key.slice(0, 120)}…` : key;
  return new InvalidInput(`note key: malformed verifier key "${shown}": ${problem}`);
}

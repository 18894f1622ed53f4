// Ed25519 signed-note keys (signature type 0x01): signers, verifiers and the PRIVATE+KEY / verifier key strings.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { InvalidInput } from '../domain/errors.js';
import { isValidKeyName, keyIdHex, noteKeyId } from './note-key-id.js';
import type { NoteSigner, NoteVerifier } from './signed-note.js';
import { decodeBase64, encodeBase64 } from './strict-base64.js';

/** C2SP signed-note signature type of Ed25519 keys. */
export const ED25519_TYPE = 0x01;

// DER prefixes that wrap a raw Ed25519 seed (PKCS #8) or public key (SPKI) for node:crypto.
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

/** A node:crypto private key from a 32-byte Ed25519 seed. */
export function ed25519PrivateKey(seed: Uint8Array): KeyObject {
  if (seed.length !== 32)
    throw new InvalidInput(`note key: an Ed25519 seed is 32 bytes, found ${seed.length}`);
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** A node:crypto public key from a 32-byte raw Ed25519 public key. */
export function ed25519PublicKey(publicKey: Uint8Array): KeyObject {
  if (publicKey.length !== 32) {
    throw new InvalidInput(`note key: an Ed25519 public key is 32 bytes, found ${publicKey.length}`);
  }
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

/** The raw 32-byte public key of an Ed25519 seed. */
export function ed25519PublicKeyOf(seed: Uint8Array): Uint8Array {
  const spki = createPublicKey(ed25519PrivateKey(seed)).export({ format: 'der', type: 'spki' });
  return Uint8Array.from(spki.subarray(spki.length - 32));
}

/** A note verifier for the Ed25519 key `publicKey` named `name`. */
export function ed25519NoteVerifier(name: string, publicKey: Uint8Array): NoteVerifier {
  const key = ed25519PublicKey(publicKey);
  return {
    name: checkedName(name),
    keyId: noteKeyId(name, Uint8Array.of(ED25519_TYPE, ...publicKey)),
    verify: (text, signature) => signature.length === 64 && verify(null, text, key, signature),
  };
}

/** A note signer for the Ed25519 seed `seed` named `name`. Ed25519 is deterministic: same text, same signature. */
export function ed25519NoteSigner(name: string, seed: Uint8Array): NoteSigner {
  const key = ed25519PrivateKey(seed);
  const publicKey = ed25519PublicKeyOf(seed);
  return {
    name: checkedName(name),
    keyId: noteKeyId(name, Uint8Array.of(ED25519_TYPE, ...publicKey)),
    sign: (text) => new Uint8Array(sign(null, text, key)),
  };
}

/**
 * The signer key string (`PRIVATE+KEY+<name>+<key ID hex>+<base64(0x01 || seed)>`) and verifier key string
 * (`<name>+<key ID hex>+<base64(0x01 || public key)>`) of an Ed25519 seed, as Go's sumdb/note writes them.
 */
export function ed25519NoteKeys(name: string, seed: Uint8Array): { signerKey: string; verifierKey: string } {
  const publicKey = ed25519PublicKeyOf(seed);
  const id = keyIdHex(noteKeyId(checkedName(name), Uint8Array.of(ED25519_TYPE, ...publicKey)));
  return {
    signerKey: `PRIVATE+KEY+${name}+${id}+${encodeBase64(Uint8Array.of(ED25519_TYPE, ...seed))}`,
    verifierKey: `${name}+${id}+${encodeBase64(Uint8Array.of(ED25519_TYPE, ...publicKey))}`,
  };
}

/**
 * The signer of a `PRIVATE+KEY+<name>+<key ID hex>+<base64(0x01 || seed)>` string. Throws InvalidInput unless
 * the string has that form, an Ed25519 seed, and the key ID of the seed's public key.
 */
export function parseSignerKey(signerKey: string): NoteSigner {
  const prefix = 'PRIVATE+KEY+';
  if (!signerKey.startsWith(prefix)) throw malformedSigner('it does not start with PRIVATE+KEY+');
  const [name, idHex, key64] = splitKeyString(signerKey.slice(prefix.length));
  if (!isValidKeyName(name)) throw malformedSigner(`key name "${name}" is empty or has a space or '+'`);
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) throw malformedSigner(`key ID "${idHex}" is not 8 hex digits`);
  const key = decodeBase64(key64);
  if (key === undefined) throw malformedSigner('the key is not Base64');
  if (key[0] !== ED25519_TYPE || key.length !== 33) {
    throw malformedSigner(
      `expected type 0x01 and a 32-byte Ed25519 seed, found ${key.length} bytes of type ${String(key[0])}`,
    );
  }
  const signer = ed25519NoteSigner(name, key.subarray(1));
  if (keyIdHex(signer.keyId) !== idHex.toLowerCase())
    throw malformedSigner(`key ID ${idHex} does not match the key (${keyIdHex(signer.keyId)})`);
  return signer;
}

/** The verifier key string of a signer key string (`PRIVATE+KEY+…`). Throws InvalidInput when it is malformed. */
export function verifierKeyOf(signerKey: string): string {
  parseSignerKey(signerKey);
  const [name, , key64] = splitKeyString(signerKey.slice('PRIVATE+KEY+'.length));
  return ed25519NoteKeys(name, (decodeBase64(key64) as Uint8Array).subarray(1)).verifierKey;
}

/** Splits `name+hash+key` at its first two '+' (the Base64 key may itself contain '+'). */
export function splitKeyString(text: string): [string, string, string] {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) return [text, '', ''];
  return [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
}

function checkedName(name: string): string {
  if (!isValidKeyName(name)) {
    throw new InvalidInput(`note key: key name "${name}" must be non-empty, without spaces or '+'`);
  }
  return name;
}

function malformedSigner(problem: string): InvalidInput {
  return new InvalidInput(`note key: malformed signer key: ${problem}`);
}

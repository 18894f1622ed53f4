// The log's identity: its origin and Ed25519 signer key, made on first use and kept in a file only its owner can read.

import { createHash } from 'node:crypto';
import { InvalidInput } from '../domain/errors.js';
import { parseSignerKey } from '../log/ed25519-note-key.js';
import { loadOrCreateKeyFile } from '../log/key-file.js';
import type { NoteSigner } from '../log/signed-note.js';

export interface LogIdentity {
  /** The checkpoint origin, which is also the key's name. */
  origin: string;
  signer: NoteSigner;
  /** The verifier key string (`<origin>+<key ID>+<base64>`) anyone needs to check the log offline. */
  verifierKey: string;
  keyFile: string;
}

/**
 * The origin of a new log whose key has `publicKey`: `claimlog.local/` and 16 hex digits of the key's
 * SHA-256. Derived from the key, not the host or folder, so it is unique per log, says nothing about the
 * machine, and stays the same when the folder moves (an origin is fixed for a log's whole life).
 */
export function defaultLogOrigin(publicKey: Uint8Array): string {
  return `claimlog.local/${createHash('sha256').update(publicKey).digest('hex').slice(0, 16)}`;
}

/**
 * The identity kept in `keyFile`, made there on first use with `origin` (or defaultLogOrigin). Throws
 * InvalidInput when an `origin` is asked for but the existing key was made for another: a log keeps the
 * origin its first checkpoint named.
 */
export async function loadLogIdentity(options: {
  keyFile: string;
  origin: string | null;
}): Promise<LogIdentity> {
  const keys = await loadOrCreateKeyFile(options.keyFile, options.origin ?? defaultLogOrigin);
  const signer = parseSignerKey(keys.signerKey);
  if (options.origin !== null && options.origin !== signer.name) {
    throw new InvalidInput(
      `CLAIMLOG_LOG_ORIGIN is ${options.origin}, but the log key ${options.keyFile} was made for origin ${signer.name}; ` +
        'a log keeps its origin for life: unset CLAIMLOG_LOG_ORIGIN, or point CLAIMLOG_LOG_KEY_FILE at another key to start another log',
    );
  }
  return { origin: signer.name, signer, verifierKey: keys.verifierKey, keyFile: options.keyFile };
}

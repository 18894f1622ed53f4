// Adapter: makes and keeps the log's Ed25519 signer key in a file only its owner can read.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Conflict, InvalidInput, NotFound } from '../domain/errors.js';
import { ed25519NoteKeys, ed25519PublicKeyOf, parseSignerKey, verifierKeyOf } from './ed25519-note-key.js';

/** A signer key string (`PRIVATE+KEY+…`) and the verifier key string (`<name>+<id>+<key>`) that goes with it. */
export interface NoteKeyPair {
  signerKey: string;
  verifierKey: string;
}

/** A key's name, or how to name it from its 32-byte Ed25519 public key (e.g. an origin derived from the key). */
export type KeyName = string | ((publicKey: Uint8Array) => string);

/** A new Ed25519 note key named `name` (e.g. the log's origin), from 32 bytes of the system's randomness. */
export function generateNoteKey(name: KeyName): NoteKeyPair {
  const seed = new Uint8Array(randomBytes(32));
  return ed25519NoteKeys(typeof name === 'string' ? name : name(ed25519PublicKeyOf(seed)), seed);
}

/**
 * Writes `signerKey` to `path` with mode 0600, creating its folder with mode 0700. Never overwrites: throws
 * Conflict when the file exists (a log's key is for life: losing it means a new log).
 */
export async function writeKeyFile(path: string, signerKey: string): Promise<void> {
  parseSignerKey(signerKey);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Conflict(`key file ${path} already exists; refusing to replace a log key`, { cause: error });
    }
    throw error;
  }
  await chmod(path, 0o600); // the umask may have narrowed the mode, never widened it; make it exact
}

/**
 * Reads the key pair kept at `path`. Throws NotFound when there is no file, and InvalidInput when group or
 * others may read or write it (mode must be 0600 or stricter) or when it does not hold a signer key.
 */
export async function readKeyFile(path: string): Promise<NoteKeyPair> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new NotFound(`no key file at ${path}`, { cause: error });
    throw error;
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new InvalidInput(
      `key file ${path} has mode ${(mode & 0o777).toString(8).padStart(4, '0')}; expected 0600 (readable by its owner only): run chmod 600`,
    );
  }
  const signerKey = (await readFile(path, 'utf8')).trim();
  try {
    return { signerKey, verifierKey: verifierKeyOf(signerKey) };
  } catch (error) {
    throw new InvalidInput(`key file ${path} does not hold a signer key`, { cause: error });
  }
}

/** The key pair at `path`, made (named `name`) and written there on first use. */
export async function loadOrCreateKeyFile(
  path: string,
  name: KeyName,
): Promise<NoteKeyPair & { created: boolean }> {
  try {
    return { ...(await readKeyFile(path)), created: false };
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  const keys = generateNoteKey(name);
  try {
    await writeKeyFile(path, keys.signerKey);
  } catch (error) {
    // Another process made the key between our read and write: use theirs.
    if (error instanceof Conflict) return { ...(await readKeyFile(path)), created: false };
    throw error;
  }
  return { ...keys, created: true };
}

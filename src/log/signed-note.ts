// C2SP signed notes (c2sp.org/signed-note): text plus signature lines, as Go's golang.org/x/mod/sumdb/note reads and writes them.
import { InvalidInput } from '../domain/errors.js';
import { firstUint32, isValidKeyName, keyIdBytes, keyIdHex } from './note-key-id.js';
import { parseSignerKey, parseVerifierKey } from './note-keys.js';
import { decodeBase64, encodeBase64 } from './strict-base64.js';

/**
 * Checks signatures of one key. `verify` MUST return true only for a valid signature by this key over exactly
 * `text` (the note text's UTF-8 bytes, final newline included), and MUST return false, never throw, otherwise.
 */
export interface NoteVerifier {
  readonly name: string;
  /** The key's 32-bit key ID (see noteKeyId). */
  readonly keyId: number;
  verify(text: Uint8Array, signature: Uint8Array): boolean;
}

/** Signs note texts with one key. `sign` returns the signature without the 4-byte key ID. */
export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(text: Uint8Array): Uint8Array;
}

/** One signature line of a note. */
export interface NoteSignature {
  name: string;
  keyId: number;
  /** The Base64 of the line: key ID then signature. */
  base64: string;
  /** The signature bytes after the key ID. */
  signature: Uint8Array;
}

/** A note as parsed: its text (ending in a newline) and its signature lines in order. */
export interface Note {
  text: string;
  signatures: NoteSignature[];
}

export type OpenedNote =
  | { ok: true; text: string; verified: NoteSignature[]; unverified: NoteSignature[] }
  | { ok: false; reason: string };

/** A note may carry at most this many signature lines (as in Go; C2SP asks verifiers to accept at least 16). */
export const MAX_NOTE_SIGNATURES = 100;

const SIG_PREFIX = '\u2014 '; // C2SP signed-note: each signature line starts with an em dash and a space.

/**
 * The signed note of `note` (a text, or a parsed note whose signatures are kept) with a signature line by each
 * of `signers` (key strings `PRIVATE+KEY+…` or NoteSigners) appended. A kept signature by the same key as a new
 * one is replaced. Throws InvalidInput when the text does not end in a newline or holds a control character
 * other than newline, or when a signer key is malformed.
 */
export function signNote(
  note: string | Note,
  signers: string | NoteSigner | readonly (string | NoteSigner)[],
): string {
  const { text, signatures } = typeof note === 'string' ? { text: note, signatures: [] } : note;
  const problem = textProblem(text);
  if (problem !== undefined) throw new InvalidInput(`signed note: cannot sign: ${problem}`);
  if (!text.endsWith('\n'))
    throw new InvalidInput('signed note: cannot sign: the text must end with a newline');
  const list = (typeof signers === 'string' || !Array.isArray(signers) ? [signers] : signers) as (
    string | NoteSigner
  )[];
  const bytes = new TextEncoder().encode(text);
  const fresh = list.map((s) => {
    const signer = typeof s === 'string' ? parseSignerKey(s) : s;
    const signature = signer.sign(bytes);
    const base64 = encodeBase64(Uint8Array.from([...keyIdBytes(signer.keyId), ...signature]));
    return { name: signer.name, keyId: signer.keyId, base64, signature };
  });
  const replaced = new Set(fresh.map((s) => `${s.name}+${s.keyId}`));
  const kept = signatures.filter((s) => !replaced.has(`${s.name}+${s.keyId}`));
  return formatNote({ text, signatures: [...kept, ...fresh] });
}

/** The bytes of a note as text: its text, a blank line, then one line per signature. */
export function formatNote(note: Note): string {
  return `${note.text}\n${note.signatures.map((s) => `${SIG_PREFIX}${s.name} ${s.base64}\n`).join('')}`;
}

/**
 * Parses a signed note without checking any signature. Throws InvalidInput saying what is malformed:
 * invalid UTF-8, a control character other than newline, no blank line before the signatures, a signature
 * line that is not `— <name> <base64>` with at least 5 bytes, more than MAX_NOTE_SIGNATURES lines, or a
 * missing final newline. The text is everything up to and including the newline before the LAST blank line.
 */
export function parseNote(message: string | Uint8Array): Note {
  let msg: string;
  if (typeof message === 'string') {
    msg = message;
  } else {
    try {
      msg = new TextDecoder('utf-8', { fatal: true }).decode(message);
    } catch (cause) {
      throw malformed('it is not valid UTF-8', cause);
    }
  }
  const problem = textProblem(msg);
  if (problem !== undefined) throw malformed(problem);
  const split = msg.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line separates the text from the signatures');
  const text = msg.slice(0, split + 1);
  const block = msg.slice(split + 2);
  if (block.length === 0) throw malformed('it has no signature lines');
  if (!block.endsWith('\n')) throw malformed('the last signature line does not end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) {
    throw malformed(`it has ${lines.length} signature lines, more than the ${MAX_NOTE_SIGNATURES} accepted`);
  }
  const signatures = lines.map((line, i) => {
    const where = `signature line ${i + 1}`;
    if (!line.startsWith(SIG_PREFIX)) throw malformed(`${where} does not start with "— "`);
    const rest = line.slice(SIG_PREFIX.length);
    const space = rest.indexOf(' ');
    const name = space < 0 ? rest : rest.slice(0, space);
    const base64 = space < 0 ? '' : rest.slice(space + 1);
    if (!isValidKeyName(name))
      throw malformed(`${where} has key name "${name}": empty, or with a space or '+'`);
    const bytes = decodeBase64(base64);
    if (bytes === undefined || bytes.length < 5) {
      throw malformed(`${where} (${name}) has no Base64 signature of at least 5 bytes`);
    }
    return { name, keyId: firstUint32(bytes), base64, signature: bytes.subarray(4) };
  });
  return { text, signatures };
}

/**
 * Opens a signed note: parses it and checks its signatures against `verifiers` (verifier key strings
 * `<name>+<key ID>+<base64>` or NoteVerifiers). Signatures by keys not in the list are returned as
 * unverified and otherwise ignored; a repeated signature is counted once. Returns `{ ok: false, reason }`
 * when the note is malformed, when a signature by a listed key is invalid, or when no listed key signed.
 * Throws InvalidInput only for a malformed verifier key string (a configuration error, not a note problem).
 */
export function openNote(
  message: string | Uint8Array,
  verifiers: readonly (string | NoteVerifier)[],
): OpenedNote {
  const known = verifiers.map((v) => (typeof v === 'string' ? parseVerifierKey(v) : v));
  let note: Note;
  try {
    note = parseNote(message);
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, reason: error.message };
    throw error;
  }
  const textBytes = new TextEncoder().encode(note.text);
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seen = new Set<string>();
  for (const signature of note.signatures) {
    const verifier = known.find((v) => v.name === signature.name && v.keyId === signature.keyId);
    const key =
      verifier === undefined
        ? `? ${signature.name} ${signature.base64}`
        : `${signature.name}+${signature.keyId}`;
    if (seen.has(key)) continue; // Go sumdb/note: repeated signatures are dropped
    seen.add(key);
    if (verifier === undefined) {
      unverified.push(signature);
    } else if (verifier.verify(textBytes, signature.signature)) {
      verified.push(signature);
    } else {
      return {
        ok: false,
        reason: `invalid signature for key ${signature.name}+${keyIdHex(signature.keyId)}`,
      };
    }
  }
  if (verified.length === 0) {
    const names = known.map((v) => `${v.name}+${keyIdHex(v.keyId)}`).join(', ') || 'none';
    return { ok: false, reason: `the note has no valid signature by a trusted key (trusted: ${names})` };
  }
  return { ok: true, text: note.text, verified, unverified };
}

/** Why `text` cannot be part of a note (a control character or a lone surrogate), or undefined. */
function textProblem(text: string): string | undefined {
  // C2SP signed-note: UTF-8 with no ASCII control characters except newline.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0009\u000b-\u001f]/.exec(text);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    return `it holds control character U+${code} at offset ${control.index}`;
  }
  if (/\p{Surrogate}/u.test(text)) return 'it holds a lone surrogate (not valid Unicode)';
  return undefined;
}

function malformed(problem: string, cause?: unknown): InvalidInput {
  return new InvalidInput(`signed note: malformed note: ${problem}`, cause === undefined ? {} : { cause });
}

// Opens a log's signed checkpoint: the log's signature, the checkpoint body, and a quorum of witness cosignatures.
import { InvalidInput } from '../domain/errors.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { cosignatureTimestamp } from './cosignature-key.js';
import { parseVerifierKey } from './note-keys.js';
import { openNote, type NoteVerifier } from './signed-note.js';

export interface OpenCheckpointOptions {
  /** The log's verifier key: its signature is required. */
  logKey: string | NoteVerifier;
  /** When given, the checkpoint's origin must be this. */
  origin?: string;
  /** Witness verifier keys (type 0x04 cosignatures, or any note key) whose signatures count toward the quorum. */
  witnessKeys?: readonly (string | NoteVerifier)[];
  /** How many distinct witnesses of `witnessKeys` must have cosigned (default 0). */
  quorum?: number;
}

/** A witness signature that verified. `timestamp` is set for C2SP cosignatures (type 0x04), in seconds. */
export interface VerifiedCosignature {
  name: string;
  keyId: number;
  timestamp: number | undefined;
  /** The signature line's Base64, to keep the cosignature verbatim. */
  base64: string;
}

export type OpenedCheckpoint =
  | { ok: true; checkpoint: Checkpoint; text: string; cosignatures: VerifiedCosignature[] }
  | { ok: false; reason: string };

/**
 * Opens a signed checkpoint note: the log key MUST have signed it, its body MUST parse as a checkpoint (of
 * `origin` when given, with a 32-byte root), and at least `quorum` distinct witnesses of `witnessKeys` MUST
 * have valid signatures. Signatures by unknown keys are ignored; an invalid signature by a known key fails
 * the whole note. Every failure is a value; throws InvalidInput only for malformed keys or quorum.
 */
export function openCheckpoint(note: string | Uint8Array, options: OpenCheckpointOptions): OpenedCheckpoint {
  const logVerifier = typeof options.logKey === 'string' ? parseVerifierKey(options.logKey) : options.logKey;
  const witnesses = (options.witnessKeys ?? []).map((k) => (typeof k === 'string' ? parseVerifierKey(k) : k));
  const quorum = options.quorum ?? 0;
  if (!Number.isSafeInteger(quorum) || quorum < 0 || quorum > witnesses.length) {
    throw new InvalidInput(
      `checkpoint: expected a quorum between 0 and ${witnesses.length} witnesses, found ${quorum}`,
    );
  }
  const opened = openNote(note, [logVerifier, ...witnesses]);
  if (!opened.ok) return opened;
  const isLog = (s: { name: string; keyId: number }): boolean =>
    s.name === logVerifier.name && s.keyId === logVerifier.keyId;
  if (!opened.verified.some(isLog)) {
    return { ok: false, reason: `the checkpoint is not signed by the log key ${logVerifier.name}` };
  }
  let checkpoint: Checkpoint;
  try {
    checkpoint = parseCheckpoint(opened.text, options.origin === undefined ? {} : { origin: options.origin });
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, reason: error.message };
    throw error;
  }
  const cosignatures = opened.verified
    .filter((s) => !isLog(s))
    .map((s) => ({
      name: s.name,
      keyId: s.keyId,
      timestamp: cosignatureTimestamp(s.signature),
      base64: s.base64,
    }));
  const distinct = new Set(cosignatures.map((c) => `${c.name}+${c.keyId}`)).size;
  if (distinct < quorum) {
    return { ok: false, reason: `${distinct} of the required ${quorum} witnesses cosigned the checkpoint` };
  }
  return { ok: true, checkpoint, text: opened.text, cosignatures };
}

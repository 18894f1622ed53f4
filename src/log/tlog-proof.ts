// C2SP transparency log proofs (c2sp.org/tlog-proof@v1): a leaf's index, its inclusion proof and a signed checkpoint, checkable offline.
import { Conflict, InvalidInput } from '../domain/errors.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { equalBytes, HASH_SIZE, leafHash } from './hashes.js';
import type { HashReader } from './hash-reader.js';
import { openCheckpoint, type OpenCheckpointOptions, type VerifiedCosignature } from './open-checkpoint.js';
import { proveInclusion } from './prove-inclusion.js';
import { parseNote } from './signed-note.js';
import { decodeBase64, encodeBase64 } from './strict-base64.js';
import { readTreeHash } from './tree-hash.js';
import { verifyInclusion } from './verify-inclusion.js';

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

/** A proof that the leaf at `index` is in the tree of the signed `checkpoint`. */
export interface TlogProof {
  /** Opaque data for the application, carried along (absent when the proof has no `extra` line). */
  extra?: Uint8Array;
  index: number;
  /** The RFC 6962 inclusion proof for `index` in the checkpoint's tree, leaf to root. */
  proof: Uint8Array[];
  /** The signed checkpoint note, as the log (and witnesses) signed it. */
  checkpoint: string;
}

/** At most this many proof hashes: a tree of fewer than 2^63 leaves needs no more. */
const MAX_PROOF_HASHES = 63;

/**
 * The text of a proof: `c2sp.org/tlog-proof@v1`, an optional `extra <base64>` line, `index <N>`, one Base64
 * line per proof hash, an empty line, then the checkpoint note. Throws InvalidInput for an index outside
 * [0, 2^53), a proof hash that is not 32 bytes, or a checkpoint that is not a signed note.
 */
export function formatTlogProof(proof: TlogProof): string {
  if (!Number.isSafeInteger(proof.index) || proof.index < 0) {
    throw new InvalidInput(`tlog proof: expected an index in [0, 2^53), found ${String(proof.index)}`);
  }
  proof.proof.forEach((h, i) => {
    if (h.length !== HASH_SIZE)
      throw new InvalidInput(`tlog proof: proof hash ${i} is ${h.length} bytes, expected 32`);
  });
  parseNote(proof.checkpoint);
  const lines = [TLOG_PROOF_HEADER];
  if (proof.extra !== undefined) lines.push(`extra ${encodeBase64(proof.extra)}`);
  lines.push(`index ${proof.index}`, ...proof.proof.map(encodeBase64));
  return `${lines.join('\n')}\n\n${proof.checkpoint}`;
}

/**
 * Parses a proof's text. Throws InvalidInput naming the line when the header, `extra`, `index` or a proof
 * hash line is malformed, when there are more than 63 proof hashes, when the empty line is missing, or when
 * what follows it is not a signed note. Checks no signature and no hash: see verifyTlogProof.
 */
export function parseTlogProof(text: string): TlogProof {
  const blank = text.indexOf('\n\n');
  if (blank < 0) throw malformed('no empty line before the checkpoint');
  const lines = text.slice(0, blank).split('\n');
  const checkpoint = text.slice(blank + 2);
  if (lines[0] !== TLOG_PROOF_HEADER) {
    throw malformed(
      `line 1: expected ${TLOG_PROOF_HEADER}, found ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`,
    );
  }
  let at = 1;
  let extra: Uint8Array | undefined;
  if (lines[at]?.startsWith('extra ') === true) {
    extra = decodeBase64((lines[at] as string).slice('extra '.length));
    if (extra === undefined) throw malformed(`line ${at + 1}: the extra data is not Base64`);
    at++;
  }
  const indexLine = /^index (0|[1-9][0-9]{0,15})$/.exec(lines[at] ?? '');
  const index = Number(indexLine?.[1]);
  if (indexLine === null || !Number.isSafeInteger(index)) {
    throw malformed(
      `line ${at + 1}: expected "index <decimal below 2^53>", found ${JSON.stringify((lines[at] ?? '').slice(0, 60))}`,
    );
  }
  at++;
  const hashLines = lines.slice(at);
  if (hashLines.length > MAX_PROOF_HASHES)
    throw malformed(`${hashLines.length} proof hashes, more than ${MAX_PROOF_HASHES}`);
  const proof = hashLines.map((line, i) => {
    const hash = decodeBase64(line);
    if (hash?.length !== HASH_SIZE) throw malformed(`line ${at + i + 1}: expected a Base64 32-byte hash`);
    return hash;
  });
  try {
    parseNote(checkpoint);
  } catch (cause) {
    throw malformed('what follows the empty line is not a signed checkpoint note', cause);
  }
  return extra === undefined ? { index, proof, checkpoint } : { extra, index, proof, checkpoint };
}

/**
 * The proof for leaf `index` against `signedCheckpoint` (a checkpoint note of the log behind `reader`), as text.
 * Reads O(log n) stored hashes. Throws InvalidInput when the note or index is malformed or the index is not
 * below the checkpoint's size, and Conflict when the checkpoint's root is not this log's root at that size.
 */
export async function createTlogProof(
  reader: HashReader,
  signedCheckpoint: string,
  index: number,
  extra?: Uint8Array,
): Promise<string> {
  const checkpoint = parseCheckpoint(parseNote(signedCheckpoint).text);
  const root = await readTreeHash(reader, checkpoint.size);
  if (!equalBytes(root, checkpoint.rootHash)) {
    throw new Conflict(`tlog proof: the checkpoint's root is not this log's root at size ${checkpoint.size}`);
  }
  const proof = await proveInclusion(reader, checkpoint.size, index);
  return formatTlogProof(
    extra === undefined
      ? { index, proof, checkpoint: signedCheckpoint }
      : { extra, index, proof, checkpoint: signedCheckpoint },
  );
}

export type VerifiedTlogProof =
  | {
      ok: true;
      index: number;
      checkpoint: Checkpoint;
      cosignatures: VerifiedCosignature[];
      extra?: Uint8Array;
    }
  | { ok: false; reason: string };

/**
 * Checks a proof offline: the checkpoint is signed by `logKey` (and cosigned by a quorum of `witnessKeys`
 * when asked), and `leaf` — the exact leaf bytes — is at the proof's index in the checkpoint's tree.
 * Every failure, a malformed proof included, is `{ ok: false, reason }`.
 */
export function verifyTlogProof(
  text: string,
  leaf: Uint8Array,
  options: OpenCheckpointOptions,
): VerifiedTlogProof {
  let parsed: TlogProof;
  try {
    parsed = parseTlogProof(text);
  } catch (error) {
    if (error instanceof InvalidInput) return { ok: false, reason: error.message };
    throw error;
  }
  const opened = openCheckpoint(parsed.checkpoint, options);
  if (!opened.ok) return opened;
  const { checkpoint, cosignatures } = opened;
  const inclusion = verifyInclusion(
    leafHash(leaf),
    parsed.index,
    checkpoint.size,
    parsed.proof,
    checkpoint.rootHash,
  );
  if (!inclusion.ok)
    return { ok: false, reason: `leaf ${parsed.index} is not proven in the checkpoint: ${inclusion.reason}` };
  const result = { ok: true as const, index: parsed.index, checkpoint, cosignatures };
  return parsed.extra === undefined ? result : { ...result, extra: parsed.extra };
}

function malformed(problem: string, cause?: unknown): InvalidInput {
  return new InvalidInput(`tlog proof: malformed proof: ${problem}`, cause === undefined ? {} : { cause });
}

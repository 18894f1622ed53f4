// Offline checks anyone can run with only the log's verifier key: a tlog-proof against a leaf, and a consistency proof between two checkpoints.

import { InvalidInput } from '../domain/errors.js';
import { openCheckpoint } from '../log/open-checkpoint.js';
import { decodeBase64 } from '../log/strict-base64.js';
import { verifyConsistency } from '../log/verify-consistency.js';
import { verifyTlogProof } from '../log/tlog-proof.js';

export type OfflineVerification =
  | { ok: true; index: number; size: number; origin: string; witnesses: string[] }
  | { ok: false; reason: string };

/**
 * Whether `proof` (a c2sp.org/tlog-proof@v1 text) shows that `leaf` (the exact leaf bytes) is in the tree
 * of a checkpoint signed by `logKey` and cosigned by at least `quorum` of `witnessKeys`. Opens no store and
 * needs no network. A failed check is a value with its reason; throws InvalidInput only for a malformed key.
 */
export function verifyLogProof(input: {
  proof: string;
  leaf: Uint8Array;
  logKey: string;
  witnessKeys?: readonly string[];
  quorum?: number;
}): OfflineVerification {
  const result = verifyTlogProof(input.proof, input.leaf, {
    logKey: input.logKey,
    witnessKeys: input.witnessKeys ?? [],
    quorum: input.quorum ?? 0,
  });
  if (!result.ok) return result;
  return {
    ok: true,
    index: result.index,
    size: result.checkpoint.size,
    origin: result.checkpoint.origin,
    witnesses: [...new Set(result.cosignatures.map((c) => c.name))],
  };
}

/**
 * Whether `proof` shows that the tree of checkpoint `newNote` extends that of `oldNote`, both signed by
 * `logKey`. Offline, like verifyLogProof.
 */
export function verifyConsistencyOffline(input: {
  oldNote: string;
  newNote: string;
  proof: readonly Uint8Array[];
  logKey: string;
}): { ok: true; oldSize: number; newSize: number; origin: string } | { ok: false; reason: string } {
  const old = openCheckpoint(input.oldNote, { logKey: input.logKey });
  if (!old.ok) return { ok: false, reason: `the old checkpoint: ${old.reason}` };
  const next = openCheckpoint(input.newNote, { logKey: input.logKey, origin: old.checkpoint.origin });
  if (!next.ok) return { ok: false, reason: `the new checkpoint: ${next.reason}` };
  const a = old.checkpoint;
  const b = next.checkpoint;
  const verdict = verifyConsistency(a.size, b.size, input.proof, a.rootHash, b.rootHash);
  return verdict.ok ? { ok: true, oldSize: a.size, newSize: b.size, origin: a.origin } : verdict;
}

/** The hashes of a consistency proof file: one Base64 hash per line (blank lines ignored). */
export function parseProofHashes(text: string, where: string): Uint8Array[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const hash = decodeBase64(line);
      if (hash?.length !== 32) {
        throw new InvalidInput(
          `line ${i + 1}: expected a Base64 32-byte hash, found ${JSON.stringify(line.slice(0, 60))}`,
          {
            where: { file: where },
          },
        );
      }
      return hash;
    });
}

// The one port through which the log's Merkle math reads stored hashes (the shape of Go's tlog.HashReader).
import { Unavailable } from '../domain/errors.js';
import { HASH_SIZE } from './hashes.js';

/**
 * Reads a log's stored hashes by stored hash index (see stored-hash-index.ts: the hash at (level, n) covers
 * leaves [n·2^level, (n+1)·2^level); index = storedHashIndex(level, n), the same numbering as Go's sumdb/tlog).
 *
 * An implementation:
 * - MUST return exactly one hash per requested index, in the order requested (an index may repeat);
 * - MUST return the 32 bytes written for that index when the log appended it: stored hashes never change;
 * - MUST reject (with NotFound) when any requested index is not stored, never return fewer hashes or fillers;
 * - MAY return arrays that share memory with its storage; callers MUST NOT modify them;
 * - SHOULD answer one call with one round trip: the math asks for everything one proof needs in a single call.
 */
export interface HashReader {
  readHashes(indexes: readonly number[]): Promise<readonly Uint8Array[]>;
}

/** Calls `reader` and checks that it kept its contract, so a faulty store cannot yield a wrong proof silently. */
export async function readCheckedHashes(
  reader: HashReader,
  indexes: readonly number[],
): Promise<Uint8Array[]> {
  if (indexes.length === 0) return [];
  const hashes = await reader.readHashes(indexes);
  if (hashes.length !== indexes.length) {
    throw new Unavailable(`log: hash reader returned ${hashes.length} hashes for ${indexes.length} indexes`);
  }
  for (const [i, h] of hashes.entries()) {
    if (h.length !== HASH_SIZE) {
      throw new Unavailable(
        `log: hash reader returned ${h.length} bytes for stored hash index ${String(indexes[i])}, expected ${HASH_SIZE}`,
      );
    }
  }
  return [...hashes];
}

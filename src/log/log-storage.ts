// The port through which the log's write path keeps leaves and stored hashes (implemented in memory and on PostgreSQL).
import type { HashReader } from './hash-reader.js';

/** One leaf as the log keeps it. `kind` and `ref` are the caller's labels (e.g. 'document', a document id). */
export interface LogLeaf {
  index: number;
  /** RFC 6962 leaf hash of `data`. */
  leafHash: Uint8Array;
  /** The exact leaf bytes (for claimlog: the RFC 8785 canonical JSON of a record). */
  data: Uint8Array;
  kind: string;
  ref: string;
}

/** Everything one append writes, as computed by appendLeaves. */
export interface AppendBatch {
  /** The tree size the batch was computed against. */
  oldSize: number;
  /** oldSize + leaves.length. */
  newSize: number;
  /** The new leaves, with indexes oldSize … newSize − 1 in order. */
  leaves: readonly LogLeaf[];
  /** storedHashCount(oldSize): the stored hash index of hashes[0]. */
  firstHashIndex: number;
  /** The new stored hashes, indexes firstHashIndex … storedHashCount(newSize) − 1 in order, 32 bytes each. */
  hashes: readonly Uint8Array[];
}

/**
 * Where one log keeps its leaves and stored hashes. A log has one writer at a time (the sequencer);
 * readers may run concurrently with it.
 *
 * An implementation:
 * - MUST make appendBatch atomic: after it resolves, treeSize() is batch.newSize and every leaf and hash of
 *   the batch is readable; if it rejects (or the process dies), nothing of the batch is visible;
 * - MUST reject appendBatch with Conflict, writing nothing, when its tree size is not batch.oldSize
 *   (another writer got there first, or a retry of a batch that already landed);
 * - MUST keep leaves and stored hashes forever, byte for byte: nothing is ever updated or deleted;
 * - MUST NOT check or recompute the hashes it is given (appendLeaves does that), nor reorder them;
 * - treeSize() MUST return the size of the last completed appendBatch (0 for a new log);
 * - readHashes (from HashReader) MUST only see hashes of completed batches, and reject with NotFound otherwise;
 * - readLeaves(start, count) MUST return the leaves start … start + count − 1 in order, and reject with
 *   NotFound when any of them is not stored.
 */
export interface LogStorage extends HashReader {
  treeSize(): Promise<number>;
  appendBatch(batch: AppendBatch): Promise<void>;
  readLeaves(start: number, count: number): Promise<readonly LogLeaf[]>;
}

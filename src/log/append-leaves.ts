// The log's write path: hashes new leaves, computes the stored hashes they complete, and hands both to storage in one batch.
import { InvalidInput } from '../domain/errors.js';
import { emptyRootHash, leafHash, nodeHash } from './hashes.js';
import { readCheckedHashes } from './hash-reader.js';
import type { LogLeaf, LogStorage } from './log-storage.js';
import { storedHashCount } from './stored-hash-index.js';
import { subtreeIndexes } from './tree-hash.js';

/** C2SP tlog-tiles entry bundles prefix each entry with a big-endian uint16 length, so a leaf is at most this long. */
export const MAX_LEAF_BYTES = 0xffff;

/** A leaf to append: its exact bytes and the caller's labels, kept beside it (see LogLeaf). */
export interface LeafInput {
  data: Uint8Array;
  kind: string;
  ref: string;
}

export interface AppendResult {
  oldSize: number;
  newSize: number;
  /** Index of the first appended leaf (= oldSize). */
  firstIndex: number;
  /** RFC 6962 root of the tree of newSize leaves. */
  rootHash: Uint8Array;
}

/**
 * Appends `leaves`, in order, to the log in `storage` as one atomic batch and returns the new tree head.
 * Reads the O(log n) hashes of the tree's right edge once, then hashes each leaf and the subtrees it
 * completes (two hashes per leaf on average, log n at worst). An empty list appends nothing.
 * Throws InvalidInput (before writing) when a leaf is over MAX_LEAF_BYTES, and passes on storage's
 * Conflict when another writer appended first: the caller may then retry with the same leaves.
 */
export async function appendLeaves(storage: LogStorage, leaves: readonly LeafInput[]): Promise<AppendResult> {
  for (const [i, leaf] of leaves.entries()) {
    if (leaf.data.length > MAX_LEAF_BYTES) {
      throw new InvalidInput(
        `log: leaf ${i} of the batch is ${leaf.data.length} bytes, more than the ${MAX_LEAF_BYTES} a C2SP entry bundle holds`,
      );
    }
  }
  const oldSize = await storage.treeSize();
  // The right edge of the tree: the perfect subtrees of oldSize, largest first (one per set bit of oldSize).
  const edge = await readCheckedHashes(storage, subtreeIndexes(0, oldSize, []));
  const stored: Uint8Array[] = [];
  const logLeaves: LogLeaf[] = [];
  for (const [i, leaf] of leaves.entries()) {
    const index = oldSize + i;
    const hash = leafHash(leaf.data);
    logLeaves.push({ index, leafHash: hash, data: leaf.data, kind: leaf.kind, ref: leaf.ref });
    // Stored hash order (Go's tlog): the leaf hash, then every subtree it completes, smallest first.
    stored.push(hash);
    let h = hash;
    for (let c = index; c % 2 === 1; c = (c - 1) / 2) {
      h = nodeHash(edge.pop() as Uint8Array, h); // RFC 6962 §2.1: SHA-256(0x01 || left || right)
      stored.push(h);
    }
    edge.push(h);
  }
  const newSize = oldSize + leaves.length;
  if (leaves.length > 0) {
    await storage.appendBatch({
      oldSize,
      newSize,
      leaves: logLeaves,
      firstHashIndex: storedHashCount(oldSize),
      hashes: stored,
    });
  }
  return { oldSize, newSize, firstIndex: oldSize, rootHash: foldEdge(edge) };
}

/** RFC 6962 §2.1: the root of an unbalanced tree folds its perfect subtrees from the right. */
function foldEdge(edge: readonly Uint8Array[]): Uint8Array {
  if (edge.length === 0) return emptyRootHash();
  let root = edge[edge.length - 1] as Uint8Array;
  for (let j = edge.length - 2; j >= 0; j--) root = nodeHash(edge[j] as Uint8Array, root);
  return root;
}

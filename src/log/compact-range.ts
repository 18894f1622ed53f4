// A Merkle tree grown one leaf hash at a time, keeping only its right edge: the stored hashes each leaf adds, and the root at any size.
import { emptyRootHash, nodeHash } from './hashes.js';

/**
 * The perfect subtrees of a growing tree (its "compact range" from leaf 0), O(log n) hashes. Lets an
 * auditor recompute a log's stored hashes and roots from its leaves in one pass, in constant memory.
 */
export class CompactRange {
  private readonly edge: Uint8Array[] = [];
  private count = 0;

  /** The number of leaves appended so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Appends the next leaf hash and returns the stored hashes it adds, in Go sumdb/tlog order (the same
   * order appendLeaves writes): the leaf hash, then the hash of every subtree it completes, smallest first.
   */
  append(leafHash: Uint8Array): Uint8Array[] {
    const stored = [leafHash];
    let h = leafHash;
    for (let c = this.count; c % 2 === 1; c = (c - 1) / 2) {
      h = nodeHash(this.edge.pop() as Uint8Array, h); // RFC 6962 §2.1: SHA-256(0x01 || left || right)
      stored.push(h);
    }
    this.edge.push(h);
    this.count++;
    return stored;
  }

  /** MTH of the leaves appended so far (RFC 6962 §2.1: the perfect subtrees folded from the right). */
  root(): Uint8Array {
    if (this.edge.length === 0) return emptyRootHash();
    let root = this.edge[this.edge.length - 1] as Uint8Array;
    for (let j = this.edge.length - 2; j >= 0; j--) root = nodeHash(this.edge[j] as Uint8Array, root);
    return root;
  }
}

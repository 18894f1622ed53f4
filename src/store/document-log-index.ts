// A document's leaf index in the Merkle log, as SQL: read from its leaf, written in the document's transaction.

/**
 * The SQL expression for the log index of the document whose id is `${alias}.id`: the index of its
 * `document` leaf, or NULL when it is not logged. Uses the log_leaves (kind, ref) index.
 */
export function documentLogIndex(alias: string): string {
  return `(SELECT min(l.leaf_index) FROM log_leaves l WHERE l.kind = 'document' AND l.ref = ${alias}.id)`;
}

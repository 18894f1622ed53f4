// The storage port of the Merkle log's use cases: leaves and hashes, signed checkpoints, cosignatures, and the records leaves commit to.

import type { DocumentLeafRecord } from '../log/document-leaf.js';
import type { LogStorage } from '../log/log-storage.js';

/** A signed checkpoint the log issued, as kept. */
export interface StoredCheckpoint {
  size: number;
  rootHash: Uint8Array;
  /** The signed note, exactly as the log signed it (without witness cosignatures). */
  note: string;
  /** ISO 8601 instant at which it was kept. */
  createdAt: string;
}

/** A witness cosignature kept for a checkpoint (its signature line's name and Base64, verbatim). */
export interface StoredCosignature {
  treeSize: number;
  witnessName: string;
  keyId: number;
  /** The time the witness states it cosigned, in seconds since the epoch (C2SP type 0x04), or null. */
  signedAt: number | null;
  base64: string;
}

/** A stored document beside the leaf it was logged as, for the audit. */
export interface AuditedDocument {
  id: string;
  /** The leaf index stored on the document, or null when it was never logged. */
  logIndex: number | null;
  /** The record as stored now: what documentLeaf is recomputed from. */
  record: DocumentLeafRecord;
  text: string;
  /** The leaf at logIndex (its bytes, kind and ref), or null when there is none. */
  leaf: { data: Uint8Array; kind: string; ref: string } | null;
}

/** The write side of the log storage: LogStorage plus the lock its single writer takes. */
export interface LogWriteStorage extends LogStorage {
  /**
   * Takes the log's write lock for the rest of the caller's transaction and returns the tree size under
   * it. Implementations MUST make concurrent writers wait here, so appends never race.
   */
  lockForAppend(): Promise<number>;
}

/**
 * The log's tables, bound to one connection or transaction (see Store.log). Implementations MUST write
 * in the caller's transaction and MUST keep everything forever: nothing here is updated or deleted.
 */
export interface LogRepository {
  readonly storage: LogWriteStorage;
  /** The leaf records of stored documents, in the order of `ids`; ids not stored are left out. */
  documentRecords(ids: readonly string[]): Promise<{ id: string; record: DocumentLeafRecord }[]>;
  /** Keeps a signed checkpoint; one per tree size, so keeping the same size again does nothing. */
  addCheckpoint(checkpoint: { size: number; rootHash: Uint8Array; note: string }): Promise<void>;
  latestCheckpoint(): Promise<StoredCheckpoint | null>;
  checkpoint(size: number): Promise<StoredCheckpoint | null>;
  /** Every kept checkpoint, smallest tree first. */
  listCheckpoints(): Promise<StoredCheckpoint[]>;
  /** Keeps verified cosignatures of the checkpoint of `treeSize`; returns how many were new. */
  addCosignatures(
    treeSize: number,
    cosignatures: readonly Omit<StoredCosignature, 'treeSize'>[],
  ): Promise<number>;
  listCosignatures(treeSize: number): Promise<StoredCosignature[]>;
  /** The tree sizes of the checkpoints that have at least `witnesses` distinct cosigning witnesses, largest first. */
  cosignedSizes(witnesses: number): Promise<number[]>;
  /** The index of the first leaf labelled (kind, ref), or null. */
  findLeaf(kind: string, ref: string): Promise<number | null>;
  /** Stored documents with id > `afterId` (all when null), by id, at most `limit`, each beside its leaf. */
  auditDocuments(afterId: string | null, limit: number): Promise<AuditedDocument[]>;
  /** Leaves labelled 'document' whose document is gone or carries another log index. */
  orphanDocumentLeaves(limit: number): Promise<{ index: number; ref: string; storedIndex: number | null }[]>;
}

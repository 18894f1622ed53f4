// The log's single write path: appends leaves for documents and decisions inside the caller's transaction, and issues a signed checkpoint for the new tree.

import { Conflict } from '../domain/errors.js';
import { appendLeaves } from '../log/append-leaves.js';
import { formatCheckpoint } from '../log/checkpoint.js';
import { decisionLeaf, type DecisionLeafRecord } from '../log/decision-leaf.js';
import { documentLeaf } from '../log/document-leaf.js';
import { openCheckpoint } from '../log/open-checkpoint.js';
import { signNote } from '../log/signed-note.js';
import type { LogIdentity } from './log-identity.js';
import type { Store } from './ports.js';

/** One leaf to append: its exact bytes, and labels saying what it records (`document` and a document id, …). */
export interface LogEntry {
  kind: string;
  ref: string;
  data: Uint8Array;
}

/** What an append did: the new leaves are firstIndex … size − 1, and `checkpoint` signs the tree of `size`. */
export interface LogAppend {
  firstIndex: number;
  size: number;
  rootHash: Uint8Array;
  /** The signed checkpoint note issued for the new tree (also kept in the store). */
  checkpoint: string;
}

export class LogWriter {
  private checkedKey = false;

  constructor(private readonly identity: () => Promise<LogIdentity>) {}

  /**
   * Appends `entries` in order and keeps a signed checkpoint of the new tree, all in `store`'s transaction:
   * the caller MUST pass a store bound to the transaction that writes what the entries record, so the
   * records, their leaves and the checkpoint commit together or not at all. Takes the log's write lock
   * until that transaction ends. Returns null (and locks nothing) for no entries. Throws Conflict when the
   * log's stored checkpoints were signed by another key or origin than this claimlog's.
   */
  async append(store: Store, entries: readonly LogEntry[]): Promise<LogAppend | null> {
    if (entries.length === 0) return null;
    const identity = await this.identity();
    await store.log.storage.lockForAppend();
    if (!this.checkedKey) await this.checkKey(store, identity);
    const result = await appendLeaves(store.log.storage, entries);
    const checkpoint = signNote(
      formatCheckpoint({ origin: identity.origin, size: result.newSize, rootHash: result.rootHash }),
      identity.signer,
    );
    await store.log.addCheckpoint({ size: result.newSize, rootHash: result.rootHash, note: checkpoint });
    return { firstIndex: result.firstIndex, size: result.newSize, rootHash: result.rootHash, checkpoint };
  }

  /**
   * Logs the stored documents `ids` (just inserted in `store`'s transaction), in that order: each one's
   * record as stored becomes a leaf (documentLeaf; kind `document`, ref its id, which is how the store
   * finds a document's log index). Returns the index of each, in order; ids not stored are skipped.
   */
  async appendDocuments(store: Store, ids: readonly string[]): Promise<{ id: string; logIndex: number }[]> {
    const records = await store.log.documentRecords(ids);
    const appended = await this.append(
      store,
      records.map(({ id, record }) => ({ kind: 'document', ref: id, data: documentLeaf(record) })),
    );
    if (appended === null) return [];
    return records.map(({ id }, i) => ({ id, logIndex: appended.firstIndex + i }));
  }

  /**
   * Logs an analyst decision as one leaf (decisionLeaf; kind `decision`, ref `id`) in `store`'s
   * transaction, the one that stores the decision itself. Throws InvalidInput for a malformed decision.
   */
  async appendDecision(
    store: Store,
    id: string,
    decision: DecisionLeafRecord,
  ): Promise<{ logIndex: number; checkpoint: string }> {
    const appended = await this.append(store, [{ kind: 'decision', ref: id, data: decisionLeaf(decision) }]);
    if (appended === null) throw new Conflict('log: the decision was not appended');
    return { logIndex: appended.firstIndex, checkpoint: appended.checkpoint };
  }

  /** The log's newest checkpoint must open with this claimlog's key: one log, one key, one origin. */
  private async checkKey(store: Store, identity: LogIdentity): Promise<void> {
    const latest = await store.log.latestCheckpoint();
    if (latest !== null) {
      const opened = openCheckpoint(latest.note, { logKey: identity.verifierKey, origin: identity.origin });
      if (!opened.ok) {
        const origin = latest.note.slice(0, latest.note.indexOf('\n'));
        throw new Conflict(
          `the log in this database (origin ${origin}) was not signed by this claimlog's key ${identity.verifierKey} ` +
            `(${identity.keyFile}): ${opened.reason}. Point CLAIMLOG_LOG_KEY_FILE at the log's key file`,
        );
      }
    }
    this.checkedKey = true;
  }
}

// The log's use cases for the CLI and the HTTP API: keys, checkpoints, leaves, proofs, consistency, cosignatures, audit and the tiles folder.

import { Conflict, InvalidInput, NotFound } from '../domain/errors.js';
import type { DecisionLeafRecord } from '../log/decision-leaf.js';
import { equalBytes } from '../log/hashes.js';
import { openCheckpoint } from '../log/open-checkpoint.js';
import { proveConsistency } from '../log/prove-consistency.js';
import { parseNote } from '../log/signed-note.js';
import { readTilesFile } from '../log/tiles-directory.js';
import { createTlogProof } from '../log/tlog-proof.js';
import { readTreeHash } from '../log/tree-hash.js';
import { verifyConsistency } from '../log/verify-consistency.js';
import { cosignedCheckpoint } from './cosigned-checkpoint.js';
import { auditLog, type AuditOptions, type AuditReport } from './log-audit.js';
import type { LogIdentity } from './log-identity.js';
import type { TilesPublished, TilesPublisher } from './log-tiles.js';
import type { LogWriter } from './log-writer.js';
import type { Store } from './ports.js';

export interface LogDeps {
  store: Store;
  writer: LogWriter;
  /** The log's key and origin, made on first use. */
  identity: () => Promise<LogIdentity>;
  tiles: TilesPublisher;
  /** Verifier keys of the witnesses whose cosignatures are accepted. */
  witnessKeys: readonly string[];
}

/** A leaf as stored, with what it records. */
export interface LeafRead {
  index: number;
  kind: string;
  ref: string;
  data: Uint8Array;
}

export interface ConsistencyCheck {
  oldSize: number;
  newSize: number;
  /** The RFC 6962 consistency proof from the old tree to the new one (empty for equal sizes). */
  proof: Uint8Array[];
  verification: { ok: true } | { ok: false; reason: string };
}

export interface CosignResult {
  size: number;
  /** Witnesses whose cosignatures verified and were newly kept. */
  added: string[];
  /** Witnesses whose cosignatures verified and were already kept. */
  known: string[];
  /** Names on signatures by keys that are neither the log's nor a configured witness's (ignored). */
  ignored: string[];
}

/** A file of the public tiles folder, and whether its bytes can never change (full and partial tiles). */
export interface PublicLogFile {
  bytes: Uint8Array;
  immutable: boolean;
}

export class LogUseCases {
  constructor(private readonly deps: LogDeps) {}

  /** The folder of the public tiles (served under /log/). */
  get tilesFolder(): string {
    return this.deps.tiles.dir;
  }

  /** The writer ingest and decisions append through (inside their own transactions). */
  get writer(): LogWriter {
    return this.deps.writer;
  }

  /** The log's origin and verifier key (making the key on first use). */
  async verifierKey(): Promise<{ origin: string; verifierKey: string }> {
    const { origin, verifierKey } = await this.deps.identity();
    return { origin, verifierKey };
  }

  /**
   * The newest checkpoint with its kept cosignatures, or with `quorum`, the newest one that at least that
   * many distinct configured witnesses cosigned. Throws NotFound when there is none (an empty log has no
   * checkpoint), and InvalidInput when more witnesses are asked for than are configured.
   */
  async checkpoint(
    options: { quorum?: number } = {},
  ): Promise<{ note: string; size: number; witnesses: string[] }> {
    const quorum = options.quorum ?? 0;
    if (quorum > this.deps.witnessKeys.length) {
      throw new InvalidInput(
        `a quorum of ${quorum} witnesses was asked for, but ${this.deps.witnessKeys.length} witness keys are configured (CLAIMLOG_WITNESS_KEYS)`,
      );
    }
    const { verifierKey, origin } = await this.deps.identity();
    // Kept cosignatures were verified on the way in; the quorum counts those of configured witnesses.
    const sizes =
      quorum === 0
        ? [(await this.deps.store.log.latestCheckpoint())?.size]
        : await this.deps.store.log.cosignedSizes(quorum);
    for (const size of sizes) {
      const stored = size === undefined ? null : await this.deps.store.log.checkpoint(size);
      if (stored === null) continue;
      const note = await cosignedCheckpoint(this.deps.store.log, stored);
      const opened = openCheckpoint(note, {
        logKey: verifierKey,
        origin,
        witnessKeys: this.deps.witnessKeys,
      });
      if (!opened.ok)
        throw new Conflict(`the kept checkpoint of size ${stored.size} does not open: ${opened.reason}`);
      const witnesses = [...new Set(opened.cosignatures.map((c) => c.name))];
      if (witnesses.length >= quorum) return { note, size: stored.size, witnesses };
    }
    throw new NotFound(
      quorum === 0
        ? 'the log is empty: no checkpoint has been issued yet (ingest documents first)'
        : `no checkpoint has been cosigned by ${quorum} of the configured witnesses yet`,
    );
  }

  /** The leaf at `index`, exactly as logged. Throws NotFound past the end of the log. */
  async leaf(index: number): Promise<LeafRead> {
    const size = await this.deps.store.log.storage.treeSize();
    if (index >= size) throw new NotFound(`the log has no leaf ${index}: it has ${size} leaves`);
    const [leaf] = await this.deps.store.log.storage.readLeaves(index, 1);
    if (leaf === undefined) throw new NotFound(`the log has no leaf ${index}`);
    return { index: leaf.index, kind: leaf.kind, ref: leaf.ref, data: leaf.data };
  }

  /**
   * A c2sp.org/tlog-proof@v1 that the leaf at `target` (a leaf index, or a document id) is in the tree of
   * the newest checkpoint, with its cosignatures; and that leaf's bytes, which the proof's verifier needs.
   * Throws NotFound for an index past the end, or a document that is not stored or not yet logged.
   */
  async prove(target: string): Promise<{ proof: string; leaf: LeafRead; size: number }> {
    const index = /^\d+$/.test(target) ? Number(target) : await this.documentLeafIndex(target);
    const { note, size } = await this.checkpoint();
    if (index >= size)
      throw new NotFound(`the log has no leaf ${index}: its newest checkpoint has ${size} leaves`);
    const leaf = await this.leaf(index);
    const proof = await createTlogProof(this.deps.store.log.storage, note, index);
    return { proof, leaf, size };
  }

  /**
   * Checks that the tree of the checkpoint `newNote` extends that of `oldNote`: both MUST be signed by this
   * log, the new one MUST be this log's tree at its size, and the consistency proof from the log's stored
   * hashes MUST verify. Returns the proof and the outcome; a failed check is a value, not an error.
   */
  async consistency(oldNote: string, newNote: string): Promise<ConsistencyCheck> {
    const { verifierKey, origin } = await this.deps.identity();
    const open = (note: string, which: string) => {
      const opened = openCheckpoint(note, { logKey: verifierKey, origin });
      if (!opened.ok)
        throw new InvalidInput(`the ${which} checkpoint does not open with this log's key: ${opened.reason}`);
      return opened.checkpoint;
    };
    const old = open(oldNote, 'old');
    const next = open(newNote, 'new');
    const sizes = { oldSize: old.size, newSize: next.size };
    if (old.size > next.size) {
      return {
        ...sizes,
        proof: [],
        verification: {
          ok: false,
          reason: `the old checkpoint (${old.size}) is larger than the new one (${next.size})`,
        },
      };
    }
    const treeSize = await this.deps.store.log.storage.treeSize();
    if (next.size > treeSize) {
      throw new NotFound(`the new checkpoint is for ${next.size} leaves; this log has ${treeSize}`);
    }
    if (!equalBytes(await readTreeHash(this.deps.store.log.storage, next.size), next.rootHash)) {
      return {
        ...sizes,
        proof: [],
        verification: {
          ok: false,
          reason: `the new checkpoint's root is not this log's root at size ${next.size}`,
        },
      };
    }
    if (old.size === 0) {
      // Every tree extends the empty one; only its root can be wrong.
      const ok = equalBytes(old.rootHash, await readTreeHash(this.deps.store.log.storage, 0));
      return {
        ...sizes,
        proof: [],
        verification: ok ? { ok } : { ok, reason: 'the old checkpoint has a wrong empty-tree root' },
      };
    }
    const proof = await proveConsistency(this.deps.store.log.storage, old.size, next.size);
    return {
      ...sizes,
      proof,
      verification: verifyConsistency(old.size, next.size, proof, old.rootHash, next.rootHash),
    };
  }

  /**
   * Accepts a cosigned checkpoint: it MUST be signed by this log and be one of its kept checkpoints, and
   * every signature by a configured witness MUST verify; those cosignatures are kept (and served with the
   * checkpoint). Signatures by other keys are ignored. Throws InvalidInput when no witness is configured,
   * the note does not open, or no configured witness signed it; NotFound when the log never issued it.
   */
  async addCosignatures(note: string): Promise<CosignResult> {
    if (this.deps.witnessKeys.length === 0) {
      throw new InvalidInput(
        "no witness keys are configured: set CLAIMLOG_WITNESS_KEYS to the witnesses' verifier keys",
      );
    }
    const { verifierKey, origin } = await this.deps.identity();
    const opened = openCheckpoint(note, { logKey: verifierKey, origin, witnessKeys: this.deps.witnessKeys });
    if (!opened.ok) throw new InvalidInput(`the cosigned checkpoint was refused: ${opened.reason}`);
    const size = opened.checkpoint.size;
    const stored = await this.deps.store.log.checkpoint(size);
    if (stored === null) throw new NotFound(`this log issued no checkpoint of size ${size}`);
    if (parseNote(stored.note).text !== opened.text) {
      throw new Conflict(`the cosigned checkpoint of size ${size} is not the one this log issued`);
    }
    if (opened.cosignatures.length === 0) {
      throw new InvalidInput(
        'the checkpoint carries no cosignature by a configured witness (CLAIMLOG_WITNESS_KEYS)',
      );
    }
    const before = new Set(
      (await this.deps.store.log.listCosignatures(size)).map((c) => `${c.witnessName}+${c.keyId}`),
    );
    await this.deps.store.log.addCosignatures(
      size,
      opened.cosignatures.map((c) => ({
        witnessName: c.name,
        keyId: c.keyId,
        signedAt: c.timestamp ?? null,
        base64: c.base64,
      })),
    );
    const trusted = new Set(opened.cosignatures.map((c) => c.name));
    const ignored = parseNote(note)
      .signatures.filter((s) => s.name !== origin && !trusted.has(s.name))
      .map((s) => s.name);
    await this.deps.tiles.publish();
    return {
      size,
      added: opened.cosignatures.filter((c) => !before.has(`${c.name}+${c.keyId}`)).map((c) => c.name),
      known: opened.cosignatures.filter((c) => before.has(`${c.name}+${c.keyId}`)).map((c) => c.name),
      ignored,
    };
  }

  /** See auditLog: the log's key and origin come from this claimlog's identity. */
  async audit(onProgress?: AuditOptions['onProgress']): Promise<AuditReport> {
    const { verifierKey, origin } = await this.deps.identity();
    return auditLog(this.deps.store.log, {
      logKey: verifierKey,
      origin,
      ...(onProgress ? { onProgress } : {}),
    });
  }

  /** Brings the public tiles folder up to date with the database (see TilesPublisher.publish). */
  publishTiles(): Promise<TilesPublished> {
    return this.deps.tiles.publish();
  }

  /**
   * A file of the public tiles folder (`checkpoint`, `tile/…`), publishing first when the checkpoint is
   * asked for so it is never behind the database. Throws InvalidInput for a path outside the C2SP layout
   * and NotFound for one the folder does not hold.
   */
  async publicFile(path: string): Promise<PublicLogFile> {
    if (path === 'checkpoint') await this.publishTiles();
    const bytes = await readTilesFile(this.deps.tiles.dir, path);
    if (bytes === null) throw new NotFound(`the log has no ${path}`);
    return { bytes, immutable: path !== 'checkpoint' };
  }

  /**
   * Logs an analyst decision in a transaction of its own and publishes it (see LogWriter.appendDecision;
   * a use case that also stores the decision calls the writer inside its own transaction instead).
   */
  async recordDecision(
    id: string,
    decision: DecisionLeafRecord,
  ): Promise<{ logIndex: number; checkpoint: string }> {
    const result = await this.deps.store.transaction((tx) =>
      this.deps.writer.appendDecision(tx, id, decision),
    );
    await this.publishTiles();
    return result;
  }

  private async documentLeafIndex(id: string): Promise<number> {
    const index = await this.deps.store.log.findLeaf('document', id);
    if (index === null)
      throw new NotFound(`no logged document with id "${id}" (give a document id or a leaf index)`);
    return index;
  }
}

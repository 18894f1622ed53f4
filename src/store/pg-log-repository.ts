// The log's tables in PostgreSQL (either driver): leaves and hashes (PgLogStorage), checkpoints, cosignatures, and the documents leaves commit to.

import type {
  AuditedDocument,
  LogRepository,
  StoredCheckpoint,
  StoredCosignature,
} from '../app/log-ports.js';
import type { DocumentLeafRecord } from '../log/document-leaf.js';
import { PgLogStorage } from './pg-log-storage.js';
import { documentLogIndex } from './document-log-index.js';
import type { SqlClient } from './sql-client.js';

interface CheckpointRow {
  tree_size: number;
  root_hash: Uint8Array;
  note: string;
  created_at: Date;
}

interface RecordRow {
  id: string;
  content_hash: string;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  retrieved_at: Date;
  title: string | null;
  language: string | null;
}

const RECORD_COLUMNS =
  'd.id, d.content_hash, d.outlet, d.url, d.published_at, d.retrieved_at, d.title, d.language';

export class PgLogRepository implements LogRepository {
  readonly storage: PgLogStorage;

  constructor(private readonly sql: SqlClient) {
    this.storage = new PgLogStorage(sql);
  }

  async documentRecords(ids: readonly string[]): Promise<{ id: string; record: DocumentLeafRecord }[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM documents d WHERE d.id = ANY($1::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ id, record: toRecord(row) }] : [];
    });
  }

  async addCheckpoint(checkpoint: { size: number; rootHash: Uint8Array; note: string }): Promise<void> {
    await this.sql.query(
      `INSERT INTO log_checkpoints (tree_size, root_hash, note) VALUES ($1, $2, $3)
       ON CONFLICT (tree_size) DO NOTHING`,
      [checkpoint.size, checkpoint.rootHash, checkpoint.note],
    );
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const [row] = await this.sql.query<CheckpointRow>(
      'SELECT tree_size, root_hash, note, created_at FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1',
    );
    return row ? toCheckpoint(row) : null;
  }

  async checkpoint(size: number): Promise<StoredCheckpoint | null> {
    const [row] = await this.sql.query<CheckpointRow>(
      'SELECT tree_size, root_hash, note, created_at FROM log_checkpoints WHERE tree_size = $1',
      [size],
    );
    return row ? toCheckpoint(row) : null;
  }

  async listCheckpoints(): Promise<StoredCheckpoint[]> {
    const rows = await this.sql.query<CheckpointRow>(
      'SELECT tree_size, root_hash, note, created_at FROM log_checkpoints ORDER BY tree_size',
    );
    return rows.map(toCheckpoint);
  }

  async addCosignatures(
    treeSize: number,
    cosignatures: readonly Omit<StoredCosignature, 'treeSize'>[],
  ): Promise<number> {
    if (cosignatures.length === 0) return 0;
    const rows = cosignatures.map((c) => ({
      tree_size: treeSize,
      witness_name: c.witnessName,
      key_id: c.keyId,
      signed_at: c.signedAt,
      signature_base64: c.base64,
    }));
    const inserted = await this.sql.query<{ witness_name: string }>(
      `INSERT INTO log_cosignatures (tree_size, witness_name, key_id, signed_at, signature_base64)
       SELECT tree_size, witness_name, key_id, signed_at, signature_base64
       FROM json_to_recordset($1::json)
         AS c(tree_size bigint, witness_name text, key_id bigint, signed_at bigint, signature_base64 text)
       ON CONFLICT (tree_size, witness_name, key_id) DO NOTHING RETURNING witness_name`,
      [JSON.stringify(rows)],
    );
    return inserted.length;
  }

  async listCosignatures(treeSize: number): Promise<StoredCosignature[]> {
    const rows = await this.sql.query<{
      tree_size: number;
      witness_name: string;
      key_id: number;
      signed_at: number | null;
      signature_base64: string;
    }>(
      `SELECT tree_size, witness_name, key_id, signed_at, signature_base64 FROM log_cosignatures
       WHERE tree_size = $1 ORDER BY received_at, witness_name, key_id`,
      [treeSize],
    );
    return rows.map((row) => ({
      treeSize: row.tree_size,
      witnessName: row.witness_name,
      keyId: row.key_id,
      signedAt: row.signed_at,
      base64: row.signature_base64,
    }));
  }

  async cosignedSizes(witnesses: number): Promise<number[]> {
    const rows = await this.sql.query<{ tree_size: number }>(
      `SELECT tree_size FROM log_cosignatures GROUP BY tree_size
       HAVING count(DISTINCT witness_name) >= $1 ORDER BY tree_size DESC`,
      [witnesses],
    );
    return rows.map((row) => row.tree_size);
  }

  async findLeaf(kind: string, ref: string): Promise<number | null> {
    const [row] = await this.sql.query<{ leaf_index: number }>(
      'SELECT min(leaf_index) AS leaf_index FROM log_leaves WHERE kind = $1 AND ref = $2',
      [kind, ref],
    );
    return row?.leaf_index ?? null;
  }

  async auditDocuments(afterId: string | null, limit: number): Promise<AuditedDocument[]> {
    const rows = await this.sql.query<
      RecordRow & {
        log_index: number | null;
        text: string;
        leaf_data: Uint8Array | null;
        leaf_kind: string | null;
        leaf_ref: string | null;
      }
    >(
      `SELECT ${RECORD_COLUMNS}, l.leaf_index AS log_index, d.text, l.data AS leaf_data, l.kind AS leaf_kind, l.ref AS leaf_ref
       FROM documents d LEFT JOIN log_leaves l ON l.leaf_index = ${documentLogIndex('d')}
       WHERE $1::text IS NULL OR d.id > $1::text ORDER BY d.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      logIndex: row.log_index,
      record: toRecord(row),
      text: row.text,
      leaf:
        row.leaf_data === null
          ? null
          : { data: row.leaf_data, kind: row.leaf_kind ?? '', ref: row.leaf_ref ?? '' },
    }));
  }

  async orphanDocumentLeaves(
    limit: number,
  ): Promise<{ index: number; ref: string; storedIndex: number | null }[]> {
    const rows = await this.sql.query<{ leaf_index: number; ref: string; log_index: number | null }>(
      `SELECT leaf_index, ref, log_index FROM (
         SELECT l.leaf_index, l.ref, d.id, CASE WHEN d.id IS NULL THEN NULL ELSE ${documentLogIndex('d')} END AS log_index
         FROM log_leaves l LEFT JOIN documents d ON d.id = l.ref WHERE l.kind = 'document') leaves
       WHERE id IS NULL OR log_index IS DISTINCT FROM leaf_index
       ORDER BY leaf_index LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ index: row.leaf_index, ref: row.ref, storedIndex: row.log_index }));
  }
}

function toRecord(row: RecordRow): DocumentLeafRecord {
  return {
    contentHash: row.content_hash,
    outlet: row.outlet,
    url: row.url,
    publishedAt: row.published_at,
    retrievedAt: row.retrieved_at.toISOString(),
    title: row.title,
    language: row.language,
  };
}

function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return {
    size: row.tree_size,
    rootHash: row.root_hash,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

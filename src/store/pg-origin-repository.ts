// Each document's syndication record (the earlier document it copies, the outlets it credits, its MinHash signature) in PostgreSQL.

import type { DocumentOrigin, OriginRepository, OriginSummary, StoredSignature } from '../app/live-ports.js';
import type { OriginInput } from '../ingest/syndication/independent-origins.js';
import type { MinHashSignature } from '../ingest/syndication/min-hash.js';
import { documentLogIndex } from './document-log-index.js';
import type { SqlClient } from './sql-client.js';

export class PgOriginRepository implements OriginRepository {
  constructor(private readonly sql: SqlClient) {}

  async insertOrigins(origins: readonly DocumentOrigin[], detectedAt: string): Promise<number[]> {
    if (origins.length === 0) return [];
    const rows = origins.map((o) => ({
      document_id: o.documentId,
      copy_of_document_id: o.copyOf?.documentId ?? null,
      similarity: o.copyOf === null ? null : clamp(o.copyOf.similarity),
      containment: o.copyOf === null ? null : clamp(o.copyOf.containment),
      relayed_from: o.relayedFrom,
      minhash: `\\x${encodeSignature(o.signature)}`,
      shingles: o.signature.shingles,
      detected_at: detectedAt,
    }));
    // One statement, rows in input order, so `seq` follows the order documents were ingested in.
    const stored = await this.sql.query<{ seq: number }>(
      `INSERT INTO document_origins (document_id, copy_of_document_id, similarity, containment, relayed_from,
         minhash, shingles, detected_at)
       SELECT document_id, copy_of_document_id, similarity, containment, relayed_from, minhash, shingles,
         detected_at
       FROM json_populate_recordset(null::document_origins, $1::json) WITH ORDINALITY AS r
       ORDER BY r.ordinality
       ON CONFLICT (document_id) DO NOTHING RETURNING seq`,
      [JSON.stringify(rows)],
    );
    const seqs = stored.map((row) => row.seq);
    const relays = origins.flatMap((o) =>
      o.relays.map((r) => ({
        document_id: o.documentId,
        outlet: r.outlet,
        form: r.form,
        start_offset: r.start,
        end_offset: r.end,
      })),
    );
    if (relays.length === 0) return seqs;
    await this.sql.query(
      `INSERT INTO document_relays (document_id, outlet, form, start_offset, end_offset)
       SELECT document_id, outlet, form, start_offset, end_offset
       FROM json_populate_recordset(null::document_relays, $1::json)
       ON CONFLICT (document_id, start_offset) DO NOTHING`,
      [JSON.stringify(relays)],
    );
    return seqs;
  }

  async countSignaturesAfter(after: number): Promise<{ count: number; last: number }> {
    const [row] = await this.sql.query<{ count: number; last: number | null }>(
      'SELECT count(*)::int AS count, max(seq) AS last FROM document_origins WHERE seq > $1',
      [after],
    );
    return { count: row?.count ?? 0, last: row?.last ?? after };
  }

  async signaturesAfter(after: number, limit: number): Promise<StoredSignature[]> {
    const rows = await this.sql.query<{
      seq: number;
      document_id: string;
      minhash: Uint8Array;
      shingles: number;
    }>(
      `SELECT seq, document_id, minhash, shingles FROM document_origins WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({
      seq: row.seq,
      documentId: row.document_id,
      signature: decodeSignature(row.minhash, row.shingles),
    }));
  }

  async documentsWithoutOrigin(
    limit: number,
    except: readonly string[],
  ): Promise<{ id: string; text: string; outlet: string | null }[]> {
    return this.sql.query<{ id: string; text: string; outlet: string | null }>(
      `SELECT d.id, d.text, d.outlet FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM document_origins o WHERE o.document_id = d.id)
         AND d.id <> ALL($2::text[])
       ORDER BY d.ingested_at, ${documentLogIndex('d')} NULLS LAST, d.id LIMIT $1`,
      [limit, except],
    );
  }

  async originInputs(documentIds: readonly string[]): Promise<OriginInput[]> {
    if (documentIds.length === 0) return [];
    // UNION (not UNION ALL) stops at documents already reached, so a ring of copies ends.
    const rows = await this.sql.query<{
      id: string;
      outlet: string | null;
      copy_of_document_id: string | null;
      relayed_from: string[] | null;
    }>(
      `WITH RECURSIVE chain (id) AS (
         SELECT unnest($1::text[])
         UNION
         SELECT o.copy_of_document_id FROM chain c JOIN document_origins o ON o.document_id = c.id
         WHERE o.copy_of_document_id IS NOT NULL
       )
       SELECT d.id, d.outlet, o.copy_of_document_id, o.relayed_from
       FROM chain c JOIN documents d ON d.id = c.id LEFT JOIN document_origins o ON o.document_id = d.id
       ORDER BY array_position($1::text[], d.id) NULLS LAST, d.id`,
      [documentIds],
    );
    return rows.map((row) => ({
      id: row.id,
      outlet: row.outlet,
      copyOf: row.copy_of_document_id,
      relayedFrom: row.relayed_from ?? [],
    }));
  }

  async summaries(documentIds: readonly string[]): Promise<Map<string, OriginSummary>> {
    if (documentIds.length === 0) return new Map();
    const rows = await this.sql.query<{
      document_id: string;
      copy_of_document_id: string | null;
      relayed_from: string[];
    }>(
      `SELECT document_id, copy_of_document_id, relayed_from FROM document_origins
       WHERE document_id = ANY($1::text[])`,
      [[...new Set(documentIds)]],
    );
    return new Map(
      rows.map((row) => [
        row.document_id,
        { copyOf: row.copy_of_document_id, relayedFrom: row.relayed_from },
      ]),
    );
  }
}

/** The signature's values as big-endian uint32s, in hex (bytea input form). */
function encodeSignature(signature: MinHashSignature): string {
  const bytes = Buffer.alloc(signature.values.length * 4);
  signature.values.forEach((value, i) => bytes.writeUInt32BE(value, i * 4));
  return bytes.toString('hex');
}

function decodeSignature(bytes: Uint8Array, shingles: number): MinHashSignature {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < values.length; i++) values[i] = view.getUint32(i * 4, false);
  return { values, shingles };
}

/** Estimates can exceed 1 by rounding; the column is checked to lie in [0, 1]. */
function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

// How documents fetched from the web were fetched (final URL, redirects, status, headers), in PostgreSQL.

import type { FetchRecord, FetchRepository } from '../app/live-ports.js';
import type { SqlClient } from './sql-client.js';

export class PgFetchRepository implements FetchRepository {
  constructor(private readonly sql: SqlClient) {}

  async insertFetches(entries: readonly { documentId: string; fetch: FetchRecord }[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map(({ documentId, fetch: f }) => ({
      document_id: documentId,
      requested_url: f.requestedUrl,
      final_url: f.finalUrl,
      redirects: f.redirects,
      status: f.status,
      media_type: f.mediaType,
      charset: f.charset,
      etag: f.headers.etag ?? null,
      last_modified: f.headers['last-modified'] ?? null,
      fetched_at: f.fetchedAt,
      headers: f.headers,
    }));
    await this.sql.query(
      `INSERT INTO document_fetches (document_id, requested_url, final_url, redirects, status, media_type,
         charset, etag, last_modified, fetched_at, headers)
       SELECT document_id, requested_url, final_url, redirects, status, media_type, charset, etag,
         last_modified, fetched_at, headers
       FROM json_populate_recordset(null::document_fetches, $1::json)
       ON CONFLICT (document_id, fetched_at) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  async fetchesOf(documentId: string): Promise<FetchRecord[]> {
    const rows = await this.sql.query<{
      requested_url: string;
      final_url: string;
      redirects: string[];
      status: number;
      media_type: string;
      charset: string | null;
      headers: Record<string, string>;
      fetched_at: Date;
    }>(
      `SELECT requested_url, final_url, redirects, status, media_type, charset, headers, fetched_at
       FROM document_fetches WHERE document_id = $1 ORDER BY fetched_at`,
      [documentId],
    );
    return rows.map((row) => ({
      requestedUrl: row.requested_url,
      finalUrl: row.final_url,
      redirects: row.redirects,
      status: row.status,
      mediaType: row.media_type,
      charset: row.charset,
      headers: row.headers,
      fetchedAt: row.fetched_at.toISOString(),
    }));
  }
}

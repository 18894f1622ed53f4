// Followed feeds, their polling state and the item versions taken in from them, in PostgreSQL tables.

import type { Feed, FeedPollRecord, FeedRepository } from '../app/live-ports.js';
import { NotFound } from '../domain/errors.js';
import type { SeenItem } from '../ingest/feeds/poll-feed.js';
import type { SqlClient } from './sql-client.js';

const FEED_SELECT = `SELECT f.id, f.url, f.outlet, f.title, f.added_at, f.etag, f.last_modified, f.failures,
  f.last_polled_at, f.next_poll_at, f.last_outcome, f.last_error,
  (SELECT count(*)::int FROM feed_items i WHERE i.feed_id = f.id) AS items,
  (SELECT count(DISTINCT v.document_id)::int FROM feed_item_versions v WHERE v.feed_id = f.id) AS documents,
  (SELECT count(*)::int FROM feed_item_versions v WHERE v.feed_id = f.id AND v.problem IS NOT NULL) AS problems
  FROM feeds f`;

export class PgFeedRepository implements FeedRepository {
  constructor(private readonly sql: SqlClient) {}

  async addFeed(feed: { url: string; outlet: string | null; addedAt: string }): Promise<Feed | null> {
    const [row] = await this.sql.query<{ id: number }>(
      `INSERT INTO feeds (url, outlet, added_at) VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT (url) DO NOTHING RETURNING id`,
      [feed.url, feed.outlet, feed.addedAt],
    );
    return row === undefined ? null : this.findFeed(String(row.id));
  }

  async listFeeds(): Promise<Feed[]> {
    const rows = await this.sql.query<FeedRow>(`${FEED_SELECT} ORDER BY f.id`);
    return rows.map(toFeed);
  }

  async findFeed(urlOrId: string): Promise<Feed | null> {
    const rows = /^\d{1,15}$/.test(urlOrId)
      ? await this.sql.query<FeedRow>(`${FEED_SELECT} WHERE f.id = $1`, [Number(urlOrId)])
      : await this.sql.query<FeedRow>(`${FEED_SELECT} WHERE f.url = $1`, [urlOrId]);
    const row = rows[0];
    return row === undefined ? null : toFeed(row);
  }

  async removeFeed(id: number): Promise<boolean> {
    const rows = await this.sql.query('DELETE FROM feeds WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  async lookupItems(feedId: number, keys: readonly string[]): Promise<Map<string, SeenItem>> {
    if (keys.length === 0) return new Map();
    const rows = await this.sql.query<{
      item_key: string;
      version: number;
      fingerprint: string;
      document_id: string | null;
    }>(
      `SELECT i.item_key, i.version, i.fingerprint, v.document_id
       FROM feed_items i LEFT JOIN feed_item_versions v
         ON v.feed_id = i.feed_id AND v.item_key = i.item_key AND v.version = i.version
       WHERE i.feed_id = $1 AND i.item_key = ANY($2::text[])`,
      [feedId, keys],
    );
    return new Map(
      rows.map((row) => [
        row.item_key,
        { fingerprint: row.fingerprint, version: row.version, documentId: row.document_id },
      ]),
    );
  }

  async recordPoll(feedId: number, poll: FeedPollRecord): Promise<void> {
    const { state } = poll;
    const updated = await this.sql.query(
      `UPDATE feeds SET etag = $2, last_modified = $3, failures = $4, last_polled_at = $5::timestamptz,
         next_poll_at = $6::timestamptz, last_outcome = $7, last_error = $8, title = coalesce($9, title)
       WHERE id = $1 RETURNING id`,
      [
        feedId,
        state.etag,
        state.lastModified,
        state.failures,
        state.lastPolledAt,
        state.nextPollAt,
        poll.outcome,
        state.lastError,
        poll.title,
      ],
    );
    if (updated.length === 0) throw new NotFound(`feed ${feedId} is no longer followed`);
    if (poll.items.length === 0) return;
    const items = JSON.stringify(
      poll.items.map((i) => ({
        item_key: i.key,
        version: i.version,
        fingerprint: i.fingerprint,
        url: i.url,
        document_id: i.documentId,
        problem: i.problem,
      })),
    );
    // A concurrent poll of the same feed may have recorded the item already: keep the higher version.
    await this.sql.query(
      `INSERT INTO feed_items (feed_id, item_key, version, fingerprint, url, first_seen_at, last_changed_at)
       SELECT $1, e.item_key, e.version, e.fingerprint, e.url, $3::timestamptz, $3::timestamptz
       FROM json_to_recordset($2::json) AS e(item_key text, version int, fingerprint text, url text)
       ON CONFLICT (feed_id, item_key) DO UPDATE SET version = excluded.version,
         fingerprint = excluded.fingerprint, url = coalesce(excluded.url, feed_items.url),
         last_changed_at = excluded.last_changed_at
       WHERE excluded.version > feed_items.version`,
      [feedId, items, poll.at],
    );
    await this.sql.query(
      `INSERT INTO feed_item_versions (feed_id, item_key, version, fingerprint, document_id, seen_at, problem)
       SELECT $1, e.item_key, e.version, e.fingerprint, e.document_id, $3::timestamptz, e.problem
       FROM json_to_recordset($2::json)
         AS e(item_key text, version int, fingerprint text, document_id text, problem text)
       ON CONFLICT (feed_id, item_key, version) DO NOTHING`,
      [feedId, items, poll.at],
    );
  }

  async revisionsOf(documentIds: readonly string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    // A document counts as a revision only where it first appeared: an item changed back to earlier
    // words is that earlier document again, which revises nothing.
    const rows = await this.sql.query<{ document_id: string; previous: string | null }>(
      `SELECT DISTINCT ON (v.document_id) v.document_id,
         (SELECT p.document_id FROM feed_item_versions p
          WHERE p.feed_id = v.feed_id AND p.item_key = v.item_key AND p.version < v.version
            AND p.document_id IS NOT NULL
          ORDER BY p.version DESC LIMIT 1) AS previous
       FROM feed_item_versions v WHERE v.document_id = ANY($1::text[])
       ORDER BY v.document_id, v.seen_at, v.version`,
      [documentIds],
    );
    const out = new Map<string, string>();
    for (const row of rows) {
      if (row.previous !== null && row.previous !== row.document_id && !out.has(row.document_id))
        out.set(row.document_id, row.previous);
    }
    return out;
  }
}

interface FeedRow {
  id: number;
  url: string;
  outlet: string | null;
  title: string | null;
  added_at: Date;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  last_polled_at: Date | null;
  next_poll_at: Date | null;
  last_outcome: Feed['lastOutcome'];
  last_error: string | null;
  items: number;
  documents: number;
  problems: number;
}

function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    addedAt: row.added_at.toISOString(),
    state: {
      url: row.url,
      etag: row.etag,
      lastModified: row.last_modified,
      failures: row.failures,
      lastPolledAt: row.last_polled_at?.toISOString() ?? null,
      nextPollAt: row.next_poll_at?.toISOString() ?? null,
      lastError: row.last_error,
    },
    lastOutcome: row.last_outcome,
    items: row.items,
    documents: row.documents,
    problems: row.problems,
  };
}

// The live-sources migration applies on PGlite and its constraints hold what the poller and syndication rely on.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  await db.exec(readFileSync(new URL('../../migrations/0004_feeds.sql', import.meta.url), 'utf8'));
});
afterAll(async () => {
  await db.close();
});

describe('migrations/0004_feeds.sql', () => {
  it('keeps a feed, its items and their versions together', async () => {
    const fp = 'a'.repeat(64);
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO feeds (url, outlet, added_at) VALUES ('https://wire.example/rss', 'Wire', now()) RETURNING id`,
    );
    const id = rows[0]?.id;
    await db.query(
      `INSERT INTO feed_items (feed_id, item_key, version, fingerprint, first_seen_at, last_changed_at) VALUES ($1, 'guid:1', 1, $2, now(), now())`,
      [id, fp],
    );
    await db.query(
      `INSERT INTO feed_item_versions (feed_id, item_key, version, fingerprint, document_id, seen_at) VALUES ($1, 'guid:1', 1, $2, 'doc1', now())`,
      [id, fp],
    );
    await expect(
      db.query(`INSERT INTO feeds (url, added_at) VALUES ('https://wire.example/rss', now())`),
    ).rejects.toThrow(/unique/);
    await db.query(`DELETE FROM feeds WHERE id = $1`, [id]);
    const left = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feed_item_versions`);
    expect(left.rows[0]?.n).toBe(0);
  });

  it('refuses a document recorded as a copy of itself or a copy without a similarity', async () => {
    const sig = new Uint8Array(128 * 4);
    await db.query(
      `INSERT INTO document_origins (document_id, copy_of_document_id, similarity, containment, relayed_from, minhash, shingles, detected_at)
       VALUES ('d2', 'd1', 0.7, 0.8, '{Reuters}', $1, 120, now())`,
      [sig],
    );
    await expect(
      db.query(
        `INSERT INTO document_origins (document_id, copy_of_document_id, similarity, minhash, shingles, detected_at) VALUES ('d3', 'd3', 0.9, $1, 5, now())`,
        [sig],
      ),
    ).rejects.toThrow(/check/);
    await expect(
      db.query(
        `INSERT INTO document_origins (document_id, copy_of_document_id, minhash, shingles, detected_at) VALUES ('d4', 'd1', $1, 5, now())`,
        [sig],
      ),
    ).rejects.toThrow(/check/);
  });
});

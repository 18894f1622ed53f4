// The FeedRepository contract, run on every dialect (PGlite always; PostgreSQL with DATABASE_URL).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { FeedItemVersion } from '../app/live-ports.js';
import type { NewDocument } from '../app/ports.js';
import { NotFound } from '../domain/errors.js';
import { newFeedState } from '../ingest/feeds/feed-state.js';
import { PgStore } from './pg-store.js';

const URL_A = 'https://wire.example/rss.xml';

function document(id: string): NewDocument {
  const text = `Report ${id}: the ministry said the talks would go on.`;
  return {
    id,
    contentHash: `hash-${id}`,
    externalId: null,
    kind: 'article',
    format: 'html',
    text,
    bytes: new TextEncoder().encode(text),
    title: null,
    author: null,
    outlet: 'Wire',
    url: null,
    publishedAt: '2025-04-28',
    retrievedAt: '2025-04-28T10:00:00.000Z',
    language: 'en',
    origin: `https://wire.example/${id}`,
  };
}

const empty = { statements: [], dates: [], quantities: [], mentions: [], framing: [] };

function version(
  key: string,
  n: number,
  documentId: string | null,
  problem: string | null = null,
): FeedItemVersion {
  return { key, fingerprint: String(n).repeat(64), version: n, url: null, documentId, problem };
}

for (const dialect of testDialects()) {
  describe(`PgFeedRepository on ${dialect}`, () => {
    let test: TestDatabase;
    let store: PgStore;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
      store = new PgStore(test.db);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('follows a feed once, finds it by id or URL, and lists it never polled', async () => {
      const feed = await store.feeds.addFeed({ url: URL_A, outlet: 'Wire', addedAt: '2025-04-28T09:00:00Z' });
      expect(feed).toMatchObject({
        url: URL_A,
        outlet: 'Wire',
        title: null,
        addedAt: '2025-04-28T09:00:00.000Z',
        state: newFeedState(URL_A),
        lastOutcome: null,
        items: 0,
        documents: 0,
        problems: 0,
      });
      expect(
        await store.feeds.addFeed({ url: URL_A, outlet: null, addedAt: '2025-04-28T09:00:00Z' }),
      ).toBeNull();
      expect((await store.feeds.findFeed(String(feed?.id)))?.url).toBe(URL_A);
      expect((await store.feeds.findFeed(URL_A))?.id).toBe(feed?.id);
      expect(await store.feeds.findFeed('https://other.example/')).toBeNull();
      expect(await store.feeds.listFeeds()).toHaveLength(1);
    });

    it('records a poll with its state, title and item versions in the caller transaction', async () => {
      const feed = await store.feeds.addFeed({ url: URL_A, outlet: null, addedAt: '2025-04-28T09:00:00Z' });
      const id = feed?.id ?? 0;
      const state = {
        ...newFeedState(URL_A),
        etag: '"v1"',
        lastModified: 'Mon, 28 Apr 2025 08:00:00 GMT',
        lastPolledAt: '2025-04-28T09:00:00.000Z',
        nextPollAt: '2025-04-28T09:15:00.000Z',
      };
      await store.transaction(async (tx) => {
        await tx.documents.insertDocuments([
          { document: document('d1'), extraction: empty },
          { document: document('d2'), extraction: empty },
        ]);
        await tx.feeds.recordPoll(id, {
          state,
          outcome: 'fetched',
          title: 'Wire Top Stories',
          items: [version('guid:1', 1, 'd1'), version('guid:2', 1, null, 'no readable text')],
          at: '2025-04-28T09:00:00.000Z',
        });
      });
      const [listed] = await store.feeds.listFeeds();
      expect(listed).toMatchObject({
        title: 'Wire Top Stories',
        state,
        lastOutcome: 'fetched',
        items: 2,
        documents: 1,
        problems: 1,
      });
      const seen = await store.feeds.lookupItems(id, ['guid:1', 'guid:2', 'guid:3']);
      expect(Object.fromEntries(seen)).toEqual({
        'guid:1': { fingerprint: '1'.repeat(64), version: 1, documentId: 'd1' },
        'guid:2': { fingerprint: '1'.repeat(64), version: 1, documentId: null },
      });

      // A changed item: version 2 revises version 1's document; an older version recorded late changes nothing.
      await store.transaction(async (tx) => {
        await tx.feeds.recordPoll(id, {
          state,
          outcome: 'fetched',
          title: null,
          items: [version('guid:1', 2, 'd2')],
          at: '2025-04-28T09:15:00.000Z',
        });
        await tx.feeds.recordPoll(id, {
          state,
          outcome: 'fetched',
          title: null,
          items: [version('guid:1', 1, 'd1')],
          at: '2025-04-28T09:16:00.000Z',
        });
      });
      expect((await store.feeds.lookupItems(id, ['guid:1'])).get('guid:1')).toEqual({
        fingerprint: '2'.repeat(64),
        version: 2,
        documentId: 'd2',
      });
      expect((await store.feeds.listFeeds())[0]?.title).toBe('Wire Top Stories');
      expect(Object.fromEntries(await store.feeds.revisionsOf(['d1', 'd2']))).toEqual({ d2: 'd1' });

      // Changed back to its first words: version 3 is document d1 again, which still revises nothing.
      await store.feeds.recordPoll(id, {
        state,
        outcome: 'fetched',
        title: null,
        items: [version('guid:1', 3, 'd1')],
        at: '2025-04-28T09:30:00.000Z',
      });
      expect(Object.fromEntries(await store.feeds.revisionsOf(['d1', 'd2']))).toEqual({ d2: 'd1' });
      expect((await store.feeds.lookupItems(id, ['guid:1'])).get('guid:1')?.documentId).toBe('d1');
    });

    it('refuses to record a poll of a removed feed, and removing keeps the documents', async () => {
      const feed = await store.feeds.addFeed({ url: URL_A, outlet: null, addedAt: '2025-04-28T09:00:00Z' });
      const id = feed?.id ?? 0;
      await store.transaction(async (tx) => {
        await tx.documents.insertDocuments([{ document: document('d1'), extraction: empty }]);
        await tx.feeds.recordPoll(id, {
          state: newFeedState(URL_A),
          outcome: 'fetched',
          title: null,
          items: [version('guid:1', 1, 'd1')],
          at: '2025-04-28T09:00:00.000Z',
        });
      });
      expect(await store.feeds.removeFeed(id)).toBe(true);
      expect(await store.feeds.removeFeed(id)).toBe(false);
      expect(await store.documents.countDocuments()).toBe(1);
      await expect(
        store.feeds.recordPoll(id, {
          state: newFeedState(URL_A),
          outcome: 'not-modified',
          title: null,
          items: [],
          at: '2025-04-28T09:00:00.000Z',
        }),
      ).rejects.toBeInstanceOf(NotFound);
    });
  });
}

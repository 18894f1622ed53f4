// The OriginRepository and FetchRepository contracts, run on every dialect (PGlite always; PostgreSQL with DATABASE_URL).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { DocumentOrigin } from '../app/live-ports.js';
import type { NewDocument } from '../app/ports.js';
import { MinHasher } from '../ingest/syndication/min-hash.js';
import { PgStore } from './pg-store.js';

function document(id: string, outlet: string | null): NewDocument {
  const text = `Report ${id}: officials said the exchange of prisoners would go ahead.`;
  return {
    id,
    contentHash: `hash-${id}`,
    externalId: null,
    kind: 'article',
    format: 'txt',
    text,
    bytes: new TextEncoder().encode(text),
    title: null,
    author: null,
    outlet,
    url: null,
    publishedAt: '2025-04-28',
    retrievedAt: '2025-04-28T10:00:00.000Z',
    language: 'en',
    origin: `${id}.txt`,
  };
}

const empty = { statements: [], dates: [], quantities: [], mentions: [], framing: [] };
const hasher = new MinHasher(128);
const signature = (seed: number) =>
  hasher.signature(Uint32Array.from([seed, seed + 1, seed + 2, 4_000_000_000]));

function origin(id: string, copyOf: string | null, relayedFrom: string[] = []): DocumentOrigin {
  return {
    documentId: id,
    copyOf: copyOf === null ? null : { documentId: copyOf, similarity: 0.8, containment: 1.0000001 },
    relays: relayedFrom.map((outlet, i) => ({
      outlet,
      start: i * 10,
      end: i * 10 + outlet.length,
      form: 'dateline',
    })),
    relayedFrom,
    signature: signature(id.charCodeAt(0)),
  };
}

for (const dialect of testDialects()) {
  describe(`PgOriginRepository on ${dialect}`, () => {
    let test: TestDatabase;
    let store: PgStore;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
      store = new PgStore(test.db);
      await store.documents.insertDocuments(
        [
          document('a', 'Yonhap'),
          document('b', 'Daily One'),
          document('c', 'Daily Two'),
          document('d', null),
          document('e', 'Daily Three'),
        ].map((d) => ({ document: d, extraction: empty })),
      );
    });
    afterEach(async () => {
      await test.drop();
    });

    it('stores signatures and reads them back in ingest order, from any point', async () => {
      const first = await store.origins.insertOrigins(
        [origin('b', null), origin('a', null)],
        '2025-04-28T10:00:00Z',
      );
      const second = await store.origins.insertOrigins(
        [origin('c', 'a', ['Yonhap'])],
        '2025-04-28T10:01:00Z',
      );
      const all = await store.origins.signaturesAfter(0, 100);
      expect(all.map((s) => s.documentId)).toEqual(['b', 'a', 'c']);
      // Each insert returns the numbers of the rows it stored, in order; a document already recorded is left out.
      expect([...first, ...second]).toEqual(all.map((s) => s.seq));
      expect(await store.origins.insertOrigins([origin('a', 'b')], '2025-04-28T10:02:00Z')).toEqual([]);
      expect(await store.origins.countSignaturesAfter(first[0] ?? 0)).toEqual({ count: 2, last: second[0] });
      expect(await store.origins.countSignaturesAfter(second[0] ?? 0)).toEqual({
        count: 0,
        last: second[0],
      });
      expect(all[1]?.signature).toEqual(signature('a'.charCodeAt(0)));
      const later = await store.origins.signaturesAfter(all[1]?.seq ?? 0, 100);
      expect(later.map((s) => s.documentId)).toEqual(['c']);
      expect((await store.origins.signaturesAfter(0, 1)).map((s) => s.documentId)).toEqual(['b']);
      const missing = await store.origins.documentsWithoutOrigin(10, ['e']);
      expect(missing.map((d) => d.id)).toEqual(['d']);
    });

    it('resolves copy chains beyond the documents asked about, and survives a ring of copies', async () => {
      await store.origins.insertOrigins(
        [
          origin('a', null),
          origin('b', 'a', ['Yonhap']),
          origin('c', 'b'),
          origin('d', 'e'),
          origin('e', 'd'),
        ],
        '2025-04-28T10:00:00Z',
      );
      const inputs = await store.origins.originInputs(['c', 'd']);
      expect(inputs).toEqual([
        { id: 'c', outlet: 'Daily Two', copyOf: 'b', relayedFrom: [] },
        { id: 'd', outlet: null, copyOf: 'e', relayedFrom: [] },
        { id: 'a', outlet: 'Yonhap', copyOf: null, relayedFrom: [] },
        { id: 'b', outlet: 'Daily One', copyOf: 'a', relayedFrom: ['Yonhap'] },
        { id: 'e', outlet: 'Daily Three', copyOf: 'd', relayedFrom: [] },
      ]);
      expect(Object.fromEntries(await store.origins.summaries(['b', 'x']))).toEqual({
        b: { copyOf: 'a', relayedFrom: ['Yonhap'] },
      });
    });

    it('treats a document without a record as its own origin', async () => {
      expect(await store.origins.originInputs(['b', 'unknown'])).toEqual([
        { id: 'b', outlet: 'Daily One', copyOf: null, relayedFrom: [] },
      ]);
    });

    it('refuses a copy of a document that does not exist', async () => {
      await expect(
        store.origins.insertOrigins([origin('a', 'nowhere')], '2025-04-28T10:00:00Z'),
      ).rejects.toThrow(/foreign key/);
    });

    it('keeps how a document was fetched, headers included', async () => {
      const fetch = {
        requestedUrl: 'http://wire.example/a',
        finalUrl: 'https://wire.example/story/a',
        redirects: ['http://wire.example/a'],
        status: 200,
        mediaType: 'text/html',
        charset: 'utf-8',
        headers: { etag: '"x1"', 'content-type': 'text/html; charset=utf-8' },
        fetchedAt: '2025-04-28T10:00:00.000Z',
      };
      await store.fetches.insertFetches([{ documentId: 'a', fetch }]);
      expect(await store.fetches.fetchesOf('a')).toEqual([fetch]);
      expect(await store.fetches.fetchesOf('b')).toEqual([]);
    });
  });
}

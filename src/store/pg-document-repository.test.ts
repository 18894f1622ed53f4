// The DocumentRepository contract, run on every dialect (PGlite always; PostgreSQL with DATABASE_URL).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { NewDocument } from '../app/ports.js';
import type { Extraction } from '../domain/extraction.js';
import { PgDocumentRepository } from './pg-document-repository.js';

function newDocument(id: string, text: string, publishedAt: string | null = '2025-04-28'): NewDocument {
  return {
    id,
    contentHash: `hash-${id}`,
    externalId: null,
    kind: 'article',
    format: 'txt',
    text,
    bytes: new TextEncoder().encode(text),
    title: `Title ${id}`,
    author: null,
    outlet: 'Example Wire',
    url: null,
    publishedAt,
    retrievedAt: '2025-04-28T10:00:00.000Z',
    language: 'en',
    origin: `${id}.txt`,
  };
}

const extraction: Extraction = {
  statements: [
    {
      speaker: { text: 'Seoul', start: 0, end: 5, actor: 'kr' },
      cue: { text: 'said', start: 6, end: 10 },
      content: { text: 'troops moved', start: 11, end: 23 },
      direct: false,
      stance: 'assert',
      hedged: false,
      saidOn: '2024-10',
      confidence: 0.8,
    },
  ],
  dates: [{ text: 'in October', start: 24, end: 34, value: '2024-10' }],
  quantities: [],
  mentions: [{ text: 'Seoul', start: 0, end: 5, actor: 'kr' }],
  framing: [],
};

for (const dialect of testDialects()) {
  describe(`PgDocumentRepository on ${dialect}`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('stores a document with its statements and extraction, and reads them back', async () => {
      const repo = new PgDocumentRepository(test.db);
      const ids = await test.db.transaction((tx) =>
        new PgDocumentRepository(tx).insertDocuments([
          { document: newDocument('a', 'Seoul said troops moved in October'), extraction },
        ]),
      );
      expect(ids).toEqual(['a']);
      const document = await repo.getDocument('a');
      expect(document?.text).toBe('Seoul said troops moved in October');
      expect(document?.bytes).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(document?.bytes)).toBe('Seoul said troops moved in October');
      expect(document?.retrievedAt).toBe('2025-04-28T10:00:00.000Z');
      expect(await repo.getExtraction('a')).toEqual(extraction);
      const [statement] = await repo.listStatements({ speaker: 'kr' }, { limit: 10, offset: 0 });
      expect(statement).toMatchObject({
        documentId: 'a',
        outlet: 'Example Wire',
        saidOn: '2024-10',
        stance: 'assert',
      });
    });

    it('skips a document whose content is already stored', async () => {
      const repo = new PgDocumentRepository(test.db);
      await repo.insertDocuments([{ document: newDocument('a', 'one'), extraction }]);
      const again = await repo.insertDocuments([
        { document: newDocument('a', 'one'), extraction },
        { document: newDocument('b', 'two'), extraction },
      ]);
      expect(again).toEqual(['b']);
      expect(await repo.existingContentHashes(['hash-a', 'hash-c'])).toEqual(new Set(['hash-a']));
      expect(await repo.countDocuments()).toBe(2);
      // The skipped document's statement and extraction are not written a second time.
      const statements = await repo.listStatements({}, { limit: 10, offset: 0 });
      expect(statements.map((s) => s.documentId).sort()).toEqual(['a', 'b']);
      expect(await repo.getExtraction('b')).toEqual(extraction);
    });

    it('leaves nothing behind when the transaction fails', async () => {
      await expect(
        test.db.transaction(async (tx) => {
          await new PgDocumentRepository(tx).insertDocuments([
            { document: newDocument('a', 'one'), extraction },
          ]);
          throw new Error('crash after the write');
        }),
      ).rejects.toThrow('crash after the write');
      const repo = new PgDocumentRepository(test.db);
      expect(await repo.countDocuments()).toBe(0);
      expect(await repo.listStatements({}, { limit: 10, offset: 0 })).toEqual([]);
    });

    it('filters statements by speaker text and pages documents', async () => {
      const repo = new PgDocumentRepository(test.db);
      await repo.insertDocuments([
        { document: newDocument('a', 'one', '2024-10-01'), extraction },
        { document: newDocument('b', 'two', null), extraction: { ...extraction, statements: [] } },
      ]);
      // Document a is logged: its leaf names it (the log writer appends it in the ingest transaction).
      await test.db.query(
        "INSERT INTO log_leaves (leaf_index, leaf_hash, data, kind, ref) VALUES (0, $1, $2, 'document', 'a')",
        [new Uint8Array(32), new Uint8Array([1])],
      );
      expect((await repo.listStatements({ speaker: 'seo' }, { limit: 10, offset: 0 })).length).toBe(1);
      expect((await repo.listStatements({ speaker: '50%_' }, { limit: 10, offset: 0 })).length).toBe(0);
      const documents = await repo.listDocuments({ limit: 1, offset: 0 });
      expect(documents).toEqual([expect.objectContaining({ id: 'a', logIndex: 0, statements: 1 })]);
      expect(await repo.listDocuments({ limit: 5, offset: 1 })).toEqual([
        expect.objectContaining({ id: 'b', publishedAt: null }),
      ]);
    });
  });
}

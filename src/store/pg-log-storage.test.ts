// The LogStorage contract on PostgreSQL, on every dialect (PGlite always; PostgreSQL with DATABASE_URL), plus what only a database adds.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import { appendLeaves } from '../log/append-leaves.js';
import { logStorageContract } from '../log/log-storage.contract.test.js';
import { leafHash } from '../log/hashes.js';
import { rootHash } from '../log/merkle-tree.js';
import { readTreeHash } from '../log/tree-hash.js';
import { PgLogStorage } from './pg-log-storage.js';

const leaf = (i: number, bytes = 10): { data: Uint8Array; kind: string; ref: string } => ({
  data: new TextEncoder().encode(`leaf ${i} `.padEnd(bytes, '.')),
  kind: 'document',
  ref: `doc-${i}`,
});

for (const dialect of testDialects()) {
  describe(`PgLogStorage on ${dialect}`, () => {
    const open: TestDatabase[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((test) => test.drop()));
    });

    logStorageContract(async () => {
      const test = await createTestDatabase(dialect);
      open.push(test);
      return new PgLogStorage(test.db);
    });

    describe('in a transaction', () => {
      let test: TestDatabase;
      beforeEach(async () => {
        test = await createTestDatabase(dialect);
        open.push(test);
      });

      it('keeps nothing of a batch whose transaction rolls back', async () => {
        const storage = new PgLogStorage(test.db);
        await appendLeaves(storage, [leaf(0), leaf(1)]);
        await expect(
          test.db.transaction(async (tx) => {
            await appendLeaves(new PgLogStorage(tx), [leaf(2), leaf(3), leaf(4)]);
            throw new Error('crash before commit');
          }),
        ).rejects.toThrow('crash before commit');
        expect(await storage.treeSize()).toBe(2);
        await expect(storage.readLeaves(2, 1)).rejects.toMatchObject({ code: 'NotFound' });
        const again = await appendLeaves(storage, [leaf(2)]);
        expect(again.newSize).toBe(3);
        expect(await readTreeHash(storage, 3)).toEqual(again.rootHash);
      });

      it('writes a large batch in several statements, byte for byte', async () => {
        const storage = new PgLogStorage(test.db);
        const leaves = Array.from({ length: 700 }, (_, i) => leaf(i, 20_000));
        const result = await test.db.transaction((tx) => appendLeaves(new PgLogStorage(tx), leaves));
        expect(result.newSize).toBe(700);
        const back = await storage.readLeaves(0, 700);
        expect(back.map((l) => l.ref)).toEqual(leaves.map((l) => l.ref));
        expect(back[699]!.data).toEqual(leaves[699]!.data);
        expect(await readTreeHash(storage, 700)).toEqual(result.rootHash);
      });

      it('makes concurrent writers queue behind the lock, so no append is lost or refused', async () => {
        const appendIn = (from: number) =>
          test.db.transaction(async (tx) => {
            const storage = new PgLogStorage(tx);
            await storage.lockForAppend();
            return appendLeaves(
              storage,
              Array.from({ length: 5 }, (_, i) => leaf(from + i)),
            );
          });
        const results = await Promise.all([appendIn(0), appendIn(100), appendIn(200), appendIn(300)]);
        expect(results.map((r) => r.oldSize).sort((a, b) => a - b)).toEqual([0, 5, 10, 15]);
        const storage = new PgLogStorage(test.db);
        expect(await storage.treeSize()).toBe(20);
        const leaves = await storage.readLeaves(0, 20);
        expect(await readTreeHash(storage, 20)).toEqual(rootHash(leaves.map((l) => leafHash(l.data))));
      });

      it('refuses to change or delete a stored leaf or hash', async () => {
        await appendLeaves(new PgLogStorage(test.db), [leaf(0)]);
        await expect(test.db.query("UPDATE log_leaves SET ref = 'other'")).rejects.toThrow(/append-only/);
        await expect(test.db.query('DELETE FROM log_hashes')).rejects.toThrow(/append-only/);
      });
    });
  });
}

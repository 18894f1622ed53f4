// Foreign keys checked as a set: the list matches the schema's keys, an orphan still fails its
// transaction, and the per-row checks are off only inside the window.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { Extraction } from '../domain/extraction.js';
import type { LinkDelta } from '../link/linker-state.js';
import { BULK_FOREIGN_KEYS, KeysBySet } from './keys-by-set.js';
import { PgStore } from './pg-store.js';

const emptyExtraction: Extraction = { statements: [], dates: [], quantities: [], mentions: [], framing: [] };

function document(id: string) {
  return {
    document: {
      id,
      contentHash: `hash-${id}`,
      externalId: null,
      kind: 'article' as const,
      format: 'txt' as const,
      title: null,
      author: null,
      outlet: null,
      url: null,
      publishedAt: '2025-04-27',
      retrievedAt: '2025-04-28T00:00:00.000Z',
      language: 'en',
      origin: `${id}.txt`,
      text: 'Russia acknowledged the deployment.',
      bytes: new TextEncoder().encode('Russia acknowledged the deployment.'),
    },
    extraction: emptyExtraction,
  };
}

/** A delta holding one statement claim of `documentId`. */
function oneClaim(documentId: string): LinkDelta {
  return {
    claimsSeen: 1,
    claims: [
      {
        id: `${documentId}:0`,
        kind: 'statement',
        documentId,
        logIndex: null,
        publishedAt: '2025-04-27',
        parent: null,
        speaker: { text: 'Russia', actor: 'russia' },
        stance: 'confirm',
        evidenceKind: null,
        hedged: false,
        text: 'Russia acknowledged the deployment.',
        start: 0,
        end: 35,
        on: '2025-04-26',
        knownOn: '2025-04-27',
        outlet: null,
      },
    ],
    propositions: [],
    links: [],
    firstSupport: [],
    termCounts: [],
    holds: [],
  };
}

for (const dialect of testDialects()) {
  describe(`foreign keys checked as a set, on ${dialect}`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('lists every foreign key of the tables it lets write unchecked, and they have no other triggers', async () => {
      const rows = await test.db.query<{
        child: string;
        column: string;
        parent: string;
        parent_column: string;
      }>(
        `SELECT c.conrelid::regclass::text AS child, a.attname AS column,
                c.confrelid::regclass::text AS parent, pa.attname AS parent_column
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
         WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1::text[])`,
        [Object.keys(BULK_FOREIGN_KEYS)],
      );
      const declared = rows.map((r) => `${r.child}.${r.column} -> ${r.parent}.${r.parent_column}`).sort();
      const listed = Object.entries(BULK_FOREIGN_KEYS)
        .flatMap(([child, keys]) => keys.map((k) => `${child}.${k.column} -> ${k.parent}.${k.parentColumn}`))
        .sort();
      expect(listed).toEqual(declared);
      // Single-column keys only: a composite key would need a composite check.
      const composite = await test.db.query(
        `SELECT conname FROM pg_constraint
         WHERE contype = 'f' AND cardinality(conkey) > 1 AND conrelid::regclass::text = ANY($1::text[])`,
        [Object.keys(BULK_FOREIGN_KEYS)],
      );
      expect(composite).toEqual([]);
      // Replica mode would silence any other trigger on these tables as well.
      const triggers = await test.db.query(
        `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1::text[])`,
        [Object.keys(BULK_FOREIGN_KEYS)],
      );
      expect(triggers).toEqual([]);
    });

    it('fails the transaction of a sole writer that links a claim to a document that is not there', async () => {
      // The embedded store's sole writer checks as a set; a server database checks every row itself.
      const store = new PgStore(test.db, dialect === 'pglite');
      await store.transaction((tx) => tx.documents.insertDocuments([document('kept')]));
      const written = store.transaction(async (tx) => {
        await tx.documents.insertDocuments([document('also-kept')]);
        await tx.assessment.linker.lock();
        return tx.assessment.linker.writeDelta(oneClaim('missing'), new Map(), ['also-kept']);
      });
      await expect(written).rejects.toThrow(
        dialect === 'pglite' ? /claims\.document_id refers to documents\.id "missing"/ : /foreign key/,
      );
      // Rolled back whole: neither the document nor the claim, and the linker's version did not move.
      const documents = await test.db.query<{ id: string }>('SELECT id FROM documents ORDER BY id');
      expect(documents.map((d) => d.id)).toEqual(['kept']);
      expect(await test.db.query('SELECT id FROM claims')).toEqual([]);
      expect(await store.assessment.linker.version()).toBe(0);
      // The same delta for a stored document is written, on either path.
      await store.transaction(async (tx) => {
        await tx.assessment.linker.lock();
        return tx.assessment.linker.writeDelta(oneClaim('kept'), new Map(), ['kept']);
      });
      // A key the window did not write is looked up, even beside rows the window did write.
      const ghostHold = store.transaction(async (tx) => {
        await tx.assessment.linker.lock();
        const delta = oneClaim('kept');
        delta.claims[0] = { ...delta.claims[0]!, id: 'kept:1' };
        delta.holds = [{ claimId: 'ghost', documentId: 'kept', origin: null, places: ['Kursk'], on: null }];
        return tx.assessment.linker.writeDelta(delta, new Map(), ['kept']);
      });
      await expect(ghostHold).rejects.toThrow(
        dialect === 'pglite' ? /linker_holds\.claim_id refers to claims\.id "ghost"/ : /foreign key/,
      );
      const claims = await test.db.query<{ id: string; document_id: string }>(
        'SELECT id, document_id FROM claims',
      );
      expect(claims).toEqual([{ id: 'kept:0', document_id: 'kept' }]);
    });

    if (dialect === 'pglite') {
      it('turns the per-row checks off only between begin and end, and names the row that refers to nothing', async () => {
        const orphan = (id: string) =>
          `INSERT INTO statements (id, document_id, ordinal, speaker_text, speaker_start, speaker_end, cue_text,
             cue_start, cue_end, content_text, content_start, content_end, direct, stance, hedged, confidence)
           VALUES ('${id}', 'nowhere', 0, 'KCNA', 0, 4, 'said', 5, 9, 'rumors', 10, 16, false, 'deny', false, 1)`;
        await expect(test.db.query(orphan('before'))).rejects.toThrow(/foreign key/);
        const inWindow = test.db.transaction(async (tx) => {
          const keys = new KeysBySet(tx, true);
          await keys.begin();
          await tx.query(orphan('inside'));
          keys.wrote('statements', [{ document_id: 'nowhere' }]);
          // Written unchecked: the row is there until the window ends.
          expect(await tx.query("SELECT id FROM statements WHERE id = 'inside'")).toHaveLength(1);
          await keys.end();
        });
        await expect(inWindow).rejects.toThrow(/statements\.document_id refers to documents\.id "nowhere"/);
        expect(await test.db.query('SELECT id FROM statements')).toEqual([]);
        // After the window the database checks each row again, in the same transaction.
        const after = test.db.transaction(async (tx) => {
          const keys = new KeysBySet(tx, true);
          await keys.begin();
          await keys.end();
          await tx.query(orphan('after'));
        });
        await expect(after).rejects.toThrow(/foreign key/);
        // A table whose keys are not listed cannot be noted.
        const unlisted = test.db.transaction(async (tx) => {
          const keys = new KeysBySet(tx, true);
          await keys.begin();
          keys.wrote('document_origins', [{ document_id: 'nowhere' }]);
        });
        await expect(unlisted).rejects.toThrow(/document_origins has no foreign keys listed/);
      });
    }
  });
}

// The assessment repositories' contract, run on every dialect (PGlite always; PostgreSQL with DATABASE_URL):
// linking's state round-trips, claims read back with their documents' dates, views and caches behave.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { NewDocument } from '../app/ports.js';
import type { Extraction } from '../domain/extraction.js';
import type { Statement } from '../domain/statement.js';
import { applyDelta, emptySnapshot } from '../link/linker-state.js';
import { Linker } from '../link/linker.js';
import type { LinkDocument } from '../link/proposition.js';
import { PgStore } from './pg-store.js';

function statement(text: string, speaker: string, actor: string, content: string, saidOn: string): Statement {
  const s = text.indexOf(speaker);
  const c = text.indexOf(content);
  return {
    speaker: { text: speaker, start: s, end: s + speaker.length, actor },
    cue: { text: 'said', start: s + speaker.length + 1, end: s + speaker.length + 5 },
    content: { text: content, start: c, end: c + content.length },
    direct: false,
    stance: 'assert',
    hedged: false,
    saidOn,
    confidence: 1,
  };
}

const TEXTS: [string, string, string, string, string][] = [
  ['a', '2024-10-18', 'Seoul', 'kr-nis', 'North Korea had sent 1,500 soldiers to Russia'],
  ['b', '2024-11-05', 'Kyiv', 'ua-gur', 'Ukrainian units still hold positions in the Kursk region'],
  ['c', '2024-11-02', 'Moscow', 'ru-mod', 'Russian forces have retaken the Kursk region'],
];

function documents(): { document: NewDocument; extraction: Extraction; link: LinkDocument }[] {
  return TEXTS.map(([id, day, speaker, actor, content]) => {
    const text = `${speaker} said that ${content}.`;
    const statements = [statement(text, speaker, actor, content, day)];
    const document: NewDocument = {
      id,
      contentHash: `hash-${id}`,
      externalId: null,
      kind: 'article',
      format: 'txt',
      text,
      bytes: new TextEncoder().encode(text),
      title: null,
      author: null,
      outlet: 'Example Wire',
      url: null,
      publishedAt: day,
      retrievedAt: '2025-05-01T00:00:00.000Z',
      language: 'en',
      origin: `${id}.txt`,
    };
    return {
      document,
      extraction: { statements, dates: [], quantities: [], mentions: [], framing: [] },
      link: {
        id,
        publishedAt: day,
        logIndex: null,
        outlet: 'Example Wire',
        text,
        statements: statements.map((s, i) => ({ ...s, id: `${id}:${i}` })),
      },
    };
  });
}

for (const dialect of testDialects()) {
  describe(`assessment repositories on ${dialect}`, () => {
    let test: TestDatabase;
    let store: PgStore;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
      store = new PgStore(test.db);
      await store.documents.insertDocuments(documents());
    });
    afterEach(async () => {
      await test.drop();
    });

    it("keeps linking's state: a snapshot read back is what was written, and the version moves", async () => {
      const linker = new Linker({ retain: false });
      for (const d of documents()) linker.addDocument(d.link);
      const delta = linker.drain();
      const version = await store.transaction(async (tx) => {
        expect(await tx.assessment.linker.lock()).toBe(0);
        return tx.assessment.linker.writeDelta(delta, new Map(), ['a', 'b', 'c']);
      });
      expect(version).toBe(1);
      const snapshot = await store.assessment.linker.snapshot();
      const expected = applyDelta(emptySnapshot(), delta);
      expect(snapshot.claimsSeen).toBe(expected.claimsSeen);
      expect(new Map(snapshot.termCounts)).toEqual(new Map(expected.termCounts));
      expect(snapshot.propositions).toEqual(expected.propositions);
      expect(snapshot.holds).toEqual(expected.holds);
      expect(await store.assessment.linker.unassessedDocuments(10)).toEqual([]);
      // Writing the same links again keeps the stored ones.
      await store.assessment.linker.writeDelta({ ...delta, claims: [], propositions: [] }, new Map(), []);
      expect((await store.assessment.linked.all(null)).links).toHaveLength(delta.links.length);
      expect(await store.assessment.linker.version()).toBe(2);
    });

    it('reads claims back with their dates, as of a day, and ids by prefix', async () => {
      const linker = new Linker({ retain: false });
      for (const d of documents()) linker.addDocument(d.link);
      const delta = linker.drain();
      await store.assessment.linker.writeDelta(delta, new Map(), ['a', 'b', 'c']);
      const all = await store.assessment.linked.all(null);
      expect(all.claims.map((c) => c.id).sort()).toEqual(['a:0', 'b:0', 'c:0']);
      expect(all.claims.find((c) => c.id === 'a:0')).toMatchObject({
        publishedAt: '2024-10-18',
        on: '2024-10-18',
        outlet: 'Example Wire',
        speaker: { actor: 'kr-nis' },
      });
      const then = await store.assessment.linked.all({ day: '2024-11-03', logged: false });
      expect(then.claims.map((c) => c.id).sort()).toEqual(['a:0', 'c:0']);
      const control = delta.propositions.find((p) => p.proposition.predicate === 'control');
      const subset = await store.assessment.linked.subset([control?.proposition.id ?? ''], null);
      expect(subset.links.map((l) => l.polarity).sort()).toEqual(['disputes', 'supports']);
      const id = control?.proposition.id ?? '';
      expect(await store.assessment.linked.idsWithPrefix('proposition', id.slice(0, 6), 5)).toContain(id);
      expect(await store.assessment.linked.idsWithPrefix('claim', 'a:', 5)).toEqual(['a:0']);
      expect(await store.assessment.linked.idsWithPrefix('claim', '%', 5)).toEqual([]);
      // Whatever the database's collation, an index answers a prefix (the primary key under C, else the
      // text_pattern_ops index migration 0010 keeps): with sequential scans priced out, none is planned.
      for (const table of ['claims', 'propositions', 'proposition_links']) {
        const plan = await test.db.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          return tx.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN SELECT id FROM ${table} WHERE id LIKE 'p12%' ORDER BY id LIMIT 6`,
          );
        });
        expect(plan.map((row) => row['QUERY PLAN']).join('\n'), table).not.toContain('Seq Scan');
      }
      const items = await store.assessment.linked.retrievalItems(null);
      expect(items.filter((i) => i.kind === 'statement')).toHaveLength(3);
      await store.assessment.linker.setMergedInto([id], delta.propositions[0]?.proposition.id ?? '');
      const [merged] = await store.assessment.linked.propositions([id]);
      expect(merged?.mergedInto).toBe(delta.propositions[0]?.proposition.id);
    });

    it('keeps decisions append-only, with the leaf each became', async () => {
      const decision = {
        kind: 'status-set' as const,
        propositionId: 'p1',
        status: 'refuted' as const,
        from: '2025-01-01',
        by: 'A',
        reason: 'R',
        on: '2025-01-02',
      };
      await store.assessment.decisions.insert('d1', decision);
      await store.assessment.decisions.setLogIndex('d1', 7);
      expect(await store.assessment.decisions.list()).toEqual([{ id: 'd1', decision, logIndex: 7 }]);
      await expect(store.assessment.decisions.insert('d1', decision)).rejects.toThrow(/already recorded/);
    });

    it('keeps the current view and drops as-of views from a day on', async () => {
      const linker = new Linker({ retain: false });
      for (const d of documents()) linker.addDocument(d.link);
      const delta = linker.drain();
      await store.assessment.linker.writeDelta(delta, new Map(), ['a', 'b', 'c']);
      const [first, second] = delta.propositions.map((p) => p.proposition.id);
      const rows = [
        {
          id: second ?? '',
          text: '',
          status: 'alleged' as const,
          firstSupportedOn: '2024-11-02',
          supports: 1,
          disputes: 1,
        },
        {
          id: first ?? '',
          text: '',
          status: 'confirmed' as const,
          firstSupportedOn: '2024-10-18',
          supports: 1,
          disputes: 0,
        },
      ];
      const sources = await store.assessment.views.replacePropositions(
        [first ?? '', second ?? ''],
        rows,
        new Map([[first ?? '', [{ from: '2024-10-18', status: 'confirmed' as const, why: 'w' }]]]),
        [
          { kind: 'actor', source: 'kr-nis', propositionId: first ?? '', outcome: 'right', leadDays: 190 },
          {
            kind: 'actor',
            source: 'kr-nis',
            propositionId: second ?? '',
            outcome: 'pending',
            leadDays: null,
          },
        ],
      );
      expect(sources).toEqual([{ kind: 'actor', source: 'kr-nis' }]);
      await store.assessment.views.addStatements([
        { kind: 'actor', source: 'kr-nis', name: 'NIS', statements: 2 },
      ]);
      await store.assessment.views.addStatements([
        { kind: 'actor', source: 'kr-nis', name: 'NIS', statements: 1 },
      ]);
      await store.assessment.views.refreshSources([{ kind: 'actor', source: 'kr-nis', name: 'NIS' }]);
      const [record] = await store.assessment.views.listSources(null);
      expect(record).toMatchObject({
        id: 'kr-nis',
        name: 'NIS',
        statements: 3,
        right: 1,
        pending: 1,
        medianLeadDays: 190,
        accuracy: { mean: 0.6667 },
        framing: null,
      });
      expect((await store.assessment.views.listPropositions(null)).map((r) => r.id)).toEqual([first, second]);
      expect(await store.assessment.views.statusHistory(first ?? '')).toEqual([
        { from: '2024-10-18', status: 'confirmed', why: 'w' },
      ]);

      const asOf = { day: '2024-12-01', logged: false };
      expect(await store.assessment.views.exists(asOf)).toBe(false);
      await store.assessment.views.saveView(asOf, rows.slice(1), [], []);
      expect(await store.assessment.views.exists(asOf)).toBe(true);
      expect(await store.assessment.views.listPropositions(asOf)).toHaveLength(1);
      await store.assessment.views.invalidateFrom('2024-12-02');
      expect(await store.assessment.views.exists(asOf)).toBe(true);
      await store.assessment.views.invalidateFrom('2024-11-30');
      expect(await store.assessment.views.exists(asOf)).toBe(false);
      expect(await store.assessment.views.exists(null)).toBe(true);
    });

    it('sums framing counts, by day known and logged, and keeps profiles', async () => {
      const count = {
        kind: 'actor' as const,
        source: 'kp',
        month: '2024-10',
        knownBy: '2024-10-21',
        loggedBy: '2025-05-01',
        technique: '',
        words: 100,
        spans: 2,
      };
      await store.assessment.framing.add([count, { ...count, technique: 'dismissal', words: 0, spans: 2 }]);
      await store.assessment.framing.add([{ ...count, knownBy: '2025-04-28', month: '2025-04' }]);
      const all = await store.assessment.framing.counts(null, null);
      expect(
        all
          .filter((c) => c.technique === '')
          .map((c) => c.words)
          .sort(),
      ).toEqual([100, 100]);
      expect(
        await store.assessment.framing.counts([{ kind: 'actor', source: 'kp' }], {
          day: '2024-12-01',
          logged: false,
        }),
      ).toHaveLength(2);
      expect(await store.assessment.framing.counts(null, { day: '2024-12-01', logged: true })).toEqual([]);
      await store.assessment.views.addStatements([
        { kind: 'actor', source: 'kp', name: 'North Korea', statements: 1 },
      ]);
      const profile = {
        speaker: 'kp',
        words: 200,
        spans: 4,
        per1000Words: 20,
        techniques: [{ technique: 'dismissal' as const, count: 2, per1000Words: 10 }],
        byMonth: [],
        change: null,
      };
      await store.assessment.framing.replaceProfiles([{ kind: 'actor', source: 'kp', profile }]);
      const [kp] = await store.assessment.views.listSources(null, 'kp');
      expect(kp?.framing).toEqual(profile);
    });
  });
}

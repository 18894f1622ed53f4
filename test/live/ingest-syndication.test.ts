// Syndication at ingest, through the ingest use case on PGlite: copies across batches and processes, relays
// credited, one warm index per process, and independent origins read back for the assessment stage.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { independentOriginsOf } from '../../src/app/document-origins.js';
import { ingestSources, type IngestDeps } from '../../src/app/ingest-sources.js';
import type { OriginRepository } from '../../src/app/live-ports.js';
import { MinHashSyndication } from '../../src/app/min-hash-syndication.js';
import type { Store } from '../../src/app/ports.js';
import { PgStore } from '../../src/store/pg-store.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

const ORIGINAL = `Prisoner exchange agreed after weeks of talks

Negotiators from both sides agreed on Monday to swap ninety captured soldiers at a crossing point near the border, the defence ministry said in a short statement. The handover is expected later this week under the supervision of a neutral mediator, and the families of several of the men have already been told. Officials declined to say which units the soldiers came from or where they had been held.`;

const RELAY = `SEOUL, April 28 (Yonhap) -- Negotiators from both sides agreed on Monday to swap ninety captured soldiers at a crossing point near the border, the defence ministry said in a brief statement. The handover is expected later this week under the supervision of a neutral mediator, and the families of several of the men have already been informed. Officials declined to say which units the soldiers came from or where they had been held.
Read more: related coverage on our site`;

const OTHER = `Grain corridor reopens

Cargo ships began leaving the southern ports again on Tuesday after insurers agreed to cover the route, a shipping association said, adding that twelve vessels were waiting to load wheat and maize and that harbour pilots had been called back to work overnight.`;

const empty = { statements: [], dates: [], quantities: [], mentions: [], framing: [] };
const clock = () => new Date('2025-04-29T12:00:00Z');

async function sources(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimlog-syndication-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** The store with a tally of the signature rows read back through any transaction. */
function countingStore(store: Store, tally: { rows: number; calls: number }): Store {
  const origins = (inner: OriginRepository): OriginRepository => ({
    ...inner,
    insertOrigins: (o, at) => inner.insertOrigins(o, at),
    documentsWithoutOrigin: (limit, except) => inner.documentsWithoutOrigin(limit, except),
    originInputs: (ids) => inner.originInputs(ids),
    summaries: (ids) => inner.summaries(ids),
    countSignaturesAfter: (after) => inner.countSignaturesAfter(after),
    async signaturesAfter(after, limit) {
      const rows = await inner.signaturesAfter(after, limit);
      tally.calls += 1;
      tally.rows += rows.length;
      return rows;
    },
  });
  const wrap = (s: Store): Store => ({
    documents: s.documents,
    log: s.log,
    assessment: s.assessment,
    feeds: s.feeds,
    fetches: s.fetches,
    origins: origins(s.origins),
    transaction: (work) => s.transaction((tx) => work(wrap(tx))),
  });
  return wrap(store);
}

describe('syndication at ingest', () => {
  let test: TestDatabase;
  let store: PgStore;
  beforeEach(async () => {
    test = await createTestDatabase('pglite');
    store = new PgStore(test.db);
  });
  afterEach(async () => {
    await test.drop();
  });

  const deps = (s: Store, syndication: MinHashSyndication | undefined): IngestDeps => ({
    store: s,
    extract: () => empty,
    clock,
    ...(syndication ? { syndication } : {}),
  });
  /** As `deps`, but the log fails in every batch, so each batch is rolled back after syndication ran. */
  const failingLog = (s: Store, syndication: MinHashSyndication): IngestDeps => ({
    ...deps(s, syndication),
    afterBatch: () => Promise.reject(new Error('the log was unavailable')),
  });

  it('marks a relay in a later batch as a copy crediting the agency, and counts one origin for both', async () => {
    const dir = await sources({ '1-original.txt': ORIGINAL, '2-relay.txt': RELAY, '3-other.txt': OTHER });
    const tally = { rows: 0, calls: 0 };
    const report = await ingestSources(
      [dir],
      deps(countingStore(store, tally), new MinHashSyndication(clock)),
      { maxBytes: 1e6, batchSize: 1 },
    );
    const [original, relay, other] = report.ingested.map((d) => d.id);
    expect(report.ingested).toHaveLength(3);
    const summaries = await store.origins.summaries([original ?? '', relay ?? '', other ?? '']);
    expect(summaries.get(relay ?? '')).toEqual({ copyOf: original, relayedFrom: ['Yonhap'] });
    expect(summaries.get(original ?? '')).toEqual({ copyOf: null, relayedFrom: [] });
    expect(summaries.get(other ?? '')).toEqual({ copyOf: null, relayedFrom: [] });
    // Three batches: one catch-up read for the first; after that the rows after the last one read are
    // this process's own, already indexed, so none is read back.
    expect(tally).toEqual({ calls: 1, rows: 0 });

    const origins = await independentOriginsOf(store, [original ?? '', relay ?? '', other ?? '']);
    expect(origins.count).toBe(2);
    expect(origins.origins.find((o) => o.documentIds.includes(relay ?? ''))?.documentIds).toEqual([
      original,
      relay,
    ]);
  });

  it('reads back what another process stored between two of its batches, and finds a copy of it', async () => {
    const tally = { rows: 0, calls: 0 };
    const mine = new MinHashSyndication(clock);
    await ingestSources([await sources({ 'other.txt': OTHER })], deps(countingStore(store, tally), mine), {
      maxBytes: 1e6,
    });
    const theirs = await ingestSources(
      [await sources({ 'original.txt': ORIGINAL })],
      deps(store, new MinHashSyndication(clock)),
      { maxBytes: 1e6 },
    );
    const relay = await ingestSources(
      [await sources({ 'relay.txt': RELAY })],
      deps(countingStore(store, tally), mine),
      { maxBytes: 1e6 },
    );
    const relayId = relay.ingested[0]?.id ?? '';
    expect((await store.origins.summaries([relayId])).get(relayId)?.copyOf).toBe(theirs.ingested[0]?.id);
    // The other process's row and this process's own row before it are read back; the index is not rebuilt.
    expect(tally).toEqual({ calls: 2, rows: 2 });
  });

  it('finds a copy of a document another process stored, reading the stored signatures once', async () => {
    const first = await ingestSources(
      [await sources({ 'original.txt': ORIGINAL, 'other.txt': OTHER })],
      deps(store, new MinHashSyndication(clock)),
      { maxBytes: 1e6 },
    );
    const tally = { rows: 0, calls: 0 };
    const later = new MinHashSyndication(clock);
    const second = await ingestSources(
      [await sources({ 'relay.txt': RELAY })],
      deps(countingStore(store, tally), later),
      { maxBytes: 1e6 },
    );
    const relay = second.ingested[0]?.id ?? '';
    const original = first.ingested.find((d) => d.origin.endsWith('original.txt'))?.id;
    expect((await store.origins.summaries([relay])).get(relay)?.copyOf).toBe(original);
    expect(tally.rows).toBe(2);
  });

  it('records the same origins whether the batch was sketched ahead, during its inserts, or not', async () => {
    // Copies inside one batch and across batches: a relay with its agency line; an update and a follow-up
    // in the same words as an earlier copy (closer to it than to the original); a third copy whose words
    // two earlier ones share exactly (a tie, which goes to the earlier); an excerpt; unrelated reports.
    const update = `${ORIGINAL}\n\nUpdated with the mediator's schedule.`;
    const followUp = `${OTHER} Port officials expect the first convoy to arrive by Friday.`;
    const files = {
      '01-original.txt': ORIGINAL,
      '02-relay.txt': RELAY,
      '03-other.txt': OTHER,
      '04-update.txt': update,
      '05-follow-up.txt': followUp,
      '06-follow-up-again.txt': followUp.toUpperCase(),
      '07-update-again.txt': update.replace('Updated', 'UPDATED'),
      '08-update-third.txt': update.replace('schedule.', 'schedule!'),
      '09-excerpt.txt': `${ORIGINAL.split('. ').slice(0, 2).join('. ')}.`,
      '10-relay-again.txt': RELAY.replace('ninety', '90'),
    };
    const dir = await sources(files);
    const recorded = async (sketching: boolean, batchSize: number): Promise<unknown[]> => {
      const db = await createTestDatabase('pglite');
      try {
        const syndication = new MinHashSyndication(clock);
        const judged = sketching
          ? syndication
          : {
              record: (s: Store, d: Parameters<MinHashSyndication['record']>[1]) => syndication.record(s, d),
            };
        await ingestSources(
          [dir],
          { ...deps(new PgStore(db.db), undefined), syndication: judged },
          { maxBytes: 1e6, batchSize },
        );
        return await db.db.query(
          `SELECT d.origin, c.origin AS copy_of, o.similarity, o.containment, o.relayed_from, o.shingles,
                  encode(o.minhash, 'hex') AS minhash
           FROM document_origins o JOIN documents d ON d.id = o.document_id
           LEFT JOIN documents c ON c.id = o.copy_of_document_id ORDER BY d.origin`,
        );
      } finally {
        await db.drop();
      }
    };
    for (const batchSize of [2, 3, 10]) {
      const ahead = await recorded(true, batchSize);
      expect(ahead, `batches of ${batchSize}`).toEqual(await recorded(false, batchSize));
      const copies = ahead as { origin: string; copy_of: string | null }[];
      const copyOf = (name: string) =>
        copies.find((row) => row.origin.endsWith(name))?.copy_of?.replace(/^.*\//, '') ?? null;
      expect(copyOf('06-follow-up-again.txt')).toBe('05-follow-up.txt');
      expect(copyOf('08-update-third.txt')).toBe('04-update.txt');
      expect(copies.filter((row) => row.copy_of !== null)).toHaveLength(8);
    }
  });

  it('judges against what another process stored since its last batch, though it sketched before reading it', async () => {
    const first = new MinHashSyndication(clock);
    await ingestSources([await sources({ 'other.txt': OTHER })], deps(store, first), { maxBytes: 1e6 });
    const stored = await ingestSources(
      [await sources({ 'original.txt': ORIGINAL })],
      deps(store, new MinHashSyndication(clock)),
      { maxBytes: 1e6 },
    );
    const report = await ingestSources([await sources({ 'relay.txt': RELAY })], deps(store, first), {
      maxBytes: 1e6,
    });
    const relay = report.ingested[0]?.id ?? '';
    expect((await store.origins.summaries([relay])).get(relay)?.copyOf).toBe(stored.ingested[0]?.id);
  });

  it('forgets documents whose batch was rolled back, so no later copy points at them', async () => {
    const syndication = new MinHashSyndication(clock);
    await expect(
      ingestSources([await sources({ 'original.txt': ORIGINAL })], failingLog(store, syndication), {
        maxBytes: 1e6,
      }),
    ).rejects.toThrow('the log was unavailable');
    const report = await ingestSources([await sources({ 'relay.txt': RELAY })], deps(store, syndication), {
      maxBytes: 1e6,
    });
    const relay = report.ingested[0]?.id ?? '';
    expect((await store.origins.summaries([relay])).get(relay)).toEqual({
      copyOf: null,
      relayedFrom: ['Yonhap'],
    });
  });

  it('tells its own rolled-back rows from as many rows another process stored since', async () => {
    const mine = new MinHashSyndication(clock);
    await ingestSources([await sources({ 'other.txt': OTHER })], deps(store, mine), { maxBytes: 1e6 });
    await expect(
      ingestSources([await sources({ 'original.txt': ORIGINAL })], failingLog(store, mine), {
        maxBytes: 1e6,
      }),
    ).rejects.toThrow('the log was unavailable');
    // Another process stores one row too: the count after this process's last read is the same.
    const update = await ingestSources(
      [await sources({ 'update.txt': `${ORIGINAL}\n\nUpdated with the mediator's schedule.` })],
      deps(store, new MinHashSyndication(clock)),
      { maxBytes: 1e6 },
    );
    const report = await ingestSources([await sources({ 'relay.txt': RELAY })], deps(store, mine), {
      maxBytes: 1e6,
    });
    const relay = report.ingested[0]?.id ?? '';
    expect((await store.origins.summaries([relay])).get(relay)?.copyOf).toBe(update.ingested[0]?.id);
  });

  it('gives documents stored before syndication existed their record, and finds copies of them', async () => {
    const old = await ingestSources([await sources({ 'original.txt': ORIGINAL })], deps(store, undefined), {
      maxBytes: 1e6,
    });
    const original = old.ingested[0]?.id ?? '';
    expect(await store.origins.summaries([original])).toEqual(new Map());
    const report = await ingestSources(
      [await sources({ 'relay.txt': RELAY })],
      deps(store, new MinHashSyndication(clock)),
      { maxBytes: 1e6 },
    );
    const relay = report.ingested[0]?.id ?? '';
    const summaries = await store.origins.summaries([original, relay]);
    expect(summaries.get(original)).toEqual({ copyOf: null, relayedFrom: [] });
    expect(summaries.get(relay)?.copyOf).toBe(original);
  });
});

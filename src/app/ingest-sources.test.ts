// Ingest with extraction on worker threads, each batch extracted (and read ahead for linking) while the
// one before it is written, stores and links exactly what ingest on one thread does, and reports repeats
// across batches as duplicates.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { DEMO_CORPUS } from '../cli/demo-command.js';
import { PgStore } from '../store/pg-store.js';
import { assessBatch } from './assess-batch.js';
import { createAssessmentParts } from './assessment-parts.js';
import { createExtractor, loadGazetteer } from './create-extractor.js';
import { LinkingSession } from './linking-session.js';
import { ExtractionPool } from './extraction-pool.js';
import { ingestSources, type IngestDeps, type IngestReport } from './ingest-sources.js';

const extract = createExtractor({ gazetteerFile: null });
const clock = () => new Date('2025-06-01T00:00:00Z');
const parts = createAssessmentParts(loadGazetteer({ gazetteerFile: null }), clock);

describe('ingestSources with extraction workers', () => {
  const databases: TestDatabase[] = [];
  let sources = '';
  let pool: ExtractionPool;
  beforeAll(async () => {
    // The demo corpus, and a second copy of its reports file: every report in it is a repeat.
    sources = mkdtempSync(join(tmpdir(), 'claimlog-pipeline-'));
    cpSync(DEMO_CORPUS, join(sources, 'a'), { recursive: true });
    cpSync(join(DEMO_CORPUS, 'reports.jsonl'), join(sources, 'b-again.jsonl'));
    pool = new ExtractionPool(extract, { gazetteerFile: null, workers: 1 });
    pool.start();
    const until = Date.now() + 60_000;
    while (pool.readyWorkers === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    await pool.close();
    await Promise.all(databases.map((d) => d.drop()));
    rmSync(sources, { recursive: true, force: true });
  });

  async function ingest(
    withPool: boolean,
  ): Promise<{ report: IngestReport; store: PgStore; database: TestDatabase }> {
    const database = await createTestDatabase('pglite');
    databases.push(database);
    const store = new PgStore(database.db);
    // Linked and assessed in each batch's transaction, as claimlog does (without the log).
    const session = new LinkingSession(parts);
    const deps: IngestDeps = {
      store,
      extract,
      clock,
      assessBatch: async (tx, stored) => {
        await assessBatch(tx, stored, session, parts);
      },
      ...(withPool ? { extraction: pool } : {}),
    };
    const report = await ingestSources([sources], deps, { maxBytes: 20_000_000, batchSize: 4 });
    return { report, store, database };
  }

  it('stores and links what one thread stores and links, batch after batch', async () => {
    expect(pool.readyWorkers).toBe(1);
    const inline = await ingest(false);
    const pooled = await ingest(true);
    expect(pooled.report.failures).toEqual([]);
    expect(pooled.report.ingested.length).toBeGreaterThan(25);
    expect(pooled.report.ingested).toEqual(inline.report.ingested);
    expect(pooled.report.duplicates).toEqual(inline.report.duplicates);
    // Every report of the second copy is a repeat of one stored from the first.
    expect(pooled.report.duplicates.filter((d) => d.origin.includes('b-again.jsonl')).length).toBeGreaterThan(
      20,
    );
    const page = { limit: 1000, offset: 0 };
    const statements = await pooled.store.documents.listStatements({}, page);
    expect(statements.length).toBeGreaterThan(100);
    expect(statements).toEqual(await inline.store.documents.listStatements({}, page));
    // Linked alike: the workers' reading ahead gives the linker what it reads itself.
    const linked = await pooled.store.assessment.linker.snapshot();
    expect(linked.propositions.length).toBeGreaterThan(10);
    expect(linked).toEqual(await inline.store.assessment.linker.snapshot());
    // Framing counted alike: the workers count each document's framing ahead, as this thread would.
    const framing = (database: TestDatabase) =>
      database.db.query(
        `SELECT kind, source, month, known_by, logged_by, technique, words, spans FROM framing_counts
         ORDER BY kind, source, month, known_by, logged_by, technique`,
      );
    const counted = await framing(pooled.database);
    expect(counted.length).toBeGreaterThan(50);
    expect(counted).toEqual(await framing(inline.database));
    for (const { id } of pooled.report.ingested.slice(0, 5)) {
      expect(await pooled.store.documents.getExtraction(id)).toEqual(
        await inline.store.documents.getExtraction(id),
      );
    }
  });
});

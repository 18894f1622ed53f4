// Where an ingest's time goes, stage by stage: the ingest benchmark's corpus ingested into fresh embedded
// stores three times, each time with one more of the stages `Claimlog.ingest` runs in a batch's
// transaction. 1: read, extract, store and log (what issue 2's ingest asked for); 2: and syndication
// (copy detection and stated relays); 3: and assessment (evidence, linking, the current view and framing),
// which is the whole ingest that ingest.bench.ts measures. The wiring follows openClaimlog and
// Claimlog.ingest, with the stages left out in turn.
// Usage: [TOKENIZE_PASSES=3] tsx bench/ingest-stages.bench.ts [DOCUMENTS]   (default 10000)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createAssessmentParts } from '../src/app/assessment-parts.js';
import { AssessmentUseCases } from '../src/app/assessment-use-cases.js';
import { readConfig } from '../src/app/config.js';
import { createExtractor, loadGazetteer } from '../src/app/create-extractor.js';
import { createLiveParts } from '../src/app/create-live-parts.js';
import { ExtractionPool } from '../src/app/extraction-pool.js';
import { ingestSources, type IngestDeps } from '../src/app/ingest-sources.js';
import { createLog } from '../src/app/open-log.js';
import { migrate } from '../src/store/migrate.js';
import { PgStore } from '../src/store/pg-store.js';
import { openPgliteThread } from '../src/store/pglite/pglite-thread.js';
import { tokenize, writeBenchCorpus } from './bench-corpus.js';

const wanted = Number(process.argv[2] ?? 10_000);
const { dir, sources, texts, megabytes } = writeBenchCorpus(wanted, 'claimlog-bench-stages-');
const tokenizeRate = megabytes / tokenize(texts, Number(process.env.TOKENIZE_PASSES ?? 3)).median.seconds;

const STAGES = [
  { stage: 1, name: 'extract, store and log', syndication: false, assessment: false },
  { stage: 2, name: '+ syndication', syndication: true, assessment: false },
  { stage: 3, name: '+ assessment', syndication: true, assessment: true },
] as const;

/** Ingests the corpus into a fresh embedded store with the stages `stage` names; its wall seconds. */
async function timedStage(stage: (typeof STAGES)[number]): Promise<number> {
  const config = { ...readConfig({}), home: join(dir, `home-${stage.stage}`) };
  const database = await openPgliteThread(join(config.home, 'pgdata'));
  await migrate(database);
  const store = new PgStore(database, true);
  const clock = (): Date => new Date();
  const gazetteer = loadGazetteer(config);
  const log = createLog(config, store);
  const extract = createExtractor(config, gazetteer);
  const extraction = new ExtractionPool(extract, {
    gazetteerFile: config.gazetteerFile,
    workers: config.extractWorkers,
  });
  const assessment = new AssessmentUseCases({
    store,
    log,
    parts: createAssessmentParts(gazetteer, clock),
    transactionsEnded: () => store.transactionsEnded(),
    committedVersion: () => store.committedVersion(),
  });
  store.onVersionCommitted((version) => assessment.versionCommitted(version));
  const deps: IngestDeps = {
    store,
    extract,
    extraction,
    clock,
    afterBatch: async (tx, ids) => {
      await log.writer.appendDocuments(tx, ids);
    },
    afterCommit: async () => {
      await log.publishTiles();
    },
    ...(stage.syndication ? { syndication: createLiveParts(config, clock).syndication } : {}),
    ...(stage.assessment ? { assessBatch: (tx, stored) => assessment.assessStored(tx, stored) } : {}),
  };
  try {
    const started = performance.now();
    const report = await ingestSources([sources], deps, { maxBytes: config.maxBytes });
    const seconds = (performance.now() - started) / 1000;
    if (report.ingested.length !== wanted)
      throw new Error(`expected ${wanted} documents ingested, got ${report.ingested.length}`);
    return seconds;
  } finally {
    await extraction.close();
    await database.close();
  }
}

let previous: number | null = null;
for (const stage of STAGES) {
  const seconds = await timedStage(stage);
  const label = `ingest stage ${stage.stage} (${stage.name})`;
  console.log(`${label} documents/s: ${(wanted / seconds).toFixed(0)}`);
  console.log(`${label} / tokenization ratio: ${(megabytes / seconds / tokenizeRate).toFixed(3)}`);
  if (previous !== null)
    console.log(`${label} ms per document added: ${((1000 * (seconds - previous)) / wanted).toFixed(3)}`);
  previous = seconds;
}
rmSync(dir, { recursive: true, force: true });

// Where an ingest's time goes, stage by stage: the ingest benchmark's corpus ingested into fresh embedded
// stores three times, each time with one more of the stages `Claimlog.ingest` runs in a batch's
// transaction. 1: read, extract, store and log (what issue 2's ingest asked for); 2: and syndication
// (copy detection and stated relays); 3: and assessment (evidence, linking, the current view and framing),
// which is the whole ingest that ingest.bench.ts measures, run through openClaimlog and Claimlog.ingest.
// Stages 1 and 2 wire the same parts by hand, leaving the later stages out.
// Usage: [TOKENIZE_PASSES=3] tsx bench/ingest-stages.bench.ts [DOCUMENTS]   (default 10000)
import { join } from 'node:path';
import { readConfig } from '../src/app/config.js';
import { createExtractor, loadGazetteer } from '../src/app/create-extractor.js';
import { createLiveParts } from '../src/app/create-live-parts.js';
import { ExtractionPool } from '../src/app/extraction-pool.js';
import { ingestSources, type IngestDeps, type IngestReport } from '../src/app/ingest-sources.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import { createLog } from '../src/app/open-log.js';
import { migrate } from '../src/store/migrate.js';
import { PgStore } from '../src/store/pg-store.js';
import { openPgliteThread } from '../src/store/pglite/pglite-thread.js';
import { tokenize, writeBenchCorpus } from './bench-corpus.js';
import { cpuSeconds } from './measures.js';

const wanted = Number(process.argv[2] ?? 10_000);
const { dir, sources, texts, megabytes } = writeBenchCorpus(wanted, 'claimlog-bench-stages-');
const tokenizeRate = megabytes / tokenize(texts, Number(process.env.TOKENIZE_PASSES ?? 3)).median.seconds;

/** A stage's wall seconds, and the CPU seconds this process used meanwhile (every thread). */
interface Timing {
  seconds: number;
  cpu: number;
}

/** Runs one ingest of the corpus and times it, after checking every document went in. */
async function timed(ingest: () => Promise<IngestReport>): Promise<Timing> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await ingest();
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  if (report.ingested.length !== wanted)
    throw new Error(`expected ${wanted} documents ingested, got ${report.ingested.length}`);
  return { seconds, cpu: cpuUsed };
}

/**
 * Stages 1 and 2: the parts openClaimlog builds and the deps Claimlog.ingest gives ingestSources, without
 * assessment, and without syndication unless `syndication`.
 */
async function timedWithout(home: string, syndication: boolean): Promise<Timing> {
  const config = { ...readConfig({}), home };
  const database = await openPgliteThread(join(config.home, 'pgdata'));
  await migrate(database);
  const store = new PgStore(database, true);
  const clock = (): Date => new Date();
  const log = createLog(config, store);
  const extract = createExtractor(config, loadGazetteer(config));
  const extraction = new ExtractionPool(extract, {
    gazetteerFile: config.gazetteerFile,
    workers: config.extractWorkers,
  });
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
    ...(syndication ? { syndication: createLiveParts(config, clock).syndication } : {}),
  };
  try {
    return await timed(() => ingestSources([sources], deps, { maxBytes: config.maxBytes }));
  } finally {
    await extraction.close();
    await database.close();
  }
}

/** Stage 3: the whole ingest, as `claimlog ingest` runs it. */
async function timedWhole(home: string): Promise<Timing> {
  const claimlog = await openClaimlog({ ...readConfig({}), home });
  try {
    return await timed(() => claimlog.ingest([sources]));
  } finally {
    await claimlog.close();
  }
}

const STAGES = [
  { name: 'extract, store and log', run: (home: string) => timedWithout(home, false) },
  { name: '+ syndication', run: (home: string) => timedWithout(home, true) },
  { name: '+ assessment', run: timedWhole },
];

let previous: number | null = null;
for (const [i, stage] of STAGES.entries()) {
  const { seconds, cpu } = await stage.run(join(dir, `home-${i + 1}`));
  const label = `ingest stage ${i + 1} (${stage.name})`;
  console.log(`${label} documents/s: ${(wanted / seconds).toFixed(0)}`);
  console.log(`${label} / tokenization ratio: ${(megabytes / seconds / tokenizeRate).toFixed(3)}`);
  console.log(`${label} CPU ms per document: ${((1000 * cpu) / wanted).toFixed(3)}`);
  if (previous !== null)
    console.log(`${label} ms per document added: ${((1000 * (seconds - previous)) / wanted).toFixed(3)}`);
  previous = seconds;
}

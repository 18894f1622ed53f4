// Ingest throughput: the demo corpus repeated to ≥ 10,000 distinct documents, ingested into a fresh
// embedded store, beside bare wink-nlp tokenization of the same text in the same run.
// Usage: [TOKENIZE_PASSES=3] [BENCH_DATABASE_URL=postgres://…] tsx bench/ingest.bench.ts [DOCUMENTS]   (default 10000)
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../src/app/config.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import { openPostgres } from '../src/store/postgres/postgres-database.js';
import { tokenize, writeBenchCorpus } from './bench-corpus.js';
import { cpuSeconds, threadCpuSeconds, threadCpuUsed } from './measures.js';

const wanted = Number(process.argv[2] ?? 10_000);
const { dir, sources, texts, megabytes } = writeBenchCorpus(wanted, 'claimlog-bench-ingest-');

// Bare tokenization: what wink-nlp alone does with the same text, median of TOKENIZE_PASSES passes.
const { passes, tokens, median } = tokenize(texts, Number(process.env.TOKENIZE_PASSES ?? 3));
const tokenizeSeconds = median.seconds;
const tokenizeCpu = median.cpu;

/** One whole ingest of the corpus with `config`: read, identify, extract, store, log and assess. */
async function timedIngest(config: Config) {
  const claimlog = await openClaimlog(config);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const threadsBefore = threadCpuSeconds();
  const report = await claimlog.ingest([sources]);
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  // Only the threads busy at least 1 % of the ingest's wall time.
  const threads = threadCpuUsed(threadsBefore, threadCpuSeconds()).filter((used) => used >= 0.01 * seconds);
  await claimlog.close();
  if (report.ingested.length !== wanted)
    throw new Error(`expected ${wanted} documents ingested, got ${report.ingested.length}`);
  return { seconds, cpu: cpuUsed, threads };
}

/** Each thread's busy share of an ingest's wall time, in %. */
function busyShares(ingest: { seconds: number; threads: number[] }): string[] {
  return ingest.threads.map((used) => ((100 * used) / ingest.seconds).toFixed(0));
}

// Into a fresh embedded store (the default).
const embedded = await timedIngest({ ...readConfig({}), home: join(dir, 'home') });
const ingestSeconds = embedded.seconds;
const ingestCpu = embedded.cpu;

const tokenizeRate = megabytes / tokenizeSeconds;
const ingestRate = megabytes / ingestSeconds;
console.log(`ingest documents: ${wanted} (${megabytes.toFixed(1)} MB of text, ${tokens} tokens)`);
console.log(`ingest documents/s: ${(wanted / ingestSeconds).toFixed(0)}`);
console.log(`ingest MB/s: ${ingestRate.toFixed(2)}`);
console.log(`wink-nlp tokenization MB/s: ${tokenizeRate.toFixed(2)}`);
console.log(
  `wink-nlp tokenization MB/s, each pass (median counts): ${passes.map((p) => (megabytes / p.seconds).toFixed(2)).join(', ')}`,
);
console.log(`ingest / tokenization ratio: ${(ingestRate / tokenizeRate).toFixed(3)}`);
// On a shared machine wall time also counts other work: the same ratio in CPU seconds of this process.
console.log(`ingest documents per CPU second: ${(wanted / ingestCpu).toFixed(0)}`);
console.log(`ingest / tokenization ratio (CPU seconds): ${(tokenizeCpu / ingestCpu).toFixed(3)}`);
console.log(`ingest cores busy: ${(ingestCpu / ingestSeconds).toFixed(2)}`);
// The most that overlapping the threads better could give: every core busy for the whole ingest, at the
// CPU per document measured. Above the target ratio it can be reached by scheduling; below it only by
// spending less CPU per document.
const cores = availableParallelism();
const ceiling = (cores * wanted) / ingestCpu;
console.log(`ingest CPU ms per document: ${((1000 * ingestCpu) / wanted).toFixed(3)}`);
console.log(`ingest documents/s ceiling on ${cores} cores: ${ceiling.toFixed(0)}`);
console.log(
  `ingest / tokenization ratio ceiling on ${cores} cores: ${((ceiling * megabytes) / wanted / tokenizeRate).toFixed(3)}`,
);
// Where the CPU went: the main thread, the database's, the extraction worker's and V8's helpers are not
// told apart by Linux, so each thread is printed unnamed, busiest first: its busy share of the ingest's
// wall time, then its CPU ms per document (the unit of the ceiling above: where a cut would count).
console.log(`ingest thread busy % (busiest first): ${busyShares(embedded).join(', ')}`);
console.log(
  `ingest thread CPU ms per document (busiest first): ${embedded.threads.map((used) => ((1000 * used) / wanted).toFixed(2)).join(', ')}`,
);
console.log(`ingest peak RSS MB: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);

// With BENCH_DATABASE_URL, the same ingest into a fresh database on that PostgreSQL server (created and
// dropped here; the role needs CREATEDB). The server's own CPU is not this process's, so only wall figures.
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  const name = `claimlog_bench_${process.pid}`;
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.execScript(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const server = await timedIngest({
      ...readConfig({ DATABASE_URL: url.toString() }),
      home: join(dir, 'server-home'),
    });
    console.log(`ingest on PostgreSQL documents/s: ${(wanted / server.seconds).toFixed(0)}`);
    console.log(
      `ingest on PostgreSQL / tokenization ratio: ${(megabytes / server.seconds / tokenizeRate).toFixed(3)}`,
    );
    console.log(`ingest on PostgreSQL thread busy % (busiest first): ${busyShares(server).join(', ')}`);
  } finally {
    await admin.execScript(`DROP DATABASE ${name}`);
    await admin.close();
  }
}

// Ingest throughput: the demo corpus repeated to ≥ 10,000 distinct documents, ingested into a fresh
// embedded store, beside bare wink-nlp tokenization of the same text in the same run.
// Usage: tsx bench/ingest.bench.ts [DOCUMENTS]   (default 10000)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConfig } from '../src/app/config.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import { demoReports } from './demo-reports.js';
import { cpuSeconds, threadCpuSeconds, threadShares } from './measures.js';

const wanted = Number(process.argv[2] ?? 10_000);
const now = new Date();
const base = demoReports(now);

// Distinct copies (a numbered line keeps each one's content hash its own), 1,000 reports per file.
const dir = mkdtempSync(join(tmpdir(), 'claimlog-bench-ingest-'));
const sources = join(dir, 'sources');
mkdirSync(sources);
const texts: string[] = [];
let lines: string[] = [];
for (let i = 0; i < wanted; i++) {
  const report = base[i % base.length];
  if (!report) throw new Error('the demo corpus is empty');
  const text = `${report.text}\n\n(Bench copy ${i}.)`;
  texts.push(text);
  lines.push(
    JSON.stringify({
      id: `bench-${i}`,
      text,
      publishedAt: report.publishedAt,
      outlet: report.outlet,
      title: report.title,
      language: 'en',
    }),
  );
  if (lines.length === 1000 || i === wanted - 1) {
    writeFileSync(join(sources, `part-${String(i).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
    lines = [];
  }
}
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

// Bare tokenization: what wink-nlp alone does with the same text.
const nlp = winkNLP(model);
let started = performance.now();
let cpu = process.cpuUsage();
let tokens = 0;
for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
const tokenizeSeconds = (performance.now() - started) / 1000;
const tokenizeCpu = cpuSeconds(cpu);

// The whole ingest: read, identify, extract, store, into a fresh embedded store.
const config = { ...readConfig({}), home: join(dir, 'home') };
const claimlog = await openClaimlog(config);
started = performance.now();
cpu = process.cpuUsage();
const threadsBefore = threadCpuSeconds();
const report = await claimlog.ingest([sources]);
const ingestSeconds = (performance.now() - started) / 1000;
const ingestCpu = cpuSeconds(cpu);
const shares = threadShares(threadsBefore, threadCpuSeconds(), ingestSeconds).filter((share) => share >= 1);
await claimlog.close();
rmSync(dir, { recursive: true, force: true });
if (report.ingested.length !== wanted)
  throw new Error(`expected ${wanted} documents ingested, got ${report.ingested.length}`);

const tokenizeRate = megabytes / tokenizeSeconds;
const ingestRate = megabytes / ingestSeconds;
console.log(`ingest documents: ${wanted} (${megabytes.toFixed(1)} MB of text, ${tokens} tokens)`);
console.log(`ingest documents/s: ${(wanted / ingestSeconds).toFixed(0)}`);
console.log(`ingest MB/s: ${ingestRate.toFixed(2)}`);
console.log(`wink-nlp tokenization MB/s: ${tokenizeRate.toFixed(2)}`);
console.log(`ingest / tokenization ratio: ${(ingestRate / tokenizeRate).toFixed(3)}`);
// On a shared machine wall time also counts other work: the same ratio in CPU seconds of this process.
console.log(`ingest documents per CPU second: ${(wanted / ingestCpu).toFixed(0)}`);
console.log(`ingest / tokenization ratio (CPU seconds): ${(tokenizeCpu / ingestCpu).toFixed(3)}`);
// Where the CPU went: the main thread, the database's, the extraction worker's and V8's helpers are not
// told apart by Linux, so each thread's busy share of the ingest's wall time is printed, busiest first.
console.log(`ingest cores busy: ${(ingestCpu / ingestSeconds).toFixed(2)}`);
console.log(`ingest thread busy % (busiest first): ${shares.map((share) => share.toFixed(0)).join(', ')}`);
console.log(`ingest peak RSS MB: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);

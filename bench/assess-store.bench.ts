// Assessment in the embedded store at issue 4's size: 100,000 synthetic statements (bench/synthetic-statements.ts)
// ingested through the real path (read, store, log, link, assess; only extraction is replaced by the generated
// statements), then p95 latency of `timeline` and `sources`, now and as of a day.
// Usage: node --import tsx bench/assess-store.bench.ts [STATEMENTS] [QUERIES]   (defaults 100000, 300)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig } from '../src/app/config.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import type { Extraction } from '../src/domain/extraction.js';
import { day, generator, syntheticDocuments } from './synthetic-statements.js';
import { benchDir } from './bench-dir.js';
import { cpuSeconds, p95 } from './measures.js';

const STATEMENTS = Number(process.argv[2] ?? 100_000);
const QUERIES = Number(process.argv[3] ?? 300);
const random = generator(20240418);
const docs = syntheticDocuments(STATEMENTS, random);

// The documents as JSONL reports, 1,000 to a file; the extractor hands back each one's generated statements.
const dir = benchDir('claimlog-bench-assess-store-');
const sources = join(dir, 'sources');
mkdirSync(sources);
const extractions = new Map<string, Extraction>();
for (let start = 0; start < docs.length; start += 1000) {
  const lines = docs.slice(start, start + 1000).map((d) => {
    const text = d.text.trim();
    extractions.set(text, { statements: d.statements, dates: [], quantities: [], mentions: [], framing: [] });
    return JSON.stringify({ id: d.id, text, publishedAt: d.publishedAt, outlet: d.outlet, language: 'en' });
  });
  writeFileSync(join(sources, `part-${String(start).padStart(6, '0')}.jsonl`), `${lines.join('\n')}\n`);
}
const extract = (document: { text: string }): Extraction => {
  const extraction = extractions.get(document.text.trim());
  if (!extraction) throw new Error('a benchmark document changed on its way in');
  return extraction;
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

const claimlog = await openClaimlog({ ...readConfig({}), home: join(dir, 'home') }, { extract });
let started = performance.now();
const cpu = process.cpuUsage();
const report = await claimlog.ingest([sources]);
const ingestSeconds = (performance.now() - started) / 1000;
const ingestCpu = cpuSeconds(cpu);
if (report.ingested.length !== docs.length)
  throw new Error(`expected ${docs.length} documents ingested, got ${report.ingested.length}`);
const ingestRss = process.resourceUsage().maxRSS / 1024;

const { assessment } = claimlog;
const rows = await assessment.propositions(null);
const pickRow = (): string => rows[Math.floor(random() * rows.length)]?.id ?? '';
const asOfDays = Array.from({ length: 5 }, () => ({
  day: day(Math.floor(random() * docs.length)),
  logged: false,
}));
const pickDay = () => asOfDays[Math.floor(random() * asOfDays.length)] ?? null;

const timelines: number[] = [];
for (let i = 0; i < QUERIES; i += 1) timelines.push(await timed(() => assessment.timeline(pickRow(), null)));
const timelinesAsOf: number[] = [];
for (let i = 0; i < QUERIES; i += 1) {
  const id = pickRow();
  const asOf = pickDay();
  // A proposition not yet known on the day is a NotFound answer: timed all the same.
  timelinesAsOf.push(await timed(() => assessment.timeline(id, asOf).catch(() => null)));
}
const sourcesNow: number[] = [];
for (let i = 0; i < QUERIES; i += 1) sourcesNow.push(await timed(() => assessment.sources(null)));
// The first query of each day computes and stores that day's view; later ones read it.
const coldAsOf: number[] = [];
for (const asOf of asOfDays) coldAsOf.push(await timed(() => assessment.sources(asOf)));
const sourcesAsOf: number[] = [];
for (let i = 0; i < QUERIES; i += 1) sourcesAsOf.push(await timed(() => assessment.sources(pickDay())));
started = performance.now();
await claimlog.close();

console.log(`assess-store statements: ${STATEMENTS}`);
console.log(`assess-store documents: ${docs.length}`);
console.log(`assess-store propositions: ${rows.length}`);
console.log(`assess-store ingest + link + status documents/s: ${Math.round(docs.length / ingestSeconds)}`);
console.log(
  `assess-store ingest + link + status documents per CPU second: ${Math.round(docs.length / ingestCpu)}`,
);
console.log(`assess-store ingest peak RSS MB: ${Math.round(ingestRss)}`);
console.log(`assess-store timeline p95 ms (${QUERIES} queries): ${p95(timelines).toFixed(1)}`);
console.log(
  `assess-store timeline as-of p95 ms (${QUERIES} queries, 5 days): ${p95(timelinesAsOf).toFixed(1)}`,
);
console.log(`assess-store sources p95 ms (${QUERIES} queries): ${p95(sourcesNow).toFixed(1)}`);
console.log(`assess-store sources as-of p95 ms (${QUERIES} queries, 5 days): ${p95(sourcesAsOf).toFixed(1)}`);
console.log(`assess-store sources as-of first query of a day, max ms: ${Math.max(...coldAsOf).toFixed(0)}`);
console.log(`assess-store peak RSS MB: ${Math.round(process.resourceUsage().maxRSS / 1024)}`);

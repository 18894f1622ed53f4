// Links and assesses 100,000 synthetic statements (our own templates, generated deterministically) and
// prints throughput, query latencies and peak RSS.
// Usage: node --import tsx bench/assess.bench.ts [STATEMENTS]   (default 100000)
import { performance } from 'node:perf_hooks';
import { assess } from '../src/assess/assessment.js';
import { linkDocuments } from '../src/link/link-documents.js';
import { day, generator, syntheticDocuments } from './synthetic-statements.js';
import { cpuSeconds, p95 } from './measures.js';

const STATEMENTS = Number(process.argv[2] ?? 100_000);
const random = generator(20240418);

const docs = syntheticDocuments(STATEMENTS, random);
const started = performance.now();
const cpuStart = process.cpuUsage();
const linked = linkDocuments(docs);
const linkedAt = performance.now();
const linkCpu = cpuSeconds(cpuStart);
const view = assess(linked);
const rows = view.propositions();
const assessedAt = performance.now();
const totalCpu = cpuSeconds(cpuStart);
const linkSeconds = (linkedAt - started) / 1000;
const totalSeconds = (assessedAt - started) / 1000;

const timelines: number[] = [];
for (let i = 0; i < 500; i += 1) {
  const row = rows[Math.floor(random() * rows.length)];
  const t0 = performance.now();
  view.timeline(row?.id ?? '');
  timelines.push(performance.now() - t0);
}
const sourceTimes: number[] = [];
const sourceCpu: number[] = [];
for (let i = 0; i < 20; i += 1) {
  const fresh = assess(linked, { asOf: day(Math.floor(random() * docs.length)) });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  fresh.sources();
  sourceTimes.push(performance.now() - t0);
  sourceCpu.push(cpuSeconds(c0) * 1000);
}

console.log(`assess statements: ${STATEMENTS}`);
console.log(`assess documents: ${docs.length}`);
console.log(`assess propositions: ${rows.length}`);
console.log(`assess links: ${linked.links.length}`);
console.log(`assess link documents/s: ${Math.round(docs.length / linkSeconds)}`);
console.log(`assess link statements/s: ${Math.round(STATEMENTS / linkSeconds)}`);
console.log(`assess link + status documents/s: ${Math.round(docs.length / totalSeconds)}`);
console.log(`assess link documents per CPU second: ${Math.round(docs.length / linkCpu)}`);
console.log(`assess link + status documents per CPU second: ${Math.round(docs.length / totalCpu)}`);
console.log(`assess timeline p95 ms (in memory, 500 queries): ${p95(timelines).toFixed(2)}`);
console.log(
  `assess sources p95 ms (in memory, fresh as-of view, 20 queries): ${p95(sourceTimes).toFixed(1)}`,
);
console.log(`assess sources p95 CPU ms (same queries): ${p95(sourceCpu).toFixed(1)}`);
console.log(`assess peak RSS MB: ${Math.round(process.resourceUsage().maxRSS / 1024)}`);

// Event-loop blocks of an ingest in the embedded store (what `claimlog serve` does for POST /documents):
// with N demo-corpus copies preloaded, batches of 20 new copies are ingested one after another while a
// timer notes every stretch the event loop could not run, and each store method and ingest stage is
// timed per batch. Also: the first `sources` as of today after a batch (the as-of view is rebuilt).
// Usage: tsx bench/ingest-blocks.bench.ts [PRELOAD] [BATCHES]   (defaults 2000, 10)
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig } from '../src/app/config.js';
import { createExtractor, loadGazetteer } from '../src/app/create-extractor.js';
import { LinkingSession } from '../src/app/linking-session.js';
import { openClaimlog } from '../src/app/open-claimlog.js';
import { Linker } from '../src/link/linker.js';
import { PgAssessmentViewRepository } from '../src/store/pg-assessment-view-repository.js';
import { PgDocumentRepository } from '../src/store/pg-document-repository.js';
import { PgFramingRepository } from '../src/store/pg-framing-repository.js';
import { PgLinkedClaimsRepository } from '../src/store/pg-linked-claims-repository.js';
import { PgLinkerRepository } from '../src/store/pg-linker-repository.js';
import { PgLogRepository } from '../src/store/pg-log-repository.js';
import { demoReports } from './demo-reports.js';
import { benchDir } from './bench-dir.js';

const PRELOAD = Number(process.argv[2] ?? 2000);
const BATCHES = Number(process.argv[3] ?? 10);
const now = new Date();
const base = demoReports(now);
const jsonl = (from: number, count: number, tag: string): Uint8Array => {
  const lines = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const r = base[i % base.length];
    if (!r) throw new Error('the demo corpus is empty');
    return JSON.stringify({ ...r, text: `${r.text}\n\n(${tag} copy ${i}.)` });
  });
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
};

// Time spent per stage: every method of the store's repositories, linking, and extraction.
const spent = new Map<string, number>();
const add = (name: string, ms: number) => spent.set(name, (spent.get(name) ?? 0) + ms);
function timeMethods(cls: { prototype: object; name: string }): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    const original = proto[key];
    if (key === 'constructor' || typeof original !== 'function') continue;
    proto[key] = function (this: unknown, ...args: unknown[]) {
      const t0 = performance.now();
      const result: unknown = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (result instanceof Promise)
        return result.finally(() => add(`${cls.name}.${key}`, performance.now() - t0));
      add(`${cls.name}.${key}`, performance.now() - t0);
      return result;
    };
  }
}
for (const cls of [
  PgLinkerRepository,
  PgLinkedClaimsRepository,
  PgAssessmentViewRepository,
  PgDocumentRepository,
  PgFramingRepository,
  PgLogRepository,
  LinkingSession,
])
  timeMethods(cls);
// Linker.addDocument is synchronous: timed where it is called from, by wrapping it like the others.
timeMethods(Linker);

const dir = benchDir('claimlog-bench-blocks-');
const config = { ...readConfig({}), home: join(dir, 'home') };
const extractor = createExtractor(config, loadGazetteer(config));
const claimlog = await openClaimlog(config, {
  extract: (document) => {
    const t0 = performance.now();
    try {
      return extractor(document);
    } finally {
      add('extract (sync, per document)', performance.now() - t0);
    }
  },
});
for (let i = 0; i < PRELOAD; i += 500)
  await claimlog.ingestJsonl(jsonl(i, Math.min(500, PRELOAD - i), 'preload'), 'p');
spent.clear();

// Blocks: gaps between timer ticks longer than 20 ms.
const blocks = { ingest: [] as number[], asOf: [] as number[] };
let phase: keyof typeof blocks = 'ingest';
let last = performance.now();
const timer = setInterval(() => {
  const t = performance.now();
  if (t - last > 20) blocks[phase].push(t - last);
  last = t;
}, 1);
const day = now.toISOString().slice(0, 10);
const batchMs: number[] = [];
const asOfMs: number[] = [];
for (let b = 0; b < BATCHES; b += 1) {
  phase = 'ingest';
  const t0 = performance.now();
  await claimlog.ingestJsonl(jsonl(PRELOAD + b * 20, 20, 'load'), 'l');
  batchMs.push(performance.now() - t0);
  await new Promise((resolve) => setTimeout(resolve, 20));
  phase = 'asOf';
  const t1 = performance.now();
  await claimlog.assessment.sources({ day, logged: false });
  asOfMs.push(performance.now() - t1);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
clearInterval(timer);
await claimlog.close();

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
console.log(`ingest-blocks preload documents: ${PRELOAD}`);
console.log(`ingest-blocks batch of 20 ms (mean of ${BATCHES}): ${mean(batchMs).toFixed(0)}`);
console.log(`ingest-blocks sources as of today after a batch ms (mean): ${mean(asOfMs).toFixed(0)}`);
for (const [name, list] of [
  ['ingesting a batch', blocks.ingest],
  ['the first sources as of today after it', blocks.asOf],
] as const) {
  const sorted = [...list].sort((a, b) => b - a);
  console.log(`ingest-blocks longest event-loop block ms, ${name}: ${(sorted[0] ?? 0).toFixed(0)}`);
  console.log(`ingest-blocks event-loop blocks over 100 ms, ${name}: ${list.filter((x) => x > 100).length}`);
  console.log(
    `ingest-blocks event-loop blocks over 20 ms, ${name}: ${sorted.map((x) => x.toFixed(0)).join(' ')}`,
  );
}
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`ingest-blocks ms per batch, ${name}: ${(ms / BATCHES).toFixed(1)}`);

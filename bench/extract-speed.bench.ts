// Extraction throughput beside bare wink-nlp tokenization on the same text in the same process: MB/s,
// documents/s and their ratio. Texts: the PolNeAR dev reports and the seed article, repeated.
// Usage: tsx bench/extract-speed.bench.ts [ATTRIBUTIONS.jsonl] [MIN_MB]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/extract-document.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { createWinkEngine } from '../src/extract/wink-engine.js';
import { SHARED } from './shared-data.js';

const corpusPath = process.argv[2] ?? join(SHARED, 'data/polnear/dev_attributions.jsonl');
const minMegabytes = Number(process.argv[3] ?? 8);

const unique = new Map<string, { text: string; publishedAt: string | null }>();
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as { filename: string; text: string; publication_date: string | null };
  unique.set(doc.filename, { text: doc.text, publishedAt: doc.publication_date });
}
const seedPath = join(SHARED, 'data/seed/article.txt');
if (existsSync(seedPath))
  unique.set('seed', { text: readFileSync(seedPath, 'utf8'), publishedAt: '2025-04-28' });
const base = [...unique.values()];
const baseBytes = base.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const docs = Array.from(
  { length: Math.max(1, Math.ceil((minMegabytes * 1e6) / baseBytes)) },
  () => base,
).flat();
const megabytes = (docs.length * baseBytes) / base.length / 1e6;

const bare = winkNLP(model, []);
const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };
// Warm both paths so the JIT has compiled them before timing.
for (const d of base) {
  bare.readDoc(d.text).tokens().out();
  extractDocument({ text: d.text, publishedAt: d.publishedAt, outlet: null }, deps);
}

// Interleaved, document by document, so that load from other processes weighs on both alike. CPU time is
// summed too: on a busy machine it varies far less than wall-clock time.
let tokenizeSeconds = 0;
let extractSeconds = 0;
let tokenizeCpu = 0;
let extractCpu = 0;
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
let tokens = 0;
let statements = 0;
for (const d of docs) {
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  tokens += bare.readDoc(d.text).tokens().out().length;
  tokenizeSeconds += (performance.now() - t0) / 1000;
  tokenizeCpu += cpuSeconds(c0);
  t0 = performance.now();
  c0 = process.cpuUsage();
  statements += extractDocument({ text: d.text, publishedAt: d.publishedAt, outlet: null }, deps).statements
    .length;
  extractSeconds += (performance.now() - t0) / 1000;
  extractCpu += cpuSeconds(c0);
}

const tokenizeRate = megabytes / tokenizeSeconds;
const extractRate = megabytes / extractSeconds;
console.log(
  `extract-speed corpus: ${docs.length} documents, ${megabytes.toFixed(1)} MB, ${tokens} tokens, ${statements} statements`,
);
console.log(`extract-speed extraction MB/s: ${extractRate.toFixed(2)}`);
console.log(`extract-speed extraction docs/s: ${(docs.length / extractSeconds).toFixed(0)}`);
console.log(`extract-speed wink tokenization MB/s: ${tokenizeRate.toFixed(2)}`);
console.log(`extract-speed ratio extraction/tokenization: ${(extractRate / tokenizeRate).toFixed(3)}`);
console.log(`extract-speed extraction MB per CPU second: ${(megabytes / extractCpu).toFixed(2)}`);
console.log(
  `extract-speed ratio extraction/tokenization by CPU time: ${(tokenizeCpu / extractCpu).toFixed(3)}`,
);

// Seed article vs its hand annotation: statement F1, precision, recall, stance and saidOn accuracy, as
// scored by ../shared/tools/score_statements.py (seed mode).
// Usage: tsx bench/seed.bench.ts [ARTICLE.txt] [GOLD.json]   (defaults under ../shared/data/seed/)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/extract-document.js';
import { toExtractionRecord } from '../src/extract/extraction-record.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { createWinkEngine } from '../src/extract/wink-engine.js';
import { REPO_ROOT, SHARED } from './shared-data.js';

const articlePath = process.argv[2] ?? join(SHARED, 'data/seed/article.txt');
const goldPath = process.argv[3] ?? join(SHARED, 'data/seed/gold.json');
const publishedAt = '2025-04-28';

const text = readFileSync(articlePath, 'utf8');
const extraction = extractDocument(
  { text, publishedAt, outlet: null },
  { nlp: createWinkEngine(model), gazetteer: buildGazetteer() },
);
const outDir = join(REPO_ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const predPath = join(outDir, 'seed.jsonl');
const record = toExtractionRecord('article.txt', { publishedAt, language: 'en' }, extraction);
writeFileSync(predPath, `${JSON.stringify(record)}\n`);

const scored = spawnSync('python3', [join(SHARED, 'tools/score_statements.py'), 'seed', goldPath, predPath], {
  encoding: 'utf8',
});
if (scored.status !== 0) {
  console.error(scored.stderr || scored.stdout);
  process.exit(1);
}
const out = scored.stdout;
const figure = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN).toFixed(3);
console.log(`seed statement F1: ${figure(/^F1 ([\d.]+)/m)}`);
console.log(`seed statement precision: ${figure(/precision ([\d.]+)/)}`);
console.log(`seed statement recall: ${figure(/recall ([\d.]+)/)}`);
console.log(`seed stance accuracy: ${figure(/stance_accuracy ([\d.]+)/)}`);
console.log(`seed saidOn accuracy: ${figure(/said_on_accuracy ([\d.]+)/)}`);
console.log(`seed speaker accuracy: ${figure(/speaker_accuracy ([\d.]+)/)}`);
console.log(`seed missed gold: ${/missed gold: (.*)/.exec(out)?.[1] ?? '?'}`);

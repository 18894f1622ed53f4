// PolNeAR dev attributions (source / cue / content): statement F1, precision, recall and source accuracy,
// as scored by ../shared/tools/score_statements.py (polnear mode). One report per document, id = filename.
// Usage: tsx bench/polnear.bench.ts [ATTRIBUTIONS.jsonl]   (default ../shared/data/polnear/dev_attributions.jsonl)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/extract-document.js';
import { toExtractionRecord } from '../src/extract/extraction-record.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { createWinkEngine } from '../src/extract/wink-engine.js';
import { REPO_ROOT, SHARED } from './shared-data.js';

const goldPath = process.argv[2] ?? join(SHARED, 'data/polnear/dev_attributions.jsonl');

interface GoldDoc {
  filename: string;
  publication_date: string | null;
  text: string;
}
const docs = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GoldDoc);

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };
const seen = new Set<string>();
const lines: string[] = [];
for (const doc of docs) {
  if (seen.has(doc.filename)) continue;
  seen.add(doc.filename);
  const publishedAt =
    doc.publication_date && /^\d{4}-\d\d-\d\d$/.test(doc.publication_date) ? doc.publication_date : null;
  const extraction = extractDocument({ text: doc.text, publishedAt, outlet: null }, deps);
  lines.push(JSON.stringify(toExtractionRecord(doc.filename, { publishedAt, language: 'en' }, extraction)));
}
const outDir = join(REPO_ROOT, 'bench/out');
mkdirSync(outDir, { recursive: true });
const predPath = join(outDir, 'polnear.jsonl');
writeFileSync(predPath, `${lines.join('\n')}\n`);

const scored = spawnSync(
  'python3',
  [join(SHARED, 'tools/score_statements.py'), 'polnear', goldPath, predPath],
  {
    encoding: 'utf8',
  },
);
if (scored.status !== 0) {
  console.error(scored.stderr || scored.stdout);
  process.exit(1);
}
const out = scored.stdout;
const figure = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN).toFixed(3);
console.log(`polnear statement F1: ${figure(/^F1 ([\d.]+)/m)}`);
console.log(`polnear statement precision: ${figure(/precision ([\d.]+)/)}`);
console.log(`polnear statement recall: ${figure(/recall ([\d.]+)/)}`);
console.log(`polnear source accuracy: ${figure(/source_accuracy ([\d.]+)/)}`);

// Framing benchmark: span F1 as in SemEval-2020 task 11 SI, technique micro-F1 on gold spans, speed, and the seed's framing items.
// Usage: npx tsx bench/framing.bench.ts [ARTICLES_JSONL] [SEED_DIR]
//   ARTICLES_JSONL: the layout of dev_TC.jsonl (default ../shared/data/propaganda_ptc/dev_TC.jsonl)
//   SEED_DIR: holds article.txt and gold.json (default ../shared/data/seed); both resolved against the repo root.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/extract-document.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { createWinkEngine } from '../src/extract/wink-engine.js';
import type { Technique } from '../src/domain/framing.js';
import { detectFraming } from '../src/extract/framing/detect-framing.js';
import { compileFramingModel } from '../src/extract/framing/framing-model.js';
import { tokenizeForFraming, tokenRangeOf } from '../src/extract/framing/framing-tokens.js';
import type { LabelledText } from '../src/extract/framing/propaganda-corpus.js';
import { isHeldOutArticle, parsePropagandaArticles } from '../src/extract/framing/propaganda-corpus.js';
import { SHIPPED_FRAMING_MODEL } from '../src/extract/framing/shipped-model.js';
import type { OverlapCounts } from '../src/extract/framing/span-overlap-score.js';
import {
  addOverlapCounts,
  overlapFigures,
  scoreSpanOverlap,
} from '../src/extract/framing/span-overlap-score.js';
import {
  spanOccurrences,
  rankTechniques,
  techniqueFeatures,
} from '../src/extract/framing/technique-classifier.js';
import { REPO_ROOT, SHARED } from './shared-data.js';

const articlesPath = resolve(REPO_ROOT, process.argv[2] ?? join(SHARED, 'data/propaganda_ptc/dev_TC.jsonl'));
const seedDir = resolve(REPO_ROOT, process.argv[3] ?? join(SHARED, 'data/seed'));
const articles = parsePropagandaArticles(readFileSync(articlesPath, 'utf8'), articlesPath);

function spanFigures(set: LabelledText[]): string {
  let counts: OverlapCounts = { precisionSum: 0, predicted: 0, recallSum: 0, gold: 0 };
  for (const a of set) {
    const predicted = detectFraming(a.text, [], null);
    counts = addOverlapCounts(counts, scoreSpanOverlap(predicted, a.spans));
  }
  const f = overlapFigures(counts);
  return `${f.f1.toFixed(3)} (P ${f.precision.toFixed(3)}, R ${f.recall.toFixed(3)}, ${set.length} articles)`;
}

/**
 * Technique micro-F1 with gold spans given (the task's TC setting): each gold span is classified; a span
 * listed n times with n techniques gets the classifier's top n, matched as a multiset. Every gold entry
 * gets one prediction, so precision = recall = F1.
 */
function techniqueFigure(set: LabelledText[]): string {
  const compiled = compileFramingModel(SHIPPED_FRAMING_MODEL);
  let correct = 0;
  let total = 0;
  for (const a of set) {
    const tokens = tokenizeForFraming(a.text);
    const lower = a.text.toLowerCase();
    const groups = new Map<string, Technique[]>();
    for (const s of a.spans) {
      if (s.technique === null) continue;
      const key = `${s.start}:${s.end}`;
      groups.set(key, [...(groups.get(key) ?? []), s.technique]);
    }
    for (const [key, gold] of groups) {
      total += gold.length;
      const [start, end] = key.split(':').map(Number) as [number, number];
      const range = tokenRangeOf(tokens, start, end);
      if (!range) continue;
      const occurrences = spanOccurrences(a.text, lower, tokens, range[0], range[1]);
      const ranked = rankTechniques(techniqueFeatures(tokens, range[0], range[1], occurrences), compiled);
      const left = [...gold];
      for (const guess of ranked.slice(0, gold.length)) {
        const at = left.indexOf(guess);
        if (at >= 0) {
          correct++;
          left.splice(at, 1);
        }
      }
    }
  }
  return `${(correct / Math.max(1, total)).toFixed(3)} (${total} gold spans)`;
}

const heldOut = articles.filter((a) => isHeldOutArticle(a.id));
console.log(`framing span F1 held-out (never trained on): ${spanFigures(heldOut)}`);
console.log(`framing span F1 whole file (includes training articles): ${spanFigures(articles)}`);
console.log(`framing technique micro-F1 held-out: ${techniqueFigure(heldOut)}`);
console.log(
  `framing technique micro-F1 whole file (includes training articles): ${techniqueFigure(articles)}`,
);

// Speed: plain text, no statements, repeated until at least two seconds have passed. Wall-clock time
// counts waiting for a busy machine; process CPU time (all threads, so garbage collection included) does not.
const corpus = articles.map((a) => a.text);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of corpus) detectFraming(t, [], null);
let rounds = 0;
const cpuBefore = process.cpuUsage();
const began = performance.now();
while (performance.now() - began < 2000) {
  for (const t of corpus) detectFraming(t, [], null);
  rounds++;
}
const seconds = (performance.now() - began) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `framing MB/s (detection alone, plain text, wall clock): ${((bytes * rounds) / seconds / 1e6).toFixed(1)}`,
);
console.log(
  `framing MB/s (detection alone, plain text, per CPU second): ${((bytes * rounds) / cpuSeconds / 1e6).toFixed(1)}`,
);

// Framing beside the extraction it is added to: the same texts through extractDocument, then through
// detectFraming with the statements found, each stage timed as a block (so each pays for its own garbage);
// the share is framing time over extraction time.
const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };
const sample = corpus.slice(0, 80);
const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
const extracted = sample.map((text) => extractDocument({ text, publishedAt: null, outlet: null }, deps));
let extractMs = 0;
let framingMs = 0;
for (let round = 0; round < 3; round++) {
  const a = performance.now();
  for (const text of sample) extractDocument({ text, publishedAt: null, outlet: null }, deps);
  const b = performance.now();
  sample.forEach((text, i) => detectFraming(text, extracted[i]?.statements ?? [], 'outlet'));
  extractMs += b - a;
  framingMs += performance.now() - b;
}
console.log(
  `framing share of extraction time (${sample.length} articles; extraction ${((sampleBytes * 3) / extractMs / 1000).toFixed(2)} MB/s, framing ${((sampleBytes * 3) / framingMs / 1000).toFixed(1)} MB/s, wall clock): ${((100 * framingMs) / extractMs).toFixed(1)}%`,
);

// The seed article, with the statements extractDocument finds in it.
interface GoldFraming {
  text: string;
  speaker: string;
  technique: string;
}
const seedText = readFileSync(join(seedDir, 'article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(seedDir, 'gold.json'), 'utf8')) as { framing: GoldFraming[] };
const seedStatements = extractDocument(
  { text: seedText, publishedAt: '2025-04-28', outlet: null },
  deps,
).statements;
const seedSpans = detectFraming(seedText, seedStatements, 'outlet');
console.log(`seed statements: from extractDocument (${seedStatements.length}), outlet "outlet"`);
let found = 0;
const goldRanges: Array<[number, number]> = [];
for (const item of gold.framing) {
  const at = seedText.indexOf(item.text);
  const end = at + item.text.length;
  goldRanges.push([at, end]);
  const hits = seedSpans.filter((s) => at >= 0 && s.start < end && at < s.end);
  // The reporter's scare-quote item fits any technique as long as the distance is recognised.
  const fits = (s: (typeof seedSpans)[number]): boolean =>
    item.technique.includes('scare quotes') ? s.scareQuotes === true : s.technique === item.technique;
  const ok = hits.some((s) => fits(s) && s.speaker === item.speaker);
  if (ok) found++;
  const shown = hits.map((s) => `${s.technique}/${s.speaker ?? '-'}${s.scareQuotes ? '/scare-quotes' : ''}`);
  console.log(
    `seed item "${item.text}" (${item.technique}, ${item.speaker}): ${ok ? 'found' : 'missed'} [${shown.join('; ')}]`,
  );
}
console.log(`seed framing items found with fitting technique and speaker: ${found}/${gold.framing.length}`);
const extras = seedSpans.filter((s) => !goldRanges.some(([a, b]) => s.start < b && a < s.end));
console.log(`seed extra spans flagged: ${extras.length}`);
for (const s of extras) {
  console.log(
    `seed extra: "${s.text}" ${s.technique} / ${s.speaker ?? '-'}${s.scareQuotes ? ' / scare quotes' : ''}`,
  );
}

// Trains the framing model (span tagger and technique classifier) from the propaganda corpora and writes src/extract/framing/model.json.
//
// Reproduce the shipped model:
//   npx tsx scripts/train-framing.ts [PTC_JSONL] [MEMES_DIR]
// defaults: ../shared/data/propaganda_ptc/dev_TC.jsonl and ../shared/data/propaganda_memes/ (resolved against
// the repository root). Articles for which `isHeldOutArticle` holds are never read for training, so the
// benchmark's held-out figure is honest. The run is deterministic (fixed order, seeded shuffles): the same
// data gives the same file. The file holds weights, thresholds and single-word vocabularies, no sentences.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { Technique } from '../src/domain/framing.js';
import type { FramingModel } from '../src/extract/framing/framing-model.js';
import { compileFramingModel, SENTENCE_SLOT, WORD_SLOTS } from '../src/extract/framing/framing-model.js';
import type { FramingTokens } from '../src/extract/framing/framing-tokens.js';
import {
  QUOTE_CONTEXTS,
  SHAPES,
  tokenizeForFraming,
  tokenRangeOf,
} from '../src/extract/framing/framing-tokens.js';
import type { LabelledText } from '../src/extract/framing/propaganda-corpus.js';
import {
  isHeldOutArticle,
  parseMemeTexts,
  parsePropagandaArticles,
} from '../src/extract/framing/propaganda-corpus.js';
import type { OverlapCounts } from '../src/extract/framing/span-overlap-score.js';
import {
  addOverlapCounts,
  overlapFigures,
  scoreSpanOverlap,
} from '../src/extract/framing/span-overlap-score.js';
import { decodeFramingSpans, scoreFramingTokens } from '../src/extract/framing/span-tagger.js';
import {
  bestTechnique,
  spanOccurrences,
  techniqueFeatures,
} from '../src/extract/framing/technique-classifier.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the checkout (CI, the main tree); ../../shared from a worktree one level deeper.
const shared =
  [resolve(root, '../shared'), resolve(root, '../../shared')].find((p) => existsSync(p)) ??
  resolve(root, '../shared');
const ptcPath = resolve(root, process.argv[2] ?? join(shared, 'data/propaganda_ptc/dev_TC.jsonl'));
const memesDir = resolve(root, process.argv[3] ?? join(shared, 'data/propaganda_memes'));
const outPath = join(root, 'src/extract/framing/model.json');

const TECHNIQUES: Technique[] = [
  'loaded language',
  'name calling / labeling',
  'flag-waving',
  'exaggeration / minimisation',
  'doubt',
  'appeal to fear',
  'causal oversimplification',
  'slogans',
  'whataboutism / straw man / red herring',
  'thought-terminating cliché',
  'black-and-white fallacy',
  'appeal to authority',
  'bandwagon',
  'repetition',
];

const MIN_ROW_DIFFERENCE = 0.05;
const SPAN_EPOCHS = 10;
const SPAN_RATE = 0.05;
const SPAN_L2 = 1e-6;
// In-span tokens weigh (negatives / positives) / 2 in the loss, so the tagger does not settle on "never".
const POSITIVE_SHARE = 2;
const TECHNIQUE_EPOCHS = 12;
const TECHNIQUE_RATE = 0.1;
const TECHNIQUE_L2 = 1e-5;

interface Doc {
  id: string;
  text: string;
  tokens: FramingTokens;
  inSpan: Uint8Array;
  source: LabelledText;
}

function prepare(texts: LabelledText[]): Doc[] {
  return texts.map((source) => {
    const tokens = tokenizeForFraming(source.text);
    const covered = new Uint8Array(source.text.length + 1);
    for (const s of source.spans) covered.fill(1, s.start, s.end);
    const inSpan = new Uint8Array(tokens.count);
    for (let t = 0; t < tokens.count; t++) {
      let n = 0;
      for (let c = tokens.start[t]!; c < tokens.end[t]!; c++) n += covered[c]!;
      inSpan[t] = n * 2 >= tokens.end[t]! - tokens.start[t]! ? 1 : 0;
    }
    return { id: source.id, text: source.text, tokens, inSpan, source };
  });
}

/** A seeded linear-congruential shuffle, so runs repeat exactly. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** AdaGrad parameters: values and their squared-gradient sums. */
class Params {
  readonly w: Float64Array;
  readonly g2: Float64Array;
  constructor(n: number) {
    this.w = new Float64Array(n);
    this.g2 = new Float64Array(n);
  }
  step(i: number, grad: number, rate: number, l2: number): void {
    const g = grad + l2 * this.w[i]!;
    this.g2[i] = this.g2[i]! + g * g;
    this.w[i] = this.w[i]! - (rate * g) / (Math.sqrt(this.g2[i]) + 1e-8);
  }
}

const DENSE_BIAS = 0;
const DENSE_SHAPES = 1;
const DENSE_QUOTES = DENSE_SHAPES + SHAPES.length;
const DENSE_FIRST_LINE = DENSE_QUOTES + QUOTE_CONTEXTS.length;
const DENSE_EXCLAMATION = DENSE_FIRST_LINE + 1;
const DENSE_QUESTION = DENSE_EXCLAMATION + 1;
const DENSE_SIZE = DENSE_QUESTION + 1;

/** Word-type lexicons read at build time only; their effect is folded into the shipped per-word rows. */
/** The VADER valence lexicon, read at build time only; its effect is folded into the shipped word rows. */
function loadValence(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const valence = new Map<string, number>();
  const vaderFile = require.resolve('vader-sentiment/vader_lexicon.txt');
  for (const line of readFileSync(vaderFile, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (word && mean && /^[a-z][a-z'-]*$/.test(word)) valence.set(word, Number(mean));
  }
  return valence;
}
const VALENCE = loadValence();

function trainSpanTagger(docs: Doc[], threshold: Decoding): FramingModel['span'] {
  const counts = new Map<string, number>();
  for (const d of docs) for (const w of d.tokens.norm) counts.set(w, (counts.get(w) ?? 0) + 1);
  const featureIndex = new Map<string, number>();
  const idOf = (key: string): number => {
    let i = featureIndex.get(key);
    if (i === undefined) featureIndex.set(key, (i = featureIndex.size));
    return i;
  };
  const UNKNOWN = idOf('unk');
  const EDGE = idOf('edge');
  const typeCache = new Map<string, number[]>();
  const featuresOfType = (w: string, known: boolean): number[] => {
    const ids = [known ? idOf(`id:${w}`) : UNKNOWN];
    const v = VALENCE.get(w);
    if (v !== undefined)
      ids.push(
        idOf(`val:${Math.max(-3, Math.min(3, Math.round(v)))}`),
        idOf(`abs:${Math.min(3, Math.round(Math.abs(v)))}`),
      );
    return ids;
  };
  const typeFeatures = (w: string): number[] => {
    let ids = typeCache.get(w);
    if (!ids) typeCache.set(w, (ids = featuresOfType(w, (counts.get(w) ?? 0) >= 2)));
    return ids;
  };
  const docFeatures = docs.map((d) => d.tokens.norm.map(typeFeatures));
  for (const key of VALENCE.keys()) featuresOfType(key, false);
  const edge = [EDGE];
  const rows = new Params(featureIndex.size * WORD_SLOTS);
  const dense = new Params(DENSE_SIZE);
  let positives = 0;
  let total = 0;
  for (const d of docs) {
    for (const y of d.inSpan) positives += y;
    total += d.inSpan.length;
  }
  const positiveWeight = Math.max(1, (total - positives) / positives / POSITIVE_SHARE);

  for (let epoch = 0; epoch < SPAN_EPOCHS; epoch++) {
    for (const docIndex of shuffled(
      docs.map((_, i) => i),
      17 + epoch,
    )) {
      const d = docs[docIndex]!;
      const feats = docFeatures[docIndex]!;
      const tk = d.tokens;
      const featuresAt = (t: number): number[] => (t < 0 || t >= tk.count ? edge : feats[t]!);
      const slotSum = (t: number, slot: number): number => {
        let z = 0;
        for (const f of featuresAt(t)) z += rows.w[f * WORD_SLOTS + slot]!;
        return z;
      };
      for (let s = 0; s < tk.sentenceStart.length; s++) {
        const from = tk.sentenceStart[s]!;
        const to = tk.sentenceEnd[s]!;
        const norm = 1 / Math.sqrt(to - from + 1);
        let sentence = 0;
        let exclamation = false;
        let question = false;
        for (let t = from; t <= to; t++) {
          sentence += slotSum(t, SENTENCE_SLOT);
          if (tk.shape[t] === 5) exclamation = true;
          if (tk.shape[t] === 6) question = true;
        }
        sentence = sentence * norm;
        if (exclamation) sentence += dense.w[DENSE_EXCLAMATION]!;
        if (question) sentence += dense.w[DENSE_QUESTION]!;
        const grads = new Map<number, number>();
        const add = (t: number, slot: number, g: number): void => {
          for (const f of featuresAt(t)) {
            const param = f * WORD_SLOTS + slot;
            grads.set(param, (grads.get(param) ?? 0) + g);
          }
        };
        let sentenceGrad = 0;
        const denseGrad = new Float64Array(DENSE_SIZE);
        for (let t = from; t <= to; t++) {
          let z = dense.w[DENSE_BIAS]! + dense.w[DENSE_SHAPES + tk.shape[t]!]!;
          z += dense.w[DENSE_QUOTES + tk.quote[t]!]!;
          if (tk.firstLine[t] === 1) z += dense.w[DENSE_FIRST_LINE]!;
          for (let k = -2; k <= 2; k++) z += slotSum(t + k, k + 2);
          z += sentence;
          const y = d.inSpan[t]!;
          const p = 1 / (1 + Math.exp(-z));
          const g = (p - y) * (y === 1 ? positiveWeight : 1);
          denseGrad[DENSE_BIAS] = denseGrad[DENSE_BIAS]! + g;
          denseGrad[DENSE_SHAPES + tk.shape[t]!] = denseGrad[DENSE_SHAPES + tk.shape[t]!]! + g;
          denseGrad[DENSE_QUOTES + tk.quote[t]!] = denseGrad[DENSE_QUOTES + tk.quote[t]!]! + g;
          if (tk.firstLine[t] === 1) denseGrad[DENSE_FIRST_LINE] = denseGrad[DENSE_FIRST_LINE]! + g;
          for (let k = -2; k <= 2; k++) add(t + k, k + 2, g);
          sentenceGrad += g;
        }
        for (let t = from; t <= to; t++) add(t, SENTENCE_SLOT, sentenceGrad * norm);
        if (exclamation) denseGrad[DENSE_EXCLAMATION] = denseGrad[DENSE_EXCLAMATION]! + sentenceGrad;
        if (question) denseGrad[DENSE_QUESTION] = denseGrad[DENSE_QUESTION]! + sentenceGrad;
        for (const [param, g] of grads) rows.step(param, g, SPAN_RATE, SPAN_L2);
        for (let i = 0; i < DENSE_SIZE; i++)
          if (denseGrad[i] !== 0) dense.step(i, denseGrad[i]!, SPAN_RATE, 0);
      }
    }
  }
  // Two decimals: the rounding moves a token logit by at most 0.03, far below the decoding steps.
  const round = (x: number): number => Math.round(x * 100) / 100;
  const folded = (ids: readonly number[]): number[] => {
    const row = new Array<number>(WORD_SLOTS).fill(0);
    for (const f of ids) for (let k = 0; k < WORD_SLOTS; k++) row[k]! += rows.w[f * WORD_SLOTS + k]!;
    return row.map(round);
  };
  const unknown = folded([UNKNOWN]);
  // A word gets its own row when it differs from what an unseen word would get.
  const words: Record<string, number[]> = {};
  const candidates = new Set([...counts.keys(), ...VALENCE.keys()]);
  for (const w of candidates) {
    const row = folded(typeFeatures(w));
    if (row.some((x, k) => Math.abs(x - unknown[k]!) >= MIN_ROW_DIFFERENCE)) words[w] = row;
  }
  return {
    bias: round(dense.w[DENSE_BIAS]!),
    threshold,
    words,
    unknown,
    edge: folded([EDGE]),
    shapes: Array.from(dense.w.subarray(DENSE_SHAPES, DENSE_QUOTES), round),
    quotes: Array.from(dense.w.subarray(DENSE_QUOTES, DENSE_FIRST_LINE), round),
    firstLine: round(dense.w[DENSE_FIRST_LINE]!),
    sentenceExclamation: round(dense.w[DENSE_EXCLAMATION]!),
    sentenceQuestion: round(dense.w[DENSE_QUESTION]!),
  };
}

interface TechniqueExample {
  words: string[];
  cues: string[];
  label: number;
}

function techniqueExamples(docs: Doc[]): TechniqueExample[] {
  const out: TechniqueExample[] = [];
  for (const d of docs) {
    const lower = d.text.toLowerCase();
    for (const s of d.source.spans) {
      if (s.technique === null) continue;
      const range = tokenRangeOf(d.tokens, s.start, s.end);
      if (!range) continue;
      const occurrences = spanOccurrences(d.text, lower, d.tokens, range[0], range[1]);
      const f = techniqueFeatures(d.tokens, range[0], range[1], occurrences);
      out.push({ ...f, label: TECHNIQUES.indexOf(s.technique) });
    }
  }
  return out;
}

function trainTechniqueClassifier(examples: TechniqueExample[]): FramingModel['technique'] {
  const k = TECHNIQUES.length;
  const wordCount = new Map<string, number>();
  const cueCount = new Map<string, number>();
  for (const e of examples) {
    for (const w of e.words) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
    for (const c of e.cues) cueCount.set(c, (cueCount.get(c) ?? 0) + 1);
  }
  const keys = [
    ...[...wordCount].filter(([, n]) => n >= 2).map(([w]) => `w ${w}`),
    ...[...cueCount].filter(([, n]) => n >= 3).map(([c]) => `c ${c}`),
  ];
  const index = new Map(keys.map((key, i) => [key, i]));
  const weights = new Params((keys.length + 1) * k);
  const biasRow = keys.length;
  for (let epoch = 0; epoch < TECHNIQUE_EPOCHS; epoch++) {
    for (const e of shuffled(examples, 101 + epoch)) {
      const scale = 1 / Math.sqrt(Math.max(1, e.words.length));
      const active: Array<[number, number]> = [[biasRow, 1]];
      for (const w of e.words) {
        const i = index.get(`w ${w}`);
        if (i !== undefined) active.push([i, scale]);
      }
      for (const c of e.cues) {
        const i = index.get(`c ${c}`);
        if (i !== undefined) active.push([i, 1]);
      }
      const z = new Float64Array(k);
      for (const [i, x] of active) for (let c = 0; c < k; c++) z[c] = z[c]! + weights.w[i * k + c]! * x;
      const max = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < k; c++) {
        const g = z[c]! / sum - (c === e.label ? 1 : 0);
        for (const [i, x] of active) weights.step(i * k + c, g * x, TECHNIQUE_RATE, TECHNIQUE_L2);
      }
    }
  }
  const sparse = (i: number): number[] => {
    const pairs: number[] = [];
    for (let c = 0; c < k; c++) {
      const v = Math.round(weights.w[i * k + c]! * 100) / 100;
      if (Math.abs(v) >= 0.03) pairs.push(c, v);
    }
    return pairs;
  };
  const words: Record<string, number[]> = {};
  const cues: Record<string, number[]> = {};
  keys.forEach((key, i) => {
    const pairs = sparse(i);
    if (pairs.length === 0) return;
    if (key.startsWith('w ')) words[key.slice(2)] = pairs;
    else cues[key.slice(2)] = pairs;
  });
  const bias = Array.from(weights.w.subarray(biasRow * k, biasRow * k + k), (x) => Math.round(x * 100) / 100);
  return { labels: TECHNIQUES, bias, words, cues };
}

const NO_TECHNIQUES: FramingModel['technique'] = { labels: [], bias: [], words: {}, cues: {} };

function firstStageLogits(span: FramingModel['span'], doc: Doc): Float32Array {
  const model: FramingModel = { version: 1, provenance: '', span, technique: NO_TECHNIQUES };
  return scoreFramingTokens(doc.tokens, compileFramingModel(model));
}

interface Scored {
  doc: Doc;
  logits: Float32Array;
}

function spanCounts(scored: Scored[], threshold: Decoding): OverlapCounts {
  let counts: OverlapCounts = { precisionSum: 0, predicted: 0, recallSum: 0, gold: 0 };
  for (const { doc, logits } of scored) {
    const predicted = decodeFramingSpans(
      doc.tokens,
      logits,
      threshold.low,
      threshold.high,
      threshold.single,
    ).map(([a, b]) => ({
      start: doc.tokens.start[a]!,
      end: doc.tokens.end[b]!,
    }));
    counts = addOverlapCounts(counts, scoreSpanOverlap(predicted, doc.source.spans));
  }
  return counts;
}

interface Decoding {
  low: number;
  high: number;
  single: number;
}

/** Grid search over the decoding thresholds for the best span F1 on `scored`. */
function bestThreshold(scored: Scored[]): Decoding {
  let best: { decoding: Decoding; f1: number } = { decoding: { low: 0, high: 0, single: 0 }, f1: -1 };
  const grid = (from: number, to: number, step: number): number[] => {
    const out: number[] = [];
    for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 100) / 100);
    return out;
  };
  for (const low of grid(-3, 1, 0.25)) {
    for (const high of grid(low, low + 3, 0.25)) {
      for (const single of [0, 0.5, 1, 2, 99]) {
        const decoding = { low, high, single };
        const { f1 } = overlapFigures(spanCounts(scored, decoding));
        if (f1 > best.f1) best = { decoding, f1 };
      }
    }
  }
  return best.decoding;
}

const articles = parsePropagandaArticles(readFileSync(ptcPath, 'utf8'), ptcPath);
const memes = [
  ...parseMemeTexts(readFileSync(join(memesDir, 'training_set_task2.json'), 'utf8')),
  ...parseMemeTexts(readFileSync(join(memesDir, 'dev_set_task2.json'), 'utf8')),
];
const training = prepare(articles.filter((a) => !isHeldOutArticle(a.id)));
const memeDocs = prepare(memes);
// Five-fold cross-fitting over the training articles: each fold is scored by a tagger trained on the other
// four, and the decoding thresholds are fitted on those out-of-fold scores.
const FOLDS = 5;
const outOfFold: Scored[] = [];
let outOfFoldSpan: FramingModel['span'] | undefined;
for (let fold = 0; fold < FOLDS; fold++) {
  const span = trainSpanTagger(
    training.filter((_, i) => i % FOLDS !== fold),
    { low: 0, high: 0, single: 0 },
  );
  for (const doc of training.filter((_, i) => i % FOLDS === fold)) {
    outOfFold.push({ doc, logits: firstStageLogits(span, doc) });
  }
  outOfFoldSpan = span;
}
const threshold = bestThreshold(outOfFold);
const tuned = overlapFigures(spanCounts(outOfFold, threshold));
console.log(
  `cross-fitted on ${training.length} training articles: threshold ${JSON.stringify(threshold)}, span P ${tuned.precision.toFixed(3)} R ${tuned.recall.toFixed(3)} F1 ${tuned.f1.toFixed(3)}`,
);
// Technique accuracy by five-fold cross-validation over the training articles' gold spans (memes always in).
{
  const spanForScoring = outOfFoldSpan ?? trainSpanTagger([], { low: 0, high: 0, single: 0 });
  let correct = 0;
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitted = trainTechniqueClassifier(
      techniqueExamples([...training.filter((_, i) => i % FOLDS !== fold), ...memeDocs]),
    );
    const compiled = compileFramingModel({
      version: 1,
      provenance: '',
      span: spanForScoring,
      technique: fitted,
    });
    for (const e of techniqueExamples(training.filter((_, i) => i % FOLDS === fold))) {
      total++;
      if (bestTechnique(e, compiled) === TECHNIQUES[e.label]) correct++;
    }
  }
  console.log(
    `technique accuracy, cross-validated on training spans: ${(correct / total).toFixed(3)} (${total})`,
  );
}
const model: FramingModel = {
  version: 1,
  provenance:
    'npx tsx scripts/train-framing.ts — SemEval-2020 task 11 articles (held-out fifth excluded) and SemEval-2021 task 6 memes',
  span: trainSpanTagger(training, threshold),
  technique: trainTechniqueClassifier(techniqueExamples([...training, ...memeDocs])),
};
const text = await format(JSON.stringify(model), { parser: 'json', printWidth: 110 });
writeFileSync(outPath, text);
console.log(
  `wrote ${outPath}: ${Object.keys(model.span.words).length} span words, ${Object.keys(model.technique.words).length} technique words, ${(text.length / 1024).toFixed(0)} KiB`,
);

// Claim retrieval quality and speed on the CLEF CheckThat! claim-retrieval sets: our claim index beside plain BM25.
// Usage: tsx bench/retrieval.bench.ts [FOLDER SPLIT]
//        tsx bench/retrieval.bench.ts --ablation [FOLDER [TRAIN DEV]]   (MAP@5 with each idea turned off)
//   FOLDER in the 2020 task 2 layout (verified_claims.docs.tsv, SPLIT/tweets.queries.tsv,
//   SPLIT/tweet-vclaim-pairs.qrels) or the 2021 task 2B layout (politifact_vclaims.jsonl,
//   train_dev/iclaims.queries.tsv, train_dev/SPLIT.qrels.tsv). Without arguments: the 2020 dev set and the
//   2021 2B dev set under ../shared/data (relative to the repository root).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Bm25Field } from '../src/link/retrieval/bm25-field.js';
import {
  createClaimIndex,
  type ClaimIndexItem,
  type ClaimIndexOptions,
} from '../src/link/retrieval/claim-index.js';
import {
  averagePrecisionAt,
  mean,
  precisionAt,
  reciprocalRank,
} from '../src/link/retrieval/ranking-metrics.js';
import { SHARED, sharedData } from './shared-data.js';

interface Query {
  id: string;
  text: string;
  date?: string;
  context?: string;
}

export interface RetrievalSet {
  readonly name: string;
  readonly claims: ClaimIndexItem[];
  readonly queries: Query[];
  readonly relevant: Map<string, Set<string>>;
}

/** Parses tab-separated values as Python's csv module writes them: a field starting with '"' is quoted. */
function parseTsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    let field = '';
    if (content[i] === '"') {
      i += 1;
      for (;;) {
        const close = content.indexOf('"', i);
        if (close < 0) {
          field += content.slice(i);
          i = n;
          break;
        }
        field += content.slice(i, close);
        i = close + 1;
        if (content[i] === '"') {
          field += '"';
          i += 1;
        } else break;
      }
      while (i < n && content[i] !== '\t' && content[i] !== '\n') field += content[i++];
    } else {
      while (i < n && content[i] !== '\t' && content[i] !== '\n') field += content[i++];
    }
    row.push(field.replace(/\r$/u, ''));
    if (content[i] === '\t') i += 1;
    else {
      i += 1;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

function readQrels(path: string): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [query, , claim, label] = line.trim().split(/\s+/u);
    if (query === undefined || claim === undefined || label === undefined || Number(label) <= 0) continue;
    const set = relevant.get(query) ?? new Set<string>();
    set.add(claim);
    relevant.set(query, set);
  }
  return relevant;
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

/** "stated on October 22, 2019 in a mailer" → "2019-10-22". */
function politifactDate(stated: string): string | null {
  const m = /([A-Z][a-z]+) (\d{1,2}), (\d{4})/u.exec(stated);
  if (m === null) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

export function loadSet(folder: string, split: string): RetrievalSet {
  const name = `${folder.split('/').filter(Boolean).pop() ?? folder} ${split}`;
  if (existsSync(join(folder, 'verified_claims.docs.tsv'))) {
    const claims = parseTsv(readFileSync(join(folder, 'verified_claims.docs.tsv'), 'utf8'))
      .slice(1)
      .map(([id = '', text = '', title = '']) => ({ id, text, title }));
    const queries = parseTsv(readFileSync(join(folder, split, 'tweets.queries.tsv'), 'utf8'))
      .slice(1)
      .map(([id = '', text = '']) => ({ id, text }));
    const relevant = readQrels(join(folder, split, 'tweet-vclaim-pairs.qrels'));
    return { name, claims, queries, relevant };
  }
  if (existsSync(join(folder, 'politifact_vclaims.jsonl'))) {
    const claims = readFileSync(join(folder, 'politifact_vclaims.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const c = JSON.parse(line) as { vclaim_id: string; vclaim: string; title: string; date: string };
        return { id: c.vclaim_id, text: c.vclaim, title: c.title, date: politifactDate(c.date) };
      });
    const qrelsPath = [
      join(folder, 'train_dev', `${split}.qrels.tsv`),
      join(folder, split, `${split}.qrels.tsv`),
    ].find((p) => existsSync(p));
    const queriesPath = [
      join(folder, split, 'iclaims.queries.tsv'),
      join(folder, 'train_dev', 'iclaims.queries.tsv'),
    ].find((p) => existsSync(p));
    if (qrelsPath === undefined || queriesPath === undefined)
      throw new Error(`no ${split} qrels/queries in ${folder}`);
    const relevant = readQrels(qrelsPath);
    const seen = new Set<string>();
    const queries: Query[] = [];
    const before = transcriptContext(join(folder, 'transcripts'));
    for (const [id = '', text = ''] of parseTsv(readFileSync(queriesPath, 'utf8'))) {
      if (!relevant.has(id) || seen.has(id)) continue;
      seen.add(id);
      // Ids start with the debate's date: 20170822_Trump_phoenix_0204.
      const day = /^(\d{4})(\d{2})(\d{2})_/u.exec(id);
      const context = before(id);
      queries.push({
        id,
        text,
        ...(day === null ? {} : { date: `${day[1]}-${day[2]}-${day[3]}` }),
        ...(context === undefined ? {} : { context }),
      });
    }
    return { name, claims, queries, relevant };
  }
  throw new Error(
    `${folder}: expected verified_claims.docs.tsv (CheckThat! 2020) or politifact_vclaims.jsonl (2021 2B)`,
  );
}

/**
 * For a 2021 2B query id (`<date>_<debate>_<line>`), the five transcript lines before it (chosen on the train split). Transcript file
 * names spell some debates differently from the ids, so the file is the one of that date whose name is
 * closest to the id's.
 */
function transcriptContext(dir: string): (id: string) => string | undefined {
  if (!existsSync(dir)) return () => undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
  const cache = new Map<string, Map<number, string>>();
  const lines = (file: string): Map<number, string> => {
    let m = cache.get(file);
    if (m === undefined) {
      m = new Map();
      for (const row of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const [n, , text] = row.split('\t');
        if (n !== undefined && text !== undefined) m.set(Number(n), text);
      }
      cache.set(file, m);
    }
    return m;
  };
  const linesBefore = 5;
  return (id) => {
    const m = /^(\d{8})_(.*)_(\d+)$/u.exec(id);
    if (m === null) return undefined;
    const [, day = '', name = '', line = ''] = m;
    const sameDay = files.filter((f) => f.startsWith(day));
    const file = sameDay.sort((a, b) => sharedBigrams(b, name) - sharedBigrams(a, name))[0];
    if (file === undefined) return undefined;
    const text = lines(file);
    const at = Number(line);
    const out: string[] = [];
    for (let i = at - linesBefore; i < at; i++) {
      const l = text.get(i);
      if (l !== undefined) out.push(l);
    }
    return out.length > 0 ? out.join(' ') : undefined;
  };
}

function sharedBigrams(a: string, b: string): number {
  const grams = (s: string): Set<string> =>
    new Set([...s.toLowerCase()].slice(1).map((c, i) => s.toLowerCase()[i] + c));
  const x = grams(a);
  let n = 0;
  for (const g of grams(b)) if (x.has(g)) n += 1;
  return n;
}

/** Plain BM25 (k1 1.2, b 0.75) over the lower-cased word tokens of each claim followed by its title: the baseline. */
function plainBm25(claims: readonly ClaimIndexItem[]): (query: string, k: number) => string[] {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const field = new Bm25Field();
  claims.forEach((c, i) => field.add(i, words(`${c.text} ${c.title ?? ''}`)));
  const params = { k1: 1.2, b: 0.75 };
  return (query, k) => {
    const q = new Map<string, number>();
    for (const w of words(query)) q.set(w, (q.get(w) ?? 0) + 1);
    const scores = new Float64Array(claims.length);
    field.scoreInto(q, params, 1, scores);
    return [...scores.keys()]
      .filter((i) => (scores[i] as number) > 0)
      .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
      .slice(0, k)
      .map((i) => (claims[i] as ClaimIndexItem).id);
  };
}

interface Scores {
  map5: number;
  map1: number;
  p1: number;
  mrr: number;
}

export function score(
  set: RetrievalSet,
  rank: (query: string, date?: string, context?: string) => string[],
): Scores & { seconds: number } {
  const ap5: number[] = [];
  const ap1: number[] = [];
  const p1: number[] = [];
  const rr: number[] = [];
  const start = performance.now();
  for (const q of set.queries) {
    const relevant = set.relevant.get(q.id) ?? new Set<string>();
    const ranked = rank(q.text, q.date, q.context);
    ap5.push(averagePrecisionAt(ranked, relevant, 5));
    ap1.push(averagePrecisionAt(ranked, relevant, 1));
    p1.push(precisionAt(ranked, relevant, 1));
    rr.push(reciprocalRank(ranked, relevant));
  }
  const seconds = (performance.now() - start) / 1000;
  return { map5: mean(ap5), map1: mean(ap1), p1: mean(p1), mrr: mean(rr), seconds };
}

function run(folder: string, split: string): void {
  const set = loadSet(folder, split);
  const depth = 100;
  const t0 = performance.now();
  const index = createClaimIndex(set.claims);
  const buildSeconds = (performance.now() - t0) / 1000;
  const ours = score(set, (q, date, context) => index.search(q, depth, { date, context }).map((h) => h.id));
  const plain = plainBm25(set.claims);
  const baseline = score(set, (q) => plain(q, depth));
  const f = (x: number): string => x.toFixed(3);
  const label = `retrieval ${set.name}`;
  console.log(`${label} queries: ${set.queries.length}, claims: ${set.claims.length}`);
  console.log(`${label} MAP@5: ${f(ours.map5)} (plain BM25 ${f(baseline.map5)})`);
  console.log(`${label} MAP@1 (= P@1): ${f(ours.map1)} (plain BM25 ${f(baseline.map1)})`);
  console.log(`${label} MRR@${depth}: ${f(ours.mrr)} (plain BM25 ${f(baseline.mrr)})`);
  console.log(
    `${label} index build: ${buildSeconds.toFixed(2)} s (${Math.round(set.claims.length / buildSeconds)} claims/s)`,
  );
  console.log(`${label} search: ${Math.round(set.queries.length / ours.seconds)} queries/s`);
}

const ABLATIONS: [string, ClaimIndexOptions][] = [
  ['all ideas', {}],
  ['no signature terms', { signatureWeight: 0 }],
  ['no unknown-word reading', { readUnknownWords: false }],
  ['no query date', { recencyBoost: 0, laterFactor: 1 }],
  ['no query context', { contextWeight: 0 }],
  ['b 0.75', { b: 0.75 }],
  ['b 0.3', { b: 0.3 }],
];

/** MAP@5 on a train and a dev split with each idea of the index turned off (ideas were tuned on train). */
function ablate(folder: string, trainSplit: string, devSplit: string): void {
  const sets = [loadSet(folder, trainSplit), loadSet(folder, devSplit)];
  const claims = sets[0]?.claims ?? [];
  const label = `retrieval ablation ${folder.split('/').filter(Boolean).pop() ?? folder}`;
  const plain = plainBm25(claims);
  const plainFigures = sets.map(
    (s) => `${s.name.split(' ').pop()} ${score(s, (q) => plain(q, 5)).map5.toFixed(3)}`,
  );
  console.log(`${label} plain BM25 MAP@5: ${plainFigures.join(', ')}`);
  for (const [name, options] of ABLATIONS) {
    const index = createClaimIndex(claims, options);
    const figures = sets.map((s) => {
      const m = score(s, (q, date, context) => index.search(q, 5, { date, context }).map((h) => h.id)).map5;
      return `${s.name.split(' ').pop()} ${m.toFixed(3)}`;
    });
    console.log(`${label} ${name} MAP@5: ${figures.join(', ')}`);
  }
}

export function main(args: readonly string[]): void {
  if (args[0] === '--ablation') {
    const [, folderArg, trainSplit = 'train', devSplit = 'dev'] = args;
    ablate(
      folderArg === undefined ? sharedData('checkthat2020_task2') : resolve(folderArg),
      trainSplit,
      devSplit,
    );
    return;
  }
  const [folderArg, splitArg] = args;
  if (folderArg !== undefined) run(resolve(folderArg), splitArg ?? 'dev');
  else {
    const data = join(SHARED, 'data');
    run(join(data, 'checkthat2020_task2'), 'dev');
    run(join(data, 'checkthat2021_task2b_politifact'), 'dev');
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2));

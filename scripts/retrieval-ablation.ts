// Prints MAP@5 of the claim index with each of its ideas turned off, on a train and a dev split, so each
// idea's worth can be read beside the whole (tuning was done on train; dev confirms).
// Usage: tsx scripts/retrieval-ablation.ts [FOLDER [TRAIN DEV]]   (default: CheckThat! 2020 task 2, train dev)
import { join, resolve } from 'node:path';
import { defaultDataRoot, loadSet, plainBm25, score } from '../bench/retrieval.bench.js';
import { createClaimIndex, type ClaimIndexOptions } from '../src/link/retrieval/claim-index.js';

const [folderArg, trainSplit = 'train', devSplit = 'dev'] = process.argv.slice(2);
const folder = folderArg === undefined ? join(defaultDataRoot(), 'checkthat2020_task2') : resolve(folderArg);
const sets = [loadSet(folder, trainSplit), loadSet(folder, devSplit)];
const claims = sets[0]?.claims ?? [];

const variants: [string, ClaimIndexOptions][] = [
  ['all ideas', {}],
  ['no signature terms', { signatureWeight: 0 }],
  ['no unknown-word reading', { readUnknownWords: false }],
  ['no query date', { recencyBoost: 0, laterFactor: 1 }],
  ['no query context', { contextWeight: 0 }],
  ['b 0.75 (BM25 default)', { b: 0.75 }],
  ['b 0.3', { b: 0.3 }],
];

const plain = plainBm25(claims);
console.log(
  `ablation ${folder} plain BM25 MAP@5: ${sets.map((s) => `${s.name.split(' ').pop()} ${score(s, (q) => plain(q, 5)).map5.toFixed(3)}`).join(', ')}`,
);
for (const [name, options] of variants) {
  const index = createClaimIndex(claims, options);
  const figures = sets.map((s) => {
    const m = score(s, (q, date, context) => index.search(q, 5, { date, context }).map((h) => h.id)).map5;
    return `${s.name.split(' ').pop()} ${m.toFixed(3)}`;
  });
  console.log(`ablation ${folder} ${name} MAP@5: ${figures.join(', ')}`);
}

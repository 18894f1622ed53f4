// Near-duplicate detection: precision and recall of copy detection on the demo corpus plus generated relays, throughput, and the CPU cost of judging a document at ingest.
// Usage: npm run bench -- syndication [REPORTS.jsonl] [CORPUS-README.md] [BODIES.csv]
//   REPORTS.jsonl    reports with id, publishedAt, outlet, text (default demo/corpus/reports.jsonl)
//   CORPUS-README.md its "Syndicated copies (original → relay)" table gives the corpus's own relays (default demo/README.md)
//   BODIES.csv       news text (CSV, text in the last column) for the word model of the throughput stream
//                    (default ../shared/data/fnc1/dev_bodies.csv; the demo corpus when it is missing)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NearDuplicateIndex } from '../src/ingest/syndication/near-duplicate-index.js';
import { findStatedRelays, relayedOutlets } from '../src/ingest/syndication/stated-relays.js';
import { canonicalOutlet } from '../src/ingest/syndication/relay-outlets.js';
import { demoReports } from './demo-reports.js';
import { cpuSeconds as cpuSecondsSince } from './measures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportsPath = resolve(root, process.argv[2] ?? 'demo/corpus/reports.jsonl');
const readmePath = resolve(root, process.argv[3] ?? 'demo/README.md');
const bodiesPath = resolve(root, process.argv[4] ?? '../shared/data/fnc1/dev_bodies.csv');

interface Doc {
  id: string;
  publishedAt: string;
  outlet: string;
  text: string;
  /** The original this document relays, for relays. */
  relayOf: string | null;
}

const reports: Doc[] = readFileSync(reportsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const r = JSON.parse(l) as { id: string; publishedAt: string; outlet: string; text: string };
    return { id: r.id, publishedAt: r.publishedAt, outlet: r.outlet, text: r.text, relayOf: null };
  });

// The corpus's own relays, from the README table `| original | relay | stated credit |`.
const corpusRelays = new Map<string, string>();
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  const section = readme.split(/^### Syndicated copies.*$/m)[1]?.split(/^#/m)[0] ?? '';
  for (const m of section.matchAll(/^\|\s*([a-z0-9-]+)\s*\|\s*([a-z0-9-]+)\s*\|/gm)) {
    if (m[1] !== undefined && m[2] !== undefined && /[a-z]/.test(m[1]) && m[1] !== 'original')
      corpusRelays.set(m[2], m[1]);
  }
}
for (const d of reports) d.relayOf = corpusRelays.get(d.id) ?? null;
const originals = reports.filter((d) => d.relayOf === null);

/** mulberry32: a small seeded PRNG, so every run builds the same set. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Our own stock phrases for the editor.
const SWAPS: Record<string, string> = {
  said: 'stated',
  says: 'states',
  troops: 'soldiers',
  soldiers: 'troops',
  about: 'around',
  more: 'over',
  officials: 'authorities',
  reported: 'said',
  told: 'informed',
  killed: 'slain',
  statement: 'announcement',
  Monday: 'Monday',
  including: 'among them',
  also: 'additionally',
  country: 'nation',
  war: 'conflict',
};
const HEAD_PREFIX = ['', 'Update: ', 'Report: ', 'Breaking: ', 'World: '];
const LEAD_LINES = [
  'Listen to this article',
  'Updated 14:02 local time',
  'Share on social media',
  'World news desk',
];
const TAIL_LINES = [
  'Read more: our coverage of the conflict',
  '© 2025 The Valley Gazette. All rights reserved.',
  'Reporting by staff correspondents; editing by the foreign desk.',
  'Follow us for live updates on this story.',
  'Subscribe to our morning briefing for more stories like this.',
  'Photo: file image, used for illustration.',
];
/** An added sentence from slots, so relays of different stories do not share their additions. */
function addedSentence(rand: () => number): string {
  const pick = (xs: readonly string[]): string => xs[Math.floor(rand() * xs.length)] ?? '';
  const who = pick([
    'Officials',
    'Diplomats',
    'Analysts',
    'Residents',
    'Lawmakers',
    'Observers',
    'Military experts',
  ]);
  const where = pick([
    'Warsaw',
    'Tokyo',
    'Berlin',
    'Vilnius',
    'Ottawa',
    'Canberra',
    'Helsinki',
    'Madrid',
    'Oslo',
  ]);
  const what = pick([
    'did not respond to requests for comment',
    'said they were following the reports closely',
    'cautioned that the figures could not be verified',
    'expected the matter to come up at a meeting',
    'described the situation as fluid',
  ]);
  const when = pick([
    'on Tuesday',
    'late on Wednesday',
    'earlier this week',
    'over the weekend',
    'in recent days',
  ]);
  return `${who} in ${where} ${what} ${when}, ${pick(['a', 'one', 'another'])} ${pick(['local', 'regional', 'national'])} ${pick(['broadcaster', 'newspaper', 'radio station'])} said ${Math.floor(rand() * 90) + 10} minutes later.`;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/).filter((s) => s.trim() !== '');
}

/** A relay of `doc`: new headline, boilerplate, word swaps, a sentence dropped and one added. */
function relay(doc: Doc, n: number, strength: 'light' | 'heavy', rand: () => number): Doc {
  const [, ...body] = doc.text.split('\n');
  let paras = body
    .join('\n')
    .replace(/\([^)]{2,40}\)\s*[—–-]{1,2}/, rand() < 0.5 ? '—' : '(Valley Gazette) -');
  const swapRate = strength === 'light' ? 0.04 : 0.1;
  paras = paras
    .split(/(\s+)/)
    .map((w, i, all) => {
      if (/^\s*$/.test(w) || rand() >= swapRate) return w;
      const swap = SWAPS[w];
      if (swap !== undefined) return swap;
      const next = all[i + 2];
      return next !== undefined && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(next) ? `${next}` : w;
    })
    .join('');
  let ss = sentences(paras);
  const drops = strength === 'light' ? 1 : 3;
  for (let i = 0; i < drops && ss.length > 3; i++) ss.splice(1 + Math.floor(rand() * (ss.length - 1)), 1);
  const adds = strength === 'light' ? 1 : 3;
  for (let i = 0; i < adds; i++) ss.splice(Math.floor(rand() * ss.length), 0, addedSentence(rand));
  if (strength === 'heavy') ss = ss.slice(0, Math.max(4, Math.ceil(ss.length * 0.8))); // trimmed for length
  const words =
    sentences(body.join(' '))[0]
      ?.split(/\s+/)
      .slice(0, 6 + Math.floor(rand() * 4)) ?? [];
  const headline = `${HEAD_PREFIX[Math.floor(rand() * HEAD_PREFIX.length)] ?? ''}${words.join(' ')}`;
  const lead = rand() < 0.5 ? [LEAD_LINES[Math.floor(rand() * LEAD_LINES.length)] ?? ''] : [];
  const tail = Array.from(
    { length: 1 + Math.floor(rand() * 3) },
    () => TAIL_LINES[Math.floor(rand() * TAIL_LINES.length)] ?? '',
  );
  return {
    id: `${doc.id}~${strength}${n}`,
    publishedAt: doc.publishedAt,
    outlet: 'Valley Gazette',
    text: [...lead, headline, '', ss.join(' '), '', ...tail].join('\n'),
    relayOf: doc.id,
  };
}

interface Score {
  precision: number;
  recall: number;
  relays: number;
}

/** Streams originals and relays in date order (an original before its relays), asking before adding. */
function score(docs: Doc[]): Score {
  const rootOf = (id: string): string => {
    const d = docs.find((x) => x.id === id);
    return d?.relayOf ?? id;
  };
  const ordered = [...docs].sort(
    (a, b) =>
      a.publishedAt.localeCompare(b.publishedAt) || Number(a.relayOf !== null) - Number(b.relayOf !== null),
  );
  const index = new NearDuplicateIndex();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of ordered) {
    const found = index.findCopyOf(d.text);
    index.add(d.id, d.text);
    const truth = d.relayOf;
    if (found !== null && truth !== null && rootOf(found.id) === truth) tp++;
    else {
      if (found !== null) fp++;
      if (truth !== null) fn++;
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    relays: tp + fn,
  };
}

const fmt = (x: number): string => x.toFixed(3);
const RELAYS_PER_ORIGINAL = 3;
const EDITS = {
  light: 'new headline, boilerplate lines, 4% of words changed, 1 sentence dropped and 1 added',
  heavy: 'new headline, boilerplate lines, 10% of words changed, 3 sentences dropped and 3 added, cut to 80%',
} as const;
for (const strength of ['light', 'heavy'] as const) {
  const rand = prng(strength === 'light' ? 7 : 11);
  const generated = originals.flatMap((o) =>
    Array.from({ length: RELAYS_PER_ORIGINAL }, (_, n) => relay(o, n, strength, rand)),
  );
  const s = score([...reports, ...generated]);
  console.log(
    `syndication set (${strength} edits: ${EDITS[strength]}): ${originals.length} originals, ${s.relays} relays (${corpusRelays.size} from the corpus)`,
  );
  console.log(`copy detection precision (${strength} edits): ${fmt(s.precision)}`);
  console.log(`copy detection recall (${strength} edits): ${fmt(s.recall)}`);
}

// Stated relays: does each corpus relay credit its original's outlet?
let credited = 0;
for (const [relayId, originalId] of corpusRelays) {
  const r = reports.find((d) => d.id === relayId);
  const o = reports.find((d) => d.id === originalId);
  if (r !== undefined && o !== undefined && relayedOutlets(r.text).includes(canonicalOutlet(o.outlet)))
    credited++;
}
console.log(`stated relay credits the original outlet: ${credited}/${corpusRelays.size}`);

// Throughput: a stream of documents generated from a word-bigram model of real news text (unrelated to
// each other, like a day's news), a fifth of them light relays of earlier ones; each is looked up then added.
/** The last column of each row of an RFC 4180 CSV file with a header. */
function csvLastColumn(text: string): string[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)?.push(field);
      field = '';
    } else if (c === '\n') {
      rows.at(-1)?.push(field);
      field = '';
      rows.push([]);
    } else if (c !== '\r') field += c;
  }
  rows.at(-1)?.push(field);
  return rows
    .slice(1)
    .map((r) => r.at(-1) ?? '')
    .filter((t) => t.trim() !== '');
}
const modelTexts = existsSync(bodiesPath)
  ? csvLastColumn(readFileSync(bodiesPath, 'utf8'))
  : reports.map((d) => d.text);
const modelSource = existsSync(bodiesPath)
  ? `${modelTexts.length} bodies of ${bodiesPath}`
  : 'the demo corpus';
const bigrams = new Map<string, string[]>();
for (const text of modelTexts) {
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i + 1 < words.length; i++) {
    const list = bigrams.get(words[i] ?? '') ?? [];
    list.push(words[i + 1] ?? '');
    bigrams.set(words[i] ?? '', list);
  }
}
const starts = [...bigrams.keys()].filter((w) => /^[A-Z]/.test(w));
const rand = prng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const STREAM = 20_000;
const stream: string[] = [];
/** For each relay in the stream, the index of the document it relays. */
const relayOf: (number | null)[] = [];
let relays = 0;
for (let i = 0; i < STREAM; i++) {
  if (i > 10 && rand() < 0.2) {
    relays++;
    const e = Math.floor(rand() * stream.length);
    relayOf.push(e);
    const earlier = stream[e] ?? '';
    stream.push(
      relay(
        { id: 'x', publishedAt: '', outlet: '', text: `Headline\n${earlier}`, relayOf: null },
        0,
        'light',
        rand,
      ).text,
    );
    continue;
  }
  relayOf.push(null);
  const words: string[] = [pick(starts)];
  const length = 150 + Math.floor(rand() * 200);
  while (words.length < length) {
    const next = bigrams.get(words.at(-1) ?? '');
    words.push(next === undefined || next.length === 0 ? pick(starts) : pick(next));
  }
  stream.push(words.join(' '));
}
const bytes = stream.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const index = new NearDuplicateIndex();
let copies = 0;
const found: (string | null)[] = [];
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
stream.forEach((text, i) => {
  // One signature per document: looked up, then added.
  const signature = index.signatureOf(text);
  const match = index.findCopyOf(signature);
  found.push(match?.id ?? null);
  if (match !== null) copies++;
  index.addSignature(String(i), signature);
});
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `near-duplicate stream: ${STREAM} docs (${(bytes / 1e6).toFixed(1)} MB) from a bigram model of ${modelSource}; ${relays} relays made, ${copies} copies found`,
);
const origin = (i: number): number => {
  let j = i;
  while (relayOf[j] !== null && relayOf[j] !== undefined) j = relayOf[j] ?? j;
  return j;
};
let tp = 0;
found.forEach((id, i) => {
  if (id !== null && relayOf[i] !== null && origin(Number(id)) === origin(i)) tp++;
});
console.log(`copy detection precision (stream): ${fmt(copies === 0 ? 1 : tp / copies)}`);
console.log(`copy detection recall (stream): ${fmt(relays === 0 ? 1 : tp / relays)}`);
console.log(`near-duplicate throughput (look up + add): ${Math.round(STREAM / seconds)} docs/s`);
console.log(`near-duplicate throughput (look up + add): ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
console.log(`near-duplicate throughput per CPU second: ${Math.round(STREAM / cpuSeconds)} docs/s`);

// Judging at ingest (what MinHashSyndication does per document): the 10,000 documents of the ingest benchmark
// (the demo corpus's reports repeated, each with a numbered line), each signed, looked up among those
// before it, searched for stated relays and added. CPU time per stage, one pass per stage over all.
const JUDGED = 10_000;
const demo = demoReports(new Date());
const judged = Array.from(
  { length: JUDGED },
  (_, i) => `${demo[i % demo.length]?.text ?? ''}\n\n(Bench copy ${i}.)`,
);
const judgeIndex = new NearDuplicateIndex();
let cpuFrom = process.cpuUsage();
const signatures = judged.map((text) => judgeIndex.signatureOf(text));
const signSeconds = cpuSecondsSince(cpuFrom);
cpuFrom = process.cpuUsage();
let judgedCopies = 0;
signatures.forEach((signature, i) => {
  if (judgeIndex.findCopyOf(signature, String(i)) !== null) judgedCopies++;
  judgeIndex.addSignature(String(i), signature);
});
const lookUpSeconds = cpuSecondsSince(cpuFrom);
cpuFrom = process.cpuUsage();
let judgedCredits = 0;
for (const text of judged) judgedCredits += findStatedRelays(text).length;
const relaySeconds = cpuSecondsSince(cpuFrom);
const perDocument = (seconds: number): string => ((seconds * 1000) / JUDGED).toFixed(3);
console.log(
  `syndication judge set: ${JUDGED} documents (${demo.length} demo reports repeated); ${judgedCopies} copies found, ${judgedCredits} stated relays`,
);
console.log(
  `syndication judge ms per document at ${JUDGED}: ${perDocument(signSeconds + lookUpSeconds + relaySeconds)}`,
);
console.log(`syndication judge signature ms per document at ${JUDGED}: ${perDocument(signSeconds)}`);
console.log(`syndication judge look-up and add ms per document at ${JUDGED}: ${perDocument(lookUpSeconds)}`);
console.log(`syndication judge stated relays ms per document at ${JUDGED}: ${perDocument(relaySeconds)}`);

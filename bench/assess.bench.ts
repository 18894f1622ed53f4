// Links and assesses 100,000 synthetic statements (our own templates, generated deterministically) and
// prints throughput, query latencies and peak RSS.
// Usage: node --import tsx bench/assess.bench.ts [STATEMENTS]   (default 100000)
import { performance } from 'node:perf_hooks';
import { assess } from '../src/assess/assessment.js';
import type { Stance, Statement } from '../src/domain/statement.js';
import { linkDocuments } from '../src/link/link-documents.js';
import type { LinkDocument } from '../src/link/proposition.js';

const STATEMENTS = Number(process.argv[2] ?? 100_000);
const PER_DOCUMENT = 5;

/** xorshift32: the same sequence on every run. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}
const random = generator(20240418);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const SPEAKERS: [string, string][] = [
  ['The defence ministry in Moscow', 'ru-mod'],
  ['The Kremlin', 'ru-kremlin'],
  ['Pyongyang’s foreign ministry', 'kp-mofa'],
  ['Seoul’s spy agency', 'kr-nis'],
  ['The General Staff in Kyiv', 'ua-general-staff'],
  ['A Pentagon spokesman', 'us-pentagon'],
  ['NATO officials', 'nato'],
  ['A UN envoy', 'un'],
  ['Beijing’s foreign ministry', 'cn-mofa'],
  ['Minsk', 'by'],
];
const ARMIES = ['North Korean', 'Russian', 'Ukrainian', 'Belarusian', 'Iranian'];
const PLACES = Array.from({ length: 400 }, (_, i) => `Ostrovka${i}`);
const WORDS = Array.from({ length: 3_000 }, (_, i) => `term${(i * 7919) % 3_000}`);

/** One sentence and its content, from a template chosen at random. */
function template(): { content: string; stance: Stance } {
  const army = pick(ARMIES);
  const place = pick(PLACES);
  const count = (1 + Math.floor(random() * 90)) * 100;
  switch (Math.floor(random() * 8)) {
    case 0:
      return { content: `${count} ${army} soldiers were sent to the front near ${place}`, stance: 'assert' };
    case 1:
      return { content: `${army} units were withdrawn from ${place}`, stance: 'assert' };
    case 2:
      return { content: `${army} forces have liberated the village of ${place}`, stance: 'assert' };
    case 3:
      return { content: `${army} troops still hold positions in ${place}`, stance: 'assert' };
    case 4:
      return { content: `reports that ${army} soldiers were captured near ${place}`, stance: 'deny' };
    case 5:
      return { content: `about ${count} ${army} soldiers were killed near ${place}`, stance: 'confirm' };
    default: {
      const topic = Math.floor(random() * 600) * 5;
      const words = Array.from(
        { length: 6 },
        (_, k) => WORDS[(topic + k + Math.floor(random() * 3)) % WORDS.length],
      );
      return {
        content: `the ${words.join(' ')} plan was agreed`,
        stance: random() < 0.8 ? 'assert' : 'deny',
      };
    }
  }
}

function day(index: number): string {
  const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(index / 40) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function documents(): LinkDocument[] {
  const out: LinkDocument[] = [];
  for (let d = 0; d * PER_DOCUMENT < STATEMENTS; d += 1) {
    let text = '';
    const statements: Statement[] = [];
    for (let s = 0; s < PER_DOCUMENT && d * PER_DOCUMENT + s < STATEMENTS; s += 1) {
      const [speaker, actor] = pick(SPEAKERS);
      const { content, stance } = template();
      const cue = stance === 'deny' ? 'rejected' : stance === 'confirm' ? 'confirmed' : 'said';
      const start = text.length;
      text += `${speaker} ${cue} that ${content}. `;
      const cueStart = start + speaker.length + 1;
      const contentStart = cueStart + cue.length + 6;
      statements.push({
        speaker: { text: speaker, start, end: start + speaker.length, actor },
        cue: { text: cue, start: cueStart, end: cueStart + cue.length },
        content: { text: content, start: contentStart, end: contentStart + content.length },
        direct: false,
        stance,
        hedged: false,
        saidOn: day(d),
        confidence: 1,
      });
    }
    out.push({ id: `doc${d}`, publishedAt: day(d), logIndex: d, outlet: 'bench-wire', text, statements });
  }
  return out;
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? 0;
}

/** CPU seconds (user + system) since `from`: on a shared machine, wall time also counts other work. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

const docs = documents();
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

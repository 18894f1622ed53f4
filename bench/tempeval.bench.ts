// Scores date resolution against TempEval-3 (TimeBank + AQUAINT): each gold time expression's value, resolved from the document date.
// Usage: node --import tsx bench/tempeval.bench.ts [DATA_DIR]   (default ../shared/data/tempeval3 from the repository root)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DateMention } from '../src/domain/statement.js';
import { findDateMentions } from '../src/extract/date-mentions.js';
import { sharedData } from './shared-data.js';

interface Timex {
  tid: string;
  text: string;
  type: string;
  value: string;
  start: number;
  end: number;
}
interface Doc {
  doc_id: string;
  split: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const dataDir = findDataDir(process.argv[2]);

function findDataDir(arg: string | undefined): string {
  if (arg !== undefined) return resolve(arg);
  const dir = sharedData('tempeval3');
  if (!existsSync(dir)) throw new Error(`tempeval bench: expected the data folder at ${dir}`);
  return dir;
}

const docs: Doc[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()
  .flatMap((name) =>
    readFileSync(join(dataDir, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Doc),
  );

/**
 * Which gold values we can score, and at which precision. Our values are `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`; a gold value is comparable when it is one of those, possibly with a time of day
 * (scored at its day) or with unknown trailing parts (`1998-XX-XX` is a year, `1998-10-XX` a month).
 * Everything else is excluded, by reason: durations and sets name no calendar period; PRESENT_REF /
 * PAST_REF / FUTURE_REF are not dates; quarters, halves, weeks, seasons and decades are finer or coarser
 * than any value we can emit (reported separately as "coarse forms", checked for consistency).
 */
function classify(value: string): { scored: string } | { coarse: string } | { excluded: string } {
  const date = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T.*)?$/.exec(value);
  if (date) {
    const [, year, month, day] = date;
    if (month === undefined || month === 'XX') return { scored: year ?? '' };
    if (day === undefined || day === 'XX') return { scored: `${year}-${month}` };
    return { scored: `${year}-${month}-${day}` };
  }
  if (/^\d{4}-(Q\d|H\d|W\d{1,2}(-WE)?|SP|SU|FA|WI)$/.test(value)) return { coarse: value };
  if (/_REF$/.test(value)) return { excluded: value };
  if (value.startsWith('P')) return { excluded: 'duration or frequency (P…)' };
  if (/^\d{2,3}X?X?$/.test(value)) return { excluded: 'decade or century' };
  if (/^\d{4}-(QX|WXX)/.test(value)) return { excluded: 'unnamed quarter or week (YYYY-QX, YYYY-WXX)' };
  if (/^X/.test(value) || /^\d{3}X/.test(value))
    return { excluded: 'no year (XXXX…) or decade with unknown parts' };
  return { excluded: `other form ${value.replace(/\d/g, '9')}` };
}

/** Our mention that overlaps the gold span most, if any. */
function overlapping(mentions: DateMention[], gold: Timex): DateMention | null {
  let best: DateMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(m.end, gold.end) - Math.max(m.start, gold.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** The days a coarse gold value covers, as YYYY-MM-DD first and last, to test our value contains them. */
function coarseRange(value: string): [string, string] | null {
  const year = Number(value.slice(0, 4));
  const part = value.slice(5);
  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const months = (a: number, b: number): [string, string] => [
    iso(new Date(Date.UTC(year, a - 1, 1))),
    iso(new Date(Date.UTC(year, b, 0))),
  ];
  const quarter = /^Q(\d)$/.exec(part);
  if (quarter) return months(3 * Number(quarter[1]) - 2, 3 * Number(quarter[1]));
  const half = /^H(\d)$/.exec(part);
  if (half) return months(6 * Number(half[1]) - 5, 6 * Number(half[1]));
  const week = /^W(\d{1,2})(-WE)?$/.exec(part);
  if (week) {
    // ISO 8601 week: week 1 holds the year's first Thursday.
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
    const first = new Date(monday.getTime() + ((Number(week[1]) - 1) * 7 + (week[2] ? 5 : 0)) * 86_400_000);
    const last = new Date(first.getTime() + (week[2] ? 1 : 6) * 86_400_000);
    return [iso(first), iso(last)];
  }
  const season: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };
  const s = season[part];
  if (s) return months(s[0], s[1]);
  if (part === 'WI') return [`${year}-12-01`, `${year}-12-31`]; // TimeML winter of YEAR: at least its December
  return null;
}

const contains = (value: string, day: string): boolean => day.startsWith(value);

interface Tally {
  scored: number;
  correct: number;
  spanFound: number;
}
const tally = (): Tally => ({ scored: 0, correct: 0, spanFound: 0 });
const overall = tally();
const bySet = new Map<string, Tally>();
const excluded = new Map<string, number>();
let coarseTotal = 0;
let coarseFound = 0;
let coarseConsistent = 0;
let presentTotal = 0;
let presentAsPublication = 0;
let oursTotal = 0;
let oursOnGold = 0;

for (const doc of docs) {
  const publishedAt = doc.dct.slice(0, 10);
  const mentions = findDateMentions(doc.text, publishedAt);
  const set = doc.split.replace(/^tbaq-/, '');
  oursTotal += mentions.length;
  oursOnGold += mentions.filter((m) => doc.timexes.some((g) => m.start < g.end && m.end > g.start)).length;
  const setTally = bySet.get(set) ?? tally();
  bySet.set(set, setTally);
  for (const gold of doc.timexes) {
    const kind = classify(gold.value);
    const ours = overlapping(mentions, gold);
    if ('scored' in kind) {
      for (const t of [overall, setTally]) {
        t.scored += 1;
        if (ours) t.spanFound += 1;
        if (ours?.value === kind.scored) t.correct += 1;
      }
    } else if ('coarse' in kind) {
      coarseTotal += 1;
      const range = coarseRange(kind.coarse);
      if (ours?.value) {
        coarseFound += 1;
        if (range && contains(ours.value, range[0]) && contains(ours.value, range[1])) coarseConsistent += 1;
      }
    } else {
      excluded.set(kind.excluded, (excluded.get(kind.excluded) ?? 0) + 1);
      if (kind.excluded === 'PRESENT_REF') {
        presentTotal += 1;
        if (ours?.value === publishedAt) presentAsPublication += 1;
      }
    }
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const goldTotal = docs.reduce((n, d) => n + d.timexes.length, 0);
console.log(`tempeval3 data: ${dataDir} (${docs.length} documents, ${goldTotal} gold time expressions)`);
console.log(
  `tempeval3 scored subset: ${overall.scored} gold values of calendar form YYYY, YYYY-MM, YYYY-MM-DD (time of day scored at its day; YYYY-XX as a year, YYYY-MM-XX as a month)`,
);
console.log(
  `tempeval3 date accuracy: ${ratio(overall.correct, overall.scored)} (${overall.correct}/${overall.scored}, exact value at the gold precision; a missed span counts as wrong)`,
);
for (const [set, t] of [...bySet].sort()) {
  console.log(`tempeval3 date accuracy ${set}: ${ratio(t.correct, t.scored)} (${t.correct}/${t.scored})`);
}
console.log(
  `tempeval3 span recall: ${ratio(overall.spanFound, overall.scored)} (${overall.spanFound}/${overall.scored} scored gold spans overlapped by a mention)`,
);
console.log(
  `tempeval3 mention precision: ${ratio(oursOnGold, oursTotal)} (${oursOnGold}/${oursTotal} of our mentions overlap a gold TIMEX3 of any type)`,
);
console.log(`tempeval3 value accuracy on found spans: ${ratio(overall.correct, overall.spanFound)}`);
console.log(
  `tempeval3 coarse forms (quarter, half, week, season) consistent: ${ratio(coarseConsistent, coarseTotal)} (${coarseConsistent}/${coarseTotal}; ${coarseFound} found; our year or month contains the gold period)`,
);
console.log(
  `tempeval3 PRESENT_REF as publication day: ${ratio(presentAsPublication, presentTotal)} (${presentAsPublication}/${presentTotal})`,
);
for (const [reason, count] of [...excluded].sort((a, b) => b[1] - a[1])) {
  console.log(`tempeval3 excluded: ${count} ${reason}`);
}

// Throughput of findDateMentions alone, over the same texts, after one warm-up pass.
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
for (const d of docs) findDateMentions(d.text, d.dct.slice(0, 10));
let passes = 0;
const began = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 2 || passes < 3) {
  for (const d of docs) findDateMentions(d.text, d.dct.slice(0, 10));
  passes += 1;
  elapsed = Number(process.hrtime.bigint() - began) / 1e9;
}
console.log(
  `tempeval3 findDateMentions throughput: ${((bytes * passes) / 1e6 / elapsed).toFixed(2)} MB/s (${passes} passes over ${(bytes / 1e6).toFixed(2)} MB)`,
);

// Finds explicit calendar dates and times of day with chrono-node, only where a cheap scan says one may be.

import * as chrono from 'chrono-node';
import { Unavailable } from '../domain/errors.js';
import {
  containingValue,
  dayNumber,
  dayValue,
  isRealDay,
  monthValue,
  weekdayOf,
  yearValue,
  type Day,
} from './date-calendar.js';
import { placeYearless } from './date-tense.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { resolveWeekday, type WeekdayModifier } from './date-weekday.js';

/**
 * The chrono parsers we use: explicit dates and times. Relative words ("last week", "Monday",
 * "yesterday") are left to our own rules, which keep precision and know the reporting conventions;
 * chrono's weekday parser stays so that "Monday, Nov. 4" and "9 a.m. Tuesday" are merged into one find.
 */
const WANTED_PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENTimeExpressionParser',
  'ENWeekdayParser',
]);

const UNWANTED_REFINERS = new Set(['ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner']);

function buildParser(): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration(false);
  configuration.parsers = configuration.parsers.filter((p) => WANTED_PARSERS.has(p.constructor.name));
  if (configuration.parsers.length !== WANTED_PARSERS.size) {
    // chrono renamed or dropped a parser: fail loudly rather than silently find fewer dates.
    const found = configuration.parsers.map((p) => p.constructor.name).join(', ');
    throw new Unavailable(`chrono-node: expected parsers ${[...WANTED_PARSERS].join(', ')}, found ${found}`);
  }
  // Ranges ("Aug. 26 to Oct. 20") stay two dates, and "the end of November" stays a month.
  configuration.refiners = configuration.refiners.filter((r) => !UNWANTED_REFINERS.has(r.constructor.name));
  return new chrono.Chrono(configuration);
}

const parser = buildParser();

/** Where chrono may find something: a month name, a numeric date, or a clock time. */
const TRIGGER =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)(?:\.|(?=\s*\d)))|\d{4}[-/.]\d{1,2}|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b/g;

/** Between two windows: no date, and nothing chrono's refiners would merge across. */
const SEPARATOR = '\n#####\n';

/** Characters of context on either side of a trigger handed to chrono. */
const REACH = 32;

/** A placeholder reference when there is no publication date: values depending on it are dropped. */
const NO_REF: Day = { year: 2000, month: 1, day: 1 };

/**
 * Explicit dates and clock times in `text`, resolved against `ref` (the publication day). A date
 * without a year takes the year closest to `ref` (chrono's rule), or null without `ref`. Each value has
 * exactly the precision the words give: "October 2024" is `2024-10`, never a day.
 */
export function findChronoDates(text: string, ref: Day | null): DateCandidate[] {
  const spans = windows(text);
  if (spans.length === 0) return [];
  // One chrono call over all windows joined is several times faster than one call per window.
  const starts: number[] = [];
  let joined = '';
  for (const [from, to] of spans) {
    if (joined !== '') joined += SEPARATOR;
    starts.push(joined.length);
    joined += text.slice(from, to);
  }
  const base = ref ?? NO_REF;
  const instant = new Date(Date.UTC(base.year, base.month - 1, base.day, 12));
  const found: DateCandidate[] = [];
  let w = 0;
  for (const result of parser.parse(joined, { instant, timezone: 0 }, { forwardDate: false })) {
    while (w + 1 < starts.length && (starts[w + 1] ?? Infinity) <= result.index) w += 1;
    const span = spans[w];
    if (span === undefined) continue;
    const candidate = toCandidate(text, span[0] + result.index - (starts[w] ?? 0), result, ref);
    if (candidate) found.push(candidate);
  }
  return found;
}

function windows(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(TRIGGER)) {
    const from = widen(text, Math.max(0, match.index - REACH), -1);
    const to = widen(text, Math.min(text.length, match.index + match[0].length + REACH), 1);
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

/** Moves a window edge to whitespace so chrono never sees half a word. */
function widen(text: string, at: number, step: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length && !/\s/.test(text.charAt(step < 0 ? i - 1 : i))) i += step;
  return i;
}

function toCandidate(
  text: string,
  start: number,
  result: chrono.ParsedResult,
  ref: Day | null,
): DateCandidate | null {
  const c = result.start;
  const end = start + result.text.length;
  // Dotted numeric dates are day-first wherever they are written (27.04.2025, 05.04.2025).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(result.text);
  if (dotted) {
    const day = { year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]) };
    return isRealDay(day) ? { start, end, value: dayValue(day), priority: Priority.calendar } : null;
  }
  const has = (k: chrono.Component): boolean => c.isCertain(k);
  const month = c.get('month');
  const day = c.get('day');
  const year = has('year')
    ? c.get('year')
    : ref === null || month === null
      ? null
      : yearFor(text, start, month, has('day') ? day : null, has('weekday') ? c.get('weekday') : null, ref);
  if (has('month') && !has('day')) {
    // "may", "march" in lower case are the verbs, not the months.
    if (!has('year') && /^[a-z]/.test(result.text.replace(/^in\s+/i, ''))) return null;
    const value = year === null || month === null ? null : monthValue(year, month);
    return { start, end, value, priority: Priority.calendar };
  }
  if (has('day') && has('month')) {
    // Without a year, "7/8" and "12 3/4" are fractions far more often than dates.
    if (!has('year') && result.text.includes('/')) return null;
    if (year === null || month === null || day === null)
      return { start, end, value: null, priority: Priority.calendar };
    const first = { year, month, day };
    // A range in one phrase ("26–27 April 2025") is a period: named by the finest value that holds it.
    const last = result.end;
    const lastDay = last?.get('day');
    const lastMonth = last?.get('month');
    const value =
      lastDay && lastMonth
        ? containingValue(first, { year: last?.get('year') ?? year, month: lastMonth, day: lastDay })
        : dayValue(first);
    return { start, end, value, priority: Priority.calendar };
  }
  if (has('year') && !has('month') && year !== null) {
    return { start, end, value: yearValue(year), priority: Priority.calendar };
  }
  const weekday = c.get('weekday');
  if (has('weekday') && weekday !== null) {
    if (!has('hour')) return null; // a weekday alone is our rules' to find
    const modifier = weekdayModifier(result.text);
    return {
      start,
      end,
      value: resolveWeekday(text, start, weekday, modifier, ref),
      priority: Priority.rule,
    };
  }
  if (has('hour') && looksLikeClock(text, start, result.text)) {
    return { start, end, value: null, priority: Priority.time, timeOnly: true };
  }
  return null;
}

/**
 * The year of a month or day named without one. A weekday beside it ("Monday, Nov. 4") settles it
 * when one of the nearby years fits; a month is this year's in its own month; otherwise `placeYearless`
 * chooses between the latest occurrence at or before `ref` and the next one.
 */
function yearFor(
  text: string,
  start: number,
  month: number,
  day: number | null,
  weekday: number | null,
  ref: Day,
): number {
  const refNumber = dayNumber(ref);
  const at = (year: number): number => dayNumber({ year, month, day: day ?? 1 });
  if (weekday !== null && day !== null) {
    const fits = [ref.year, ref.year - 1, ref.year + 1].filter(
      (y) => weekdayOf({ year: y, month, day }) === weekday,
    );
    if (fits[0] !== undefined) return fits[0];
  }
  if (day === null && month === ref.month) return ref.year;
  const past = at(ref.year) <= refNumber ? ref.year : ref.year - 1;
  const future = at(ref.year) >= refNumber ? ref.year : ref.year + 1;
  return placeYearless(text, start, refNumber - at(past), at(future) - refNumber) === 'past' ? past : future;
}

function weekdayModifier(words: string): WeekdayModifier {
  const match = /\b(last|past|next|this)\s+\w+day\b/i.exec(words);
  const word = match?.[1]?.toLowerCase();
  if (word === 'last' || word === 'past') return 'last';
  if (word === 'next' || word === 'this') return word;
  return null;
}

/** "10:35", "9 a.m.", "4 p.m." are clock times; "$3,500 a share" is not. */
function looksLikeClock(text: string, start: number, found: string): boolean {
  if (/[\d$£€.,]$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  return /\d:\d\d|\d\s*[ap]\.?\s?m\b|\d\s*[ap]\.\s?m\./i.test(found);
}

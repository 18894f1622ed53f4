// Finds named days of the year ("Christmas", "Victory Day", "last Thanksgiving") and dates them near the publication date.

import { addDays, dayNumber, dayValue, weekdayOf, type Day } from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { scanBack } from './date-scan.js';
import { placeYearless } from './date-tense.js';

/** The day a holiday falls on in a given year. */
type HolidayRule = (year: number) => Day;

const fixed =
  (month: number, day: number): HolidayRule =>
  (year) => ({ year, month, day });

/** The `n`th given weekday of a month (n = 1 is the first). */
const nthWeekday =
  (month: number, weekday: number, n: number): HolidayRule =>
  (year) => {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  };

/** Western Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function westernEaster(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * The holidays we date, by the words that name them. Where a name means different days in different
 * countries ("Independence Day") it is left out rather than guessed.
 */
const HOLIDAYS: ReadonlyArray<[RegExp, HolidayRule]> = [
  [/^orthodox\s+christmas(?:\s+day)?$/i, fixed(1, 7)],
  [/^christmas\s+eve$/i, fixed(12, 24)],
  [/^christmas(?:\s+day)?$/i, fixed(12, 25)],
  [/^new\s+year's\s+eve$/i, fixed(12, 31)],
  [/^new\s+year's(?:\s+day)?$/i, fixed(1, 1)],
  [/^victory\s+day$/i, fixed(5, 9)],
  [/^valentine's\s+day$/i, fixed(2, 14)],
  [/^halloween$/i, fixed(10, 31)],
  [/^thanksgiving(?:\s+day)?$/i, nthWeekday(11, 4, 4)],
  // United States: the Tuesday after the first Monday of November.
  [/^election\s+day$/i, (year) => addDays(nthWeekday(11, 1, 1)(year), 1)],
  [/^easter(?:\s+sunday)?$/i, westernEaster],
];

const HOLIDAY = new RegExp(
  String.raw`\b(Orthodox\s+Christmas(?:\s+Day)?|Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Victory\s+Day|Valentine['’]s\s+Day|Halloween|Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday)?)\b(?:\s+(?:of\s+)?(1[6-9]\d\d|20\d\d)\b)?`,
  'g',
);
const HOLIDAY_BEFORE = /\b(last|this\s+past|past|next|this\s+coming|this|coming)\s+$/i;

/**
 * Named days in `text`, each resolved to a day: with a year ("Christmas 2024") that year's; with
 * "last"/"next" the occurrence before/after publication; otherwise as a yearless date (see
 * `placeYearless`). Null without a year and without `ref`.
 */
export function findHolidayDates(text: string, ref: Day | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const { start, end, core: m, before } of scanBack(text, HOLIDAY, HOLIDAY_BEFORE)) {
    const name = (m[1] ?? '').replace(/’/g, "'");
    const rule = HOLIDAYS.find(([pattern]) => pattern.test(name))?.[1];
    if (rule === undefined) continue;
    const explicit = m[2];
    let value: string | null = null;
    if (explicit !== undefined) value = dayValue(rule(Number(explicit)));
    else if (ref !== null)
      value = dayValue(nearest(text, start, rule, ref, (before?.[1] ?? '').toLowerCase()));
    found.push({ start, end, value, priority: Priority.rule });
  }
  return found;
}

function nearest(text: string, start: number, rule: HolidayRule, ref: Day, modifier: string): Day {
  const refNumber = dayNumber(ref);
  const occurrences = [ref.year - 1, ref.year, ref.year + 1].map(rule);
  const past = occurrences.filter((d) => dayNumber(d) <= refNumber).pop() ?? rule(ref.year - 1);
  const future = occurrences.find((d) => dayNumber(d) >= refNumber) ?? rule(ref.year + 1);
  if (/last|past/.test(modifier)) return dayNumber(past) < refNumber ? past : rule(past.year - 1);
  if (/next|coming/.test(modifier)) return dayNumber(future) > refNumber ? future : rule(future.year + 1);
  const side = placeYearless(text, start, refNumber - dayNumber(past), dayNumber(future) - refNumber);
  return side === 'past' ? past : future;
}

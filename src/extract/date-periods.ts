// Finds periods our value set can only name by year or month: seasons, quarters, halves, "last October", "July last year", "the end of the year".

import { monthValue, yearValue, type Day } from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { scanBack } from './date-scan.js';
import { MONTHS, monthNumber, YEAR } from './date-years.js';

const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** "last summer", "the winter of 2022", "early spring", "2023 autumn". */
const SEASON = new RegExp(
  String.raw`\b(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?${YEAR}\b)?`,
  'gi',
);
const SEASON_BEFORE = new RegExp(
  String.raw`(?:\b${YEAR}\s+|(?:\b(last|this\s+past|past|this\s+coming|coming|next|this|the|in)\s+)?(?:\b(early|late|mid)[\s-]*)?)$`,
  'i',
);

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** "the third quarter", "fourth-quarter", "the first quarter of 2024", "last quarter". */
const QUARTER = new RegExp(
  String.raw`\bquarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?${YEAR}\b|(this|last|next)\s+year\b))?`,
  'gi',
);
const QUARTER_BEFORE =
  /\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|this|next|previous|past)[\s-]+(?:fiscal[\s-]+)?$/i;
/** "Q3", "Q1 2023". */
const Q_QUARTER = new RegExp(String.raw`\bQ([1-4])\b(?:(?:\s+of\s+|\s+|-)${YEAR}\b)?`, 'g');

/** "the first half of 2024", "the second half of last year". */
const HALF = new RegExp(String.raw`\bhalf\s+(?:of\s+)?(?:${YEAR}\b|(this|last|next)\s+year\b)`, 'gi');
const HALF_BEFORE = /\b(first|second|last|latter)\s+$/i;

/** "last October", "next March": the month keyword first, its modifier before it. */
const MONTH = new RegExp(String.raw`\b(${MONTHS.join('|')})\b(?!\s*\d)`, 'g');
const MONTH_BEFORE = /\b(last|this\s+past|past|this|next|this\s+coming|coming)\s+$/i;

/** "July last year", "February this year", "March of next year". */
const MONTH_OF_YEAR = new RegExp(
  String.raw`\b(${MONTHS.join('|')})\s+(?:of\s+)?(this|last|next)\s+year\b`,
  'g',
);

/** The end (or start) of the year or month: "by the end of the year", "by year-end". */
const PERIOD_EDGE =
  /\b(?:(?:end|beginning|start|middle)\s+of\s+the\s+(year|month)\b|year(?:[-\s]|'s\s+)end\b)/gi;
const PERIOD_EDGE_BEFORE = /\bthe\s+$/i;

/**
 * Seasons, quarters, halves, "last/next/this <month>", "<month> last year" and the edges of the year
 * or month in `text`. Seasons, quarters and halves are not in our value set: they get their year (a
 * winter the year of its January). Values that depend on `ref` are null when `ref` is null; explicit
 * years always resolve.
 */
export function findPeriodDates(text: string, ref: Day | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, value: string | null): void => {
    found.push({ start, end, value, priority: Priority.rule });
  };

  for (const { start, end, core: m } of scanBack(text, MONTH_OF_YEAR)) {
    add(start, end, ref && monthValue(ref.year + relativeYearShift(m[2]), monthNumber(m[1] ?? '')));
  }

  for (const { start, end, core: m } of scanBack(text, PERIOD_EDGE, PERIOD_EDGE_BEFORE)) {
    const month = m[1]?.toLowerCase() === 'month';
    add(start, end, ref && (month ? monthValue(ref.year, ref.month) : yearValue(ref.year)));
  }

  for (const { start, end, core: m, before } of scanBack(text, SEASON, SEASON_BEFORE)) {
    const explicitYear = m[2] ?? before?.[1];
    const modifier = (before?.[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const name = (m[1] ?? '').toLowerCase();
    // "the fall of Kabul", "in spring water": seasons need a year, or "last/this/next", to be dates.
    const anchored =
      explicitYear !== undefined ||
      ['last', 'this past', 'past', 'this', 'next', 'coming', 'this coming'].includes(modifier);
    const mild =
      (modifier === 'the' || modifier === 'in' || before?.[3] !== undefined) &&
      name !== 'fall' &&
      name !== 'spring';
    if (!anchored && !mild) continue;
    const value =
      explicitYear !== undefined
        ? explicitYear
        : ref && yearValue(seasonYear(ref, SEASONS[name] ?? 6, modifier));
    add(start, end, value);
  }

  for (const { start, end, core: m, before } of scanBack(text, QUARTER, QUARTER_BEFORE, true)) {
    const word = (before?.[1] ?? '').toLowerCase();
    if (m[1] !== undefined) add(start, end, m[1]);
    else if (ref === null) add(start, end, null);
    else if (m[2] !== undefined) add(start, end, yearValue(ref.year + relativeYearShift(m[2])));
    else add(start, end, yearValue(quarterYear(ref, ORDINALS[word] ?? null, word)));
  }

  for (const { start, end, core: m } of scanBack(text, Q_QUARTER)) {
    add(start, end, m[2] ?? (ref && yearValue(quarterYear(ref, Number(m[1]), ''))));
  }

  for (const { start, end, core: m } of scanBack(text, HALF, HALF_BEFORE, true)) {
    add(start, end, m[1] ?? (ref && yearValue(ref.year + relativeYearShift(m[2]))));
  }

  for (const { start, end, core: m, before } of scanBack(text, MONTH, MONTH_BEFORE, true)) {
    const month = monthNumber(m[1] ?? '');
    const modifier = (before?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    add(start, end, ref && monthValue(modifiedMonthYear(ref, month, modifier), month));
  }
  return found;
}

function relativeYearShift(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

/** The year of the season a modifier names, seasons starting in month `first` (winter: December). */
function seasonYear(ref: Day, first: number, modifier: string): number {
  // Label each season by the year it ends in, so a winter is the year of its January.
  const label = (y: number): number => (first === 12 ? y + 1 : y);
  const endsBefore = (y: number): boolean => {
    const endMonth = first === 12 ? 2 : first + 2;
    const endYear = first === 12 ? y + 1 : y;
    return endYear < ref.year || (endYear === ref.year && endMonth < ref.month);
  };
  const startsAfter = (y: number): boolean => y > ref.year || (y === ref.year && first > ref.month);
  if (modifier === 'last' || modifier === 'past' || modifier === 'this past') {
    for (let y = ref.year; ; y -= 1) if (endsBefore(y)) return label(y);
  }
  if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') {
    for (let y = ref.year - 1; ; y += 1) if (startsAfter(y)) return label(y);
  }
  // "this winter" in November is the coming one; in February the current one.
  if (first === 12) return ref.month >= 9 ? ref.year + 1 : ref.year;
  return ref.year;
}

/** The year of a quarter named without a year: the latest such quarter begun by `ref`. */
function quarterYear(ref: Day, ordinal: number | null, word: string): number {
  const current = Math.ceil(ref.month / 3);
  if (ordinal !== null) return 3 * ordinal - 2 <= ref.month ? ref.year : ref.year - 1;
  if (word === 'last' || word === 'previous' || word === 'past')
    return current === 1 ? ref.year - 1 : ref.year;
  if (word === 'next') return current === 4 ? ref.year + 1 : ref.year;
  return ref.year;
}

/** "last April": the latest April before this month; "next April": the first after it; "this April": this year's. */
function modifiedMonthYear(ref: Day, month: number, modifier: string): number {
  if (modifier === 'last' || modifier === 'past' || modifier === 'this past') {
    return month < ref.month ? ref.year : ref.year - 1;
  }
  if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') {
    return month > ref.month ? ref.year : ref.year + 1;
  }
  return ref.year;
}

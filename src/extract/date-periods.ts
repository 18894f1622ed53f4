// Finds periods chrono-node misses and our value set can only name by year or month: bare years, seasons, quarters, halves, "last October".

import { monthValue, yearValue, type Day } from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';

const YEAR = String.raw`(1[6-9]\d\d|20\d\d)`;

/** A four-digit year standing alone: not part of a number, an amount, a code or a decade ("1990s"). */
const BARE_YEAR = new RegExp(
  String.raw`(?<![\w$£€¥#.,/:@]|\d-)${YEAR}(?![\w%]|[.,]\d|\s*(?:percent|per\s+cent))`,
  'g',
);

/** Words before a number that make it a year: "in 2024", "since 1998", "fiscal 1990", "mid-2024". */
const YEAR_CUE =
  /(?:^|[^\w])(?:in|of|since|by|during|until|till|through|throughout|from|to|before|after|early|late|mid|post|pre|fiscal|the|a|an|its|his|her|their|our|this|that|whose|year|between|and|or|for|around|circa|spring|summer|autumn|fall|winter|end|beginning|start)[\s-]+$|'s\s+$/i;

/** What may follow a year on its own: punctuation, a line end, or a range's second year. */
const YEAR_END =
  /^(?:\s*$|[.,;:!?)"'\]\u2019\u201d]|\s*[-–—]\s*\d{2,4}\b|\s+(?:and|or|to|through|when|after|before|as)\b)/;

const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const SEASON = new RegExp(
  String.raw`\b(?:(last|this\s+past|past|this\s+coming|coming|next|this|the|in)\s+)?(?:(early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?${YEAR}\b)?|\b${YEAR}\s+(spring|summer|autumn|fall|winter)\b`,
  'gi',
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

const QUARTER = new RegExp(
  String.raw`\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|this|next|previous|past)[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?${YEAR}\b|(this|last|next)\s+year\b))?|\bQ([1-4])(?:\s+|-|\s+of\s+)?(?:${YEAR}\b)?`,
  'gi',
);

const HALF = new RegExp(
  String.raw`\b(first|second|last|latter)\s+half\s+(?:of\s+)?(?:${YEAR}\b|(this|last|next)\s+year\b)`,
  'gi',
);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MODIFIED_MONTH = new RegExp(
  String.raw`\b(last|this\s+past|past|this|next|this\s+coming|coming)\s+(${MONTHS.join('|')})\b(?!\s*\d)`,
  'gi',
);

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "twenty twenty-four". */
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(${MONTHS.join('|')})\s+(?:of\s+)?)?(nineteen|twenty)[\s-]+(?:oh[\s-](${UNITS.join('|')})|(${TEENS.join('|')})|(${TENS.join('|')})(?:[\s-](${UNITS.join('|')}))?)\b|\bthe\s+year\s+two\s+thousand(?:\s+and\s+(${UNITS.join('|')}))?\b`,
  'gi',
);

/** "July last year", "February this year", "March of next year". */
const MONTH_OF_YEAR = new RegExp(
  String.raw`\b(${MONTHS.join('|')})\s+(?:of\s+)?(this|last|next)\s+year\b`,
  'gi',
);

/** The end (or start) of the year or month: "by the end of the year", "by year-end". */
const PERIOD_EDGE =
  /\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(year|month)\b|year[-\s]end\b|year's\s+end\b)/gi;

/**
 * Years, seasons, quarters, halves and "last/next/this <month>" in `text`. Seasons, quarters and halves
 * are not in our value set: they get their year (a winter the year of its January). A bare year is
 * taken only where the words around it make it a year ("in 2024", "since 1998,"). Values that depend
 * on `ref` are null when `ref` is null; explicit years always resolve.
 */
export function findPeriodDates(text: string, ref: Day | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, value: string | null): void => {
    found.push({ start, end, value, priority: Priority.rule });
  };

  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    const decade = /^'s\b/.test(text.slice(end)) && m[0].endsWith('0');
    const looksLikeYear =
      YEAR_CUE.test(text.slice(Math.max(0, start - 24), start)) || YEAR_END.test(text.slice(end, end + 12));
    if (!decade && looksLikeYear) add(start, end, m[0]);
  }

  for (const m of text.matchAll(SPOKEN_YEAR)) {
    const monthName = m[1];
    if (monthName !== undefined && !/^[A-Z]/.test(monthName)) continue;
    const year = spokenYear(m);
    const month = monthName === undefined ? 0 : monthNumber(monthName);
    add(m.index, m.index + m[0].length, month === 0 ? yearValue(year) : monthValue(year, month));
  }

  for (const m of text.matchAll(MONTH_OF_YEAR)) {
    const monthName = m[1] ?? '';
    if (!/^[A-Z]/.test(monthName)) continue;
    const shift = relativeYearShift(m[2]);
    add(m.index, m.index + m[0].length, ref && monthValue(ref.year + shift, monthNumber(monthName)));
  }

  for (const m of text.matchAll(PERIOD_EDGE)) {
    const value =
      m[1]?.toLowerCase() === 'month' ? ref && monthValue(ref.year, ref.month) : ref && yearValue(ref.year);
    add(m.index, m.index + m[0].length, value);
  }

  for (const m of text.matchAll(SEASON)) {
    const explicitYear = m[4] ?? m[5];
    const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const name = (m[3] ?? m[6] ?? '').toLowerCase();
    // "the fall of Kabul", "in spring water": seasons need a year, or "last/this/next", to be dates.
    const anchored =
      explicitYear !== undefined ||
      ['last', 'this past', 'past', 'this', 'next', 'coming', 'this coming'].includes(modifier);
    const mild =
      (modifier === 'the' || modifier === 'in' || m[2] !== undefined) && name !== 'fall' && name !== 'spring';
    if (!anchored && !mild) continue;
    const start = m.index;
    const value =
      explicitYear !== undefined
        ? explicitYear
        : ref && yearValue(seasonYear(ref, SEASONS[name] ?? 6, modifier));
    add(start, start + m[0].length, value);
  }

  for (const m of text.matchAll(QUARTER)) {
    const year = m[2] ?? m[5];
    const word = (m[1] ?? '').toLowerCase();
    const relativeYear = (m[3] ?? '').toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[4] !== undefined && !m[0].startsWith('Q')) continue; // "q3" is not a quarter
    if (year !== undefined) {
      add(start, end, year);
    } else if (ref === null) {
      add(start, end, null);
    } else if (relativeYear) {
      add(start, end, yearValue(ref.year + relativeYearShift(relativeYear)));
    } else {
      add(
        start,
        end,
        yearValue(quarterYear(ref, m[4] !== undefined ? Number(m[4]) : (ORDINALS[word] ?? null), word)),
      );
    }
  }

  for (const m of text.matchAll(HALF)) {
    const value = m[2] ?? (ref && yearValue(ref.year + relativeYearShift(m[3])));
    add(m.index, m.index + m[0].length, value);
  }

  for (const m of text.matchAll(MODIFIED_MONTH)) {
    const monthName = m[2] ?? '';
    if (!/^[A-Z]/.test(monthName)) continue;
    const month = monthNumber(monthName);
    const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    add(m.index, m.index + m[0].length, ref && monthValue(modifiedMonthYear(ref, month, modifier), month));
  }
  return found;
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.toLowerCase() === name.toLowerCase()) + 1;
}

function relativeYearShift(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

function spokenYear(m: RegExpMatchArray): number {
  const index = (list: string[], word: string | undefined): number =>
    list.indexOf((word ?? '').toLowerCase());
  if (m[2] === undefined) return 2000 + index(UNITS, m[7]) + 1;
  const century = m[2].toLowerCase() === 'nineteen' ? 1900 : 2000;
  if (m[3] !== undefined) return century + index(UNITS, m[3]) + 1;
  if (m[4] !== undefined) return century + 10 + index(TEENS, m[4]);
  return century + 20 + 10 * index(TENS, m[5]) + (m[6] === undefined ? 0 : index(UNITS, m[6]) + 1);
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

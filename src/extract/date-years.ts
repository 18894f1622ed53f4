// Finds years chrono-node misses: a bare "in 2024", a year before a noun ("its 2022 offensive"), a spoken "nineteen ninety-six".

import { monthValue, yearValue } from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { scanBack } from './date-scan.js';

export const MONTHS = [
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

/** 1 for "January" … 12 for "December" (any case); 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.toLowerCase() === name.toLowerCase()) + 1;
}

export const YEAR = String.raw`(1[6-9]\d\d|20\d\d)`;

/** A four-digit year standing alone: not part of a number, an amount, a code or a decade ("1990s"). */
const BARE_YEAR = new RegExp(
  String.raw`(?<![\w$£€¥#.,/:@]|\d-)${YEAR}(?![\w%]|[.,]\d|\s*(?:percent|per\s+cent))`,
  'g',
);

/** Words before a number that make it a year: "in 2024", "since 1998", "fiscal 1990", "its 2022 offensive". */
const YEAR_CUE =
  /(?:^|[^\w])(?:in|of|since|by|during|until|till|through|throughout|from|to|before|after|early|late|mid|post|pre|fiscal|the|a|an|its|his|her|their|our|this|that|whose|year|between|and|or|for|around|circa|spring|summer|autumn|fall|winter|end|beginning|start)[\s-]+$|'s\s+$/i;

/** What may follow a year on its own: punctuation, a line end, or a range's second year. */
const YEAR_END =
  /^(?:\s*$|[.,;:!?)"'\]\u2019\u201d]|\s*[-–—]\s*\d{2,4}\b|\s+(?:and|or|to|through|when|after|before|as)\b)/;

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
  String.raw`\b(nineteen|twenty)[\s-]+(?:oh[\s-](${UNITS.join('|')})|(${TEENS.join('|')})|(${TENS.join('|')})(?:[\s-](${UNITS.join('|')}))?)\b`,
  'gi',
);
/** A month said before a spoken year: "January nineteen ninety-seven". */
const SPOKEN_MONTH_BEFORE = new RegExp(String.raw`\b(${MONTHS.join('|')})\s+(?:of\s+)?$`);

/** "the year two thousand", "the year two thousand and one". */
const TWO_THOUSAND = new RegExp(String.raw`\btwo\s+thousand(?:\s+and\s+(${UNITS.join('|')}))?\b`, 'gi');
const TWO_THOUSAND_BEFORE = /\bthe\s+year\s+$/i;

/**
 * Years in `text` that chrono-node does not find, with value `YYYY` (or `YYYY-MM` for a month before a
 * spoken year). A bare four-digit number is taken only where the words around it make it a year ("in
 * 2024", "since 1998,", "a 1994 memorandum"), never in an amount, a percentage, a code or a decade.
 */
export function findYearDates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, value: string): void => {
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

  for (const { start, end, core: m, before } of scanBack(text, SPOKEN_YEAR, SPOKEN_MONTH_BEFORE)) {
    const year = spokenYear(m);
    const month = before?.[1] === undefined ? 0 : monthNumber(before[1]);
    add(start, end, month === 0 ? yearValue(year) : monthValue(year, month));
  }

  for (const { start, end, core: m } of scanBack(text, TWO_THOUSAND, TWO_THOUSAND_BEFORE, true)) {
    add(start, end, yearValue(2000 + (m[1] === undefined ? 0 : UNITS.indexOf(m[1].toLowerCase()) + 1)));
  }
  return found;
}

function spokenYear(m: RegExpExecArray): number {
  const index = (list: string[], word: string | undefined): number =>
    list.indexOf((word ?? '').toLowerCase());
  const century = (m[1] ?? '').toLowerCase() === 'nineteen' ? 1900 : 2000;
  if (m[2] !== undefined) return century + index(UNITS, m[2]) + 1;
  if (m[3] !== undefined) return century + 10 + index(TEENS, m[3]);
  return century + 20 + 10 * index(TENS, m[4]) + (m[5] === undefined ? 0 : index(UNITS, m[5]) + 1);
}

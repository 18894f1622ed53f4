// Finds time expressions relative to the publication date: "yesterday", "Monday", "last week", "two days ago", "now".

import {
  addDays,
  containingValue,
  dayValue,
  monthValue,
  shiftMonth,
  weekAround,
  weekdayOf,
  yearValue,
  type Day,
} from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { scanBack } from './date-scan.js';
import { resolveWeekday, WEEKDAYS, type WeekdayModifier } from './date-weekday.js';
import { CARDINAL_WORDS } from './number-words.js';

const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;

/** Words for "the publication day, give or take one". */
const CASUAL = new RegExp(
  String.raw`\b(?:(to(?:day|night)|this\s+(?:morning|afternoon|evening))|(yesterday)${PART_OF_DAY}|(last\s+night|overnight)|(tomorrow)${PART_OF_DAY}|(now|nowadays|currently|presently|right\s+now|at\s+(?:present|the\s+moment)))\b`,
  'gi',
);
const CASUAL_BEFORE = /\b(?:early|late|later|earlier)\s+$/i;

/** A named weekday with an optional modifier and part of day: "last Friday", "Sunday night", "Tues.". */
const capitalised = (names: string[]): string =>
  names.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS);
const WEEKDAY = new RegExp(
  String.raw`\b(?:(${capitalised(WEEKDAY_NAMES.filter((n) => n.endsWith('day')))})\b(?!s\b)|(${capitalised(
    WEEKDAY_NAMES.filter((n) => !n.endsWith('day')),
  )})\.)${PART_OF_DAY}`,
  // Case-sensitive: weekday names are capitalised, and "sat", "wed", "sun" in lower case are other words.
  'g',
);
const WEEKDAY_BEFORE = /\b(last|this\s+past|past|this\s+coming|coming|next|this|early|late)\s+$/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS };

/** "two days ago", "almost four years ago", "a decade ago". Vague counts ("a few") are not dated. */
const AGO = /\bago\b/gi;
const AGO_BEFORE = new RegExp(
  String.raw`(?:\b(?:about|almost|nearly|some|roughly|around|approximately|more\s+than|less\s+than|over|under|just|only|barely)\s+)?\b(\d{1,3}|${Object.keys(
    NUMBER_WORDS,
  ).join('|')})[\s-]+(day|week|month|year|decade)s?\s+$`,
  'i',
);

/** "last week", "earlier this month", "next year", "this weekend". */
const UNIT = /\b(week|weekend|month|year)\b(?!s)/gi;
const UNIT_BEFORE =
  /(?:\b(?:early|earlier|late|later|so\s+far|the\s+(?:end|beginning|start|middle)\s+of|mid-?)\s+(?:in\s+)?)?(?<!\bthe\s)\b(this\s+past|this|last|next|current|the\s+current|the\s+full|over\s+the|the\s+past|the|past)\s+(?:(?:fiscal|calendar)\s+)?$/i;

/** Times of day named by a word; like clock times they take the day of a date beside them. */
const TIME_WORD = /\b(?:mid-?day|noon|midnight|mid-?\s?afternoon|mid-?morning)\b/gi;

/**
 * Relative time expressions in `text`, resolved against `ref` (the publication day), each at the
 * precision it carries: a day for "yesterday" or "Monday", a month for "last month", a year for "last
 * year". Weeks and weekends are not in our value set: they get the month that holds the whole week, or
 * the year when the week straddles two months. "now", "currently" and the like mean the publication day.
 * Every value is null when `ref` is null.
 */
export function findRelativeDates(text: string, ref: Day | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (start: number, end: number, value: string | null): void => {
    found.push({ start, end, value: ref === null ? null : value, priority: Priority.rule });
  };

  for (const { start, end, core: m } of scanBack(text, CASUAL, CASUAL_BEFORE)) {
    const offset = m[1] || m[5] ? 0 : m[2] || m[3] ? -1 : 1;
    add(start, end, ref && dayValue(addDays(ref, offset)));
  }

  for (const m of text.matchAll(TIME_WORD)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value: null,
      priority: Priority.time,
      timeOnly: true,
    });
  }

  for (const { start, end, core: m, before } of scanBack(text, WEEKDAY, WEEKDAY_BEFORE)) {
    const name = m[1] ?? m[2] ?? '';
    const weekday = WEEKDAYS[name.toLowerCase()];
    if (weekday === undefined) continue;
    add(start, end, resolveWeekday(text, start, weekday, weekdayModifier(before?.[1]), ref));
  }

  for (const { start, end, before } of scanBack(text, AGO, AGO_BEFORE, true)) {
    const count = countOf(before?.[1] ?? '');
    const unit = (before?.[2] ?? '').toLowerCase();
    add(start, end, ref && count !== null ? agoValue(ref, count, unit) : null);
  }

  for (const { start, end, core: m, before } of scanBack(text, UNIT, UNIT_BEFORE, true)) {
    const word = (before?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[1] ?? '').toLowerCase();
    const vague = word === 'the' || word === 'over the' || word === 'the past' || word === 'past';
    // "the week", "the past year", "over the month" are mostly durations; only "the weekend" is a date,
    // and in a report it is the weekend just gone.
    if (vague && unit !== 'weekend') continue;
    const shift = word === 'next' ? 1 : vague || word === 'last' || word === 'this past' ? -1 : 0;
    add(start, end, ref && unitValue(ref, unit, shift));
  }
  return found;
}

function weekdayModifier(word: string | undefined): WeekdayModifier {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  return null;
}

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

function agoValue(ref: Day, count: number, unit: string): string | null {
  switch (unit) {
    case 'day':
      return dayValue(addDays(ref, -count));
    case 'week':
      return containingValue(...weekAround(addDays(ref, -7 * count)));
    case 'month':
      return monthValue(...shiftMonth(ref.year, ref.month, -count));
    case 'year':
      return yearValue(ref.year - count);
    default:
      return yearValue(ref.year - 10 * count);
  }
}

function unitValue(ref: Day, unit: string, shift: number): string | null {
  switch (unit) {
    case 'week':
      return containingValue(...weekAround(addDays(ref, 7 * shift)));
    case 'weekend':
      return containingValue(...weekendNear(ref, shift));
    case 'month':
      return monthValue(...shiftMonth(ref.year, ref.month, shift));
    default:
      return yearValue(ref.year + shift);
  }
}

/**
 * The Saturday–Sunday weekend a phrase names: "last/the weekend" the most recent one that has begun by
 * `ref`; "this weekend" the one of `ref`'s week; "next weekend" the one after that.
 */
function weekendNear(ref: Day, shift: number): [Day, Day] {
  const weekday = weekdayOf(ref);
  const thisSaturday = addDays(ref, ((6 - weekday + 7) % 7) - (weekday === 0 ? 7 : 0));
  const saturday =
    shift < 0
      ? weekday === 6 || weekday === 0
        ? thisSaturday
        : addDays(thisSaturday, -7)
      : addDays(thisSaturday, 7 * shift);
  return [saturday, addDays(saturday, 1)];
}

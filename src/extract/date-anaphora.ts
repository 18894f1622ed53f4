// Finds time expressions that count from the date mentioned before them ("that year", "a year earlier", "the following day") and resolves them.

import { addDays, dayValue, monthValue, shiftMonth, yearValue } from './date-calendar.js';
import { Priority, type DateCandidate } from './date-candidate.js';
import { scanBack } from './date-scan.js';
import { CARDINAL_WORDS } from './number-words.js';

export type AnaphorUnit = 'day' | 'month' | 'year';

/** How an anaphoric expression moves from its antecedent: "the following year" is +1 year. */
export interface Anaphor {
  unit: AnaphorUnit;
  shift: number;
}

const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS };

/** "that year", "that same day", "earlier that day", "later that month". */
const SAME = /\b(that|same)\s+(?:same\s+)?(day|morning|afternoon|evening|night|month|year)\b/gi;
const SAME_BEFORE = /(?:\b(?:earlier|later)\s+)?(\bthe\s+)?$/i;

/** "the following day", "the previous year", "the next morning". */
const NEIGHBOUR =
  /\b(following|previous|preceding|next|prior)\s+(day|morning|afternoon|evening|night|month|year)\b(?!\s+or\b)/gi;
const NEIGHBOUR_BEFORE = /\bthe\s+$/i;

/**
 * "a year earlier", "two days later", "three months before." The prepositions "before"/"after" count
 * only when they end the phrase: "ten days before the murder" counts from an event, not a date.
 */
const COUNTED = /\b(day|month|year)s?\s+(?:(earlier|later)\b|(before|after)\b(?=\s*[,.;:)]|\s*$))/gi;
const COUNTED_BEFORE = new RegExp(String.raw`\b(\d{1,2}|${Object.keys(COUNTS).join('|')})\s+$`, 'i');

/** "the year-earlier quarter", "year-ago results": a year before the period just named. */
const YEAR_EARLIER = /\byear[-\s](?:earlier|ago)\b/gi;

/**
 * Anaphoric time expressions in `text`. Their value is left null here: `resolveAnaphor` gives them one
 * once the mention they count from is known. "the next year" is taken as anaphoric only in "the next
 * morning/day"; "over the next year" is a duration and is not listed.
 */
export function findAnaphoricDates(text: string): Array<DateCandidate & { anaphor: Anaphor }> {
  const found: Array<DateCandidate & { anaphor: Anaphor }> = [];
  const add = (start: number, end: number, unitWord: string, shift: number): void => {
    found.push({
      start,
      end,
      value: null,
      priority: Priority.rule,
      anaphor: { unit: unitOf(unitWord), shift },
    });
  };
  for (const { start, end, core: m, before } of scanBack(text, SAME, SAME_BEFORE)) {
    // "same day" needs "the" or "that": "same-day delivery" is no date.
    if ((m[1] ?? '').toLowerCase() === 'same' && before?.[1] === undefined) continue;
    add(start, end, m[2] ?? 'day', 0);
  }
  for (const { start, end, core: m } of scanBack(text, NEIGHBOUR, NEIGHBOUR_BEFORE, true)) {
    const unit = m[2] ?? 'day';
    const direction = (m[1] ?? '').toLowerCase();
    if (direction === 'next' && (unit === 'month' || unit === 'year')) continue;
    add(start, end, unit, direction === 'following' || direction === 'next' ? 1 : -1);
  }
  for (const { start, end, core: m, before } of scanBack(text, COUNTED, COUNTED_BEFORE, true)) {
    const word = (before?.[1] ?? '').toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : (COUNTS[word] ?? 1);
    const direction = (m[2] ?? m[3] ?? '').toLowerCase();
    add(start, end, m[1] ?? 'day', direction === 'earlier' || direction === 'before' ? -count : count);
  }
  for (const m of text.matchAll(YEAR_EARLIER)) add(m.index, m.index + m[0].length, 'year', -1);
  return found;
}

function unitOf(word: string): AnaphorUnit {
  const w = word.toLowerCase();
  return w === 'month' || w === 'year' ? w : 'day';
}

/**
 * The value of an anaphoric expression counted from `antecedent` (a value `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`): shifted by the anaphor's unit, at the coarser of the antecedent's precision and the
 * unit ("that day" after "in 2024" is `2024`: the day is not known).
 */
export function resolveAnaphor(antecedent: string, anaphor: Anaphor): string {
  const year = Number(antecedent.slice(0, 4));
  const month = antecedent.length >= 7 ? Number(antecedent.slice(5, 7)) : null;
  const day = antecedent.length === 10 ? Number(antecedent.slice(8, 10)) : null;
  if (anaphor.unit === 'year' || month === null) {
    return yearValue(year + (anaphor.unit === 'year' ? anaphor.shift : 0));
  }
  if (anaphor.unit === 'month' || day === null) {
    return monthValue(...shiftMonth(year, month, anaphor.unit === 'month' ? anaphor.shift : 0));
  }
  return dayValue(addDays({ year, month, day }, anaphor.shift));
}

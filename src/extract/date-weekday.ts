// Resolves a named weekday ("Monday", "last Friday", "next Tuesday") to a day near the publication date.

import { addDays, dayValue, weekdayOf, type Day } from './date-calendar.js';

/** Weekday names and their usual abbreviations, to 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

export type WeekdayModifier = 'last' | 'next' | 'this' | null;

/**
 * Words before a bare weekday in the same sentence that say the event is still to come ("will meet
 * Tuesday", "is scheduled to close Monday", "as early as Thursday"). News reports mostly look back, so
 * without one of these a weekday is the most recent such day.
 */
const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|plans?|planned|planning|scheduled|set to|is to|are to|due|expected to|as soon as|as early as|until|coming|next|upcoming|going to|to resume|to begin|to start|to open|to leave|to meet|to vote|to visit|postponed|delayed)\b/i;

/** How far back a future cue is looked for: the current clause, not the whole paragraph. */
const CUE_WINDOW = 90;

/**
 * The day a weekday names, relative to `ref` (the publication day):
 * - "last X": the X before `ref`, counting `ref`'s own weekday as a week back;
 * - "next X": the X after `ref`;
 * - "this X" or bare "X": the most recent X at or before `ref` (past-tense reporting), unless the words
 *   just before it in the sentence announce a future event, then the first X at or after `ref`.
 * Returns null when `ref` is null: a weekday alone never names a day without a publication date.
 */
export function resolveWeekday(
  text: string,
  start: number,
  weekday: number,
  modifier: WeekdayModifier,
  ref: Day | null,
): string | null {
  if (ref === null) return null;
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(ref) + 7) % 7;
  if (modifier === 'last') return dayValue(addDays(ref, back === 0 ? -7 : -back));
  if (modifier === 'next') return dayValue(addDays(ref, forward === 0 ? 7 : forward));
  if (looksAhead(text, start)) return dayValue(addDays(ref, forward));
  return dayValue(addDays(ref, -back));
}

/** True when the clause leading up to `start` announces something still to come. */
export function looksAhead(text: string, start: number): boolean {
  let from = Math.max(0, start - CUE_WINDOW);
  const before = text.slice(from, start);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  if (boundary >= 0) from += boundary + 1;
  return FUTURE_CUE.test(text.slice(from, start));
}

// Resolves a named weekday ("Monday", "last Friday", "next Tuesday") to a day near the publication date.

import { addDays, dayValue, weekdayOf, type Day } from './date-calendar.js';
import { looksAhead } from './date-tense.js';

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

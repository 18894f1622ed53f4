// Calendar arithmetic on partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), without a clock.

import type { PartialDate } from '../domain/document.js';

/**
 * Orders partial dates by the start of the period they name; a coarser date sorts before the finer dates
 * it contains ("2024-10" before "2024-10-18"). Null sorts last.
 */
export function compareDates(a: PartialDate | null, b: PartialDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The first day of the period: "2024-10" → "2024-10-01", "2025" → "2025-01-01". */
export function periodStart(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date.slice(0, 10);
}

/** The last day of the period: "2024-02" → "2024-02-29", "2025" → "2025-12-31". */
export function periodEnd(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date.slice(0, 10);
}

/** Whole days from the start of `from` to the start of `to` (negative when `to` is earlier). */
export function daysBetween(from: PartialDate, to: PartialDate): number {
  return Math.round(dayNumber(periodStart(to)) - dayNumber(periodStart(from)));
}

/**
 * Whole days from the middle of `from`'s period to the start of `to`: a claim dated only "October 2024"
 * is taken as made mid-October, so its lead time is not overstated by half a month.
 */
export function daysFromMiddle(from: PartialDate, to: PartialDate): number {
  const start = dayNumber(periodStart(from));
  const end = dayNumber(periodEnd(from));
  return Math.round(dayNumber(periodStart(to)) - (start + end) / 2);
}

/** The day `days` after a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date((dayNumber(day) + days) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** True when everything in `date` lies on or before the day `asOf` (a whole month must be over). */
export function knownBy(date: PartialDate | null, asOf: string): boolean {
  return date !== null && periodEnd(date) <= periodEnd(asOf);
}

/** The later of two dates by period start, ignoring nulls. */
export function laterOf(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (memoized: the same days recur across many claims). */
function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
    if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
  }
  return n;
}

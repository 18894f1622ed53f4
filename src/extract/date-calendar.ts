// Calendar arithmetic on whole days and the partial-date values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) it yields.

import { InvalidInput } from '../domain/errors.js';

/** A calendar day (proleptic Gregorian, no time zone). `month` is 1..12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a `YYYY-MM-DD` publication date. Returns null for null; throws InvalidInput for anything else
 * that is not a real calendar day (so "2025-02-30" is refused, never rolled over).
 */
export function parseDay(value: string | null): Day | null {
  if (value === null) return null;
  const match = ISO_DAY.exec(value);
  if (match) {
    const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (isRealDay(day)) return day;
  }
  throw new InvalidInput(`expected a publication date as YYYY-MM-DD, found ${JSON.stringify(value)}`);
}

/** True when the day exists in the calendar (month 1..12, day within the month). */
export function isRealDay(day: Day): boolean {
  if (!Number.isInteger(day.year) || day.month < 1 || day.month > 12 || day.day < 1) return false;
  return day.day <= daysInMonth(day.year, day.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

/** 0 = Sunday … 6 = Saturday, as in `Date.prototype.getDay`. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** The month `months` away from the day's month, as [year, month]. */
export function shiftMonth(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function yearValue(year: number): string {
  return pad(year, 4);
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function dayValue(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/**
 * The finest value that contains every day from `first` to `last` (inclusive): the day itself, else
 * the month, else the year; null when the days span two years. This is how periods our value set cannot
 * name (weeks, weekends) are reported without claiming more precision than the text gives.
 */
export function containingValue(first: Day, last: Day): string | null {
  if (first.year !== last.year) return null;
  if (first.month !== last.month) return yearValue(first.year);
  if (first.day !== last.day) return monthValue(first.year, first.month);
  return dayValue(first);
}

/** The Monday-to-Sunday week (ISO 8601 §2.2.8) containing `day`, as its first and last day. */
export function weekAround(day: Day): [Day, Day] {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return [monday, addDays(monday, 6)];
}

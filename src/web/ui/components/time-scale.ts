// Maps calendar dates (at any precision) to positions on a time axis, and picks readable ticks.

const DAY = 86_400_000;

/** The first and last day (as UTC day numbers) of a partial date: "2024" is the whole year. */
export function dateRange(date: string): { first: number; last: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month === null) return { first: dayNumber(year, 0, 1), last: dayNumber(year, 11, 31) };
  if (day === null) return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0) };
  const at = dayNumber(year, month, day);
  return { first: at, last: at };
}

/** Where a partial date sits: the middle of its period (a month-precise word sits mid-month). */
export function dateMiddle(date: string): number | null {
  const range = dateRange(date);
  return range === null ? null : Math.round((range.first + range.last) / 2);
}

/** `YYYY-MM-DD` of a day number. */
export function dayToDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface TimeScale {
  /** x of a day number. */
  x(day: number): number;
  /** Day number at x (rounded), clamped to the domain. */
  day(x: number): number;
  first: number;
  last: number;
  /** Ticks at month (or year) starts, at most about `max` of them. */
  ticks(max: number): { day: number; label: string }[];
}

/**
 * A linear scale from days [first, last] onto [left, right]. A domain of one day is widened by a
 * fortnight each side so a single point sits in the middle.
 */
export function timeScale(first: number, last: number, left: number, right: number): TimeScale {
  const lo = first === last ? first - 14 : first;
  const hi = first === last ? last + 14 : last;
  const span = hi - lo;
  return {
    first: lo,
    last: hi,
    x: (day) => left + ((day - lo) / span) * (right - left),
    day: (x) => Math.min(hi, Math.max(lo, Math.round(lo + ((x - left) / (right - left)) * span))),
    ticks(max) {
      const months: { day: number; label: string }[] = [];
      const start = new Date(lo * DAY);
      let year = start.getUTCFullYear();
      let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
      for (;;) {
        if (month > 11) {
          year += 1;
          month = 0;
        }
        const day = dayNumber(year, month, 1);
        if (day > hi) break;
        months.push({ day, label: month === 0 ? String(year) : (MONTHS[month] ?? '') });
        month += 1;
      }
      if (months.length <= max) return months;
      const step = [2, 3, 6, 12].find((n) => months.length / n <= max) ?? 12;
      return months.filter((tick) => new Date(tick.day * DAY).getUTCMonth() % step === 0);
    },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month, day) / DAY);
}

import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { containingValue, parseDay, weekAround, weekdayOf } from './date-calendar.js';

describe('date calendar', () => {
  it('reads a publication day and refuses impossible ones', () => {
    expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDay(null)).toBeNull();
    expect(() => parseDay('2025-02-29')).toThrow(InvalidInput);
    expect(() => parseDay('2025-4-28')).toThrow('found "2025-4-28"');
  });

  it('knows the weekday of a day', () => {
    expect(weekdayOf({ year: 2025, month: 4, day: 28 })).toBe(1); // a Monday
    expect(weekdayOf({ year: 1998, month: 8, day: 7 })).toBe(5); // a Friday
  });

  it('names a stretch of days by the finest value that holds it all', () => {
    const day = (d: number, m = 4) => ({ year: 2025, month: m, day: d });
    expect(containingValue(day(27), day(27))).toBe('2025-04-27');
    expect(containingValue(day(21), day(27))).toBe('2025-04');
    expect(containingValue(day(28), day(4, 5))).toBe('2025');
    expect(containingValue({ year: 2024, month: 12, day: 30 }, { year: 2025, month: 1, day: 5 })).toBeNull();
  });

  it('finds the Monday-to-Sunday week around a day', () => {
    expect(weekAround({ year: 2025, month: 4, day: 23 })).toEqual([
      { year: 2025, month: 4, day: 21 },
      { year: 2025, month: 4, day: 27 },
    ]);
  });
});

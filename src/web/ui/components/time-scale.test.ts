import { describe, expect, it } from 'vitest';
import { dateMiddle, dateRange, dayToDate, timeScale } from './time-scale.js';

describe('time scale', () => {
  it('reads partial dates as the period they name', () => {
    const april = dateRange('2025-04');
    expect(april && [dayToDate(april.first), dayToDate(april.last)]).toEqual(['2025-04-01', '2025-04-30']);
    const year = dateRange('2024');
    expect(year && [dayToDate(year.first), dayToDate(year.last)]).toEqual(['2024-01-01', '2024-12-31']);
    expect(dayToDate(dateMiddle('2025-04-27') ?? 0)).toBe('2025-04-27');
    expect(dayToDate(dateMiddle('2024-10') ?? 0)).toBe('2024-10-16');
    expect(dateRange('soon')).toBeNull();
  });

  it('places days linearly and finds the day under a position', () => {
    const first = dateMiddle('2024-10-01') ?? 0;
    const last = dateMiddle('2025-04-30') ?? 0;
    const scale = timeScale(first, last, 100, 900);
    expect(scale.x(first)).toBe(100);
    expect(scale.x(last)).toBe(900);
    expect(dayToDate(scale.day(500))).toBe('2025-01-15');
    expect(scale.day(5000)).toBe(last);
  });

  it('ticks at month starts, thinned to fit', () => {
    const scale = timeScale(dateMiddle('2024-10-05') ?? 0, dateMiddle('2025-05-20') ?? 0, 0, 800);
    expect(scale.ticks(12).map((t) => t.label)).toEqual(['Nov', 'Dec', '2025', 'Feb', 'Mar', 'Apr', 'May']);
    expect(scale.ticks(4).map((t) => t.label)).toEqual(['Nov', '2025', 'Mar', 'May']);
  });
});

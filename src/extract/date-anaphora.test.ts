import { describe, expect, it } from 'vitest';
import { findAnaphoricDates, resolveAnaphor } from './date-anaphora.js';

describe('resolveAnaphor', () => {
  it('shifts by its unit and keeps the coarser precision', () => {
    expect(resolveAnaphor('2025-01-31', { unit: 'day', shift: 1 })).toBe('2025-02-01');
    expect(resolveAnaphor('2025-01-31', { unit: 'month', shift: -2 })).toBe('2024-11');
    expect(resolveAnaphor('2025-01', { unit: 'year', shift: -1 })).toBe('2024');
    expect(resolveAnaphor('2025', { unit: 'day', shift: 0 })).toBe('2025');
  });
});

describe('findAnaphoricDates', () => {
  it('finds expressions that count from an earlier date, and leaves durations alone', () => {
    const text =
      'Two days later the talks resumed; over the next year prices rose; the year-ago figure was lower.';
    expect(findAnaphoricDates(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'Two days later',
      'year-ago',
    ]);
  });
});

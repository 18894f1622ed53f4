import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-date.js';

describe('parseFeedDate', () => {
  it('reads RFC 822 dates with zone names, offsets and two-digit years', () => {
    expect(parseFeedDate('Sun, 27 Apr 2025 09:30:00 GMT')).toBe('2025-04-27T09:30:00.000Z');
    expect(parseFeedDate('27 Apr 2025 18:30 +0900')).toBe('2025-04-27T09:30:00.000Z');
    expect(parseFeedDate('Mon, 28 Apr 25 10:00:00 EDT')).toBe('2025-04-28T14:00:00.000Z');
    expect(parseFeedDate('Fri, 18 Oct 2024 07:05:09 MSK')).toBe('2024-10-18T04:05:09.000Z');
  });

  it('reads RFC 3339 dates and reads a zoneless one as UTC', () => {
    expect(parseFeedDate('2025-01-11T08:00:00+02:00')).toBe('2025-01-11T06:00:00.000Z');
    expect(parseFeedDate('2025-01-11T08:00:00.25Z')).toBe('2025-01-11T08:00:00.250Z');
    expect(parseFeedDate('2025-01-11T08:00:00')).toBe('2025-01-11T08:00:00.000Z');
    expect(parseFeedDate('2025-01-11')).toBe('2025-01-11T00:00:00.000Z');
  });

  it('refuses impossible and unrecognised dates', () => {
    expect(parseFeedDate('31 Apr 2025 10:00 GMT')).toBeNull();
    expect(parseFeedDate('2025-02-30')).toBeNull();
    expect(parseFeedDate('yesterday')).toBeNull();
    expect(parseFeedDate('12')).toBeNull();
    expect(parseFeedDate('27 Foo 2025 10:00 GMT')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { dueAt, isDue, newFeedState, pollDelay, retryAfterMs } from './feed-state.js';

const schedule = { intervalMs: 60_000, maxBackoffMs: 600_000 };

describe('feed schedule', () => {
  it('doubles the wait per failure up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => pollDelay(n, schedule) / 60_000)).toEqual([
      1, 2, 4, 8, 10, 10, 10,
    ]);
  });

  it('lets Retry-After lengthen the wait, within a day', () => {
    expect(pollDelay(1, schedule, 3_600_000)).toBe(3_600_000);
    expect(pollDelay(3, schedule, 1_000)).toBe(480_000);
    expect(pollDelay(1, schedule, 10 * 86_400_000)).toBe(86_400_000);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = new Date('2025-04-28T09:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 28 Apr 2025 10:00:00 GMT', now)).toBe(3_600_000);
    expect(retryAfterMs('soon', now)).toBeNull();
  });

  it('makes a new feed due at once and a polled one due at its time', () => {
    const now = new Date('2025-04-28T09:00:00Z');
    expect(isDue(newFeedState('https://a.example/feed'), now)).toBe(true);
    expect(isDue({ ...newFeedState('x'), nextPollAt: '2025-04-28T09:00:01Z' }, now)).toBe(false);
  });

  it('lets a shorter interval take effect at once, but keeps a failing feed backing off', () => {
    const polled = {
      ...newFeedState('x'),
      lastPolledAt: '2025-04-28T09:00:00Z',
      nextPollAt: '2025-04-28T09:15:00Z',
    };
    expect(dueAt(newFeedState('x'), schedule)).toBe(-Infinity);
    expect(new Date(dueAt(polled, schedule)).toISOString()).toBe('2025-04-28T09:01:00.000Z');
    expect(new Date(dueAt(polled, { ...schedule, intervalMs: 3_600_000 })).toISOString()).toBe(
      '2025-04-28T09:15:00.000Z',
    );
    expect(new Date(dueAt({ ...polled, failures: 2 }, schedule)).toISOString()).toBe(
      '2025-04-28T09:15:00.000Z',
    );
  });
});

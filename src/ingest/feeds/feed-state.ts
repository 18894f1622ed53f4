// A followed feed's polling state (validators for conditional GET, failures, schedule) and the backoff rule.

/** What claimlog remembers about a feed between polls; plain JSON, stored as one row. */
export interface FeedState {
  url: string;
  /** The `ETag` of the last feed read, sent back as `If-None-Match`. */
  etag: string | null;
  /** The `Last-Modified` of the last feed read, sent back as `If-Modified-Since`. */
  lastModified: string | null;
  /** Polls that failed in a row (0 after any success or 304). */
  failures: number;
  lastPolledAt: string | null;
  /** When the feed should next be polled (ISO instant); null means now. */
  nextPollAt: string | null;
  lastError: string | null;
}

export interface Schedule {
  /** Time between polls of a healthy feed (default 15 minutes). */
  intervalMs: number;
  /** Longest wait after failures (default 6 hours). */
  maxBackoffMs: number;
}

export const DEFAULT_SCHEDULE: Schedule = { intervalMs: 15 * 60_000, maxBackoffMs: 6 * 3_600_000 };

/** The state of a feed just added: never polled, due at once. */
export function newFeedState(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    failures: 0,
    lastPolledAt: null,
    nextPollAt: null,
    lastError: null,
  };
}

/** True when `state` is due at `now`. */
export function isDue(state: FeedState, now: Date): boolean {
  return state.nextPollAt === null || Date.parse(state.nextPollAt) <= now.getTime();
}

/**
 * When `state` is next due (ms since the epoch): its stored next poll, or for a healthy feed polled
 * before, one `schedule.intervalMs` after that poll if sooner, so a shorter interval takes effect at
 * once. A feed backing off after failures keeps its stored time. Never polled: due now (-Infinity).
 */
export function dueAt(state: FeedState, schedule: Schedule): number {
  if (state.nextPollAt === null) return -Infinity;
  const stored = Date.parse(state.nextPollAt);
  if (state.failures > 0 || state.lastPolledAt === null) return stored;
  return Math.min(stored, Date.parse(state.lastPolledAt) + schedule.intervalMs);
}

/**
 * The wait before the next poll after `failures` failures in a row: the interval for 0, then doubling
 * (2×, 4×, 8× …) up to `maxBackoffMs`. A server's `Retry-After` (already in ms) lengthens it, never
 * shortens it, and is itself capped at one day.
 */
export function pollDelay(failures: number, schedule: Schedule, retryAfterMs: number | null = null): number {
  const backoff =
    failures === 0
      ? schedule.intervalMs
      : Math.min(schedule.maxBackoffMs, schedule.intervalMs * 2 ** failures);
  return retryAfterMs === null ? backoff : Math.max(backoff, Math.min(retryAfterMs, 86_400_000));
}

/** Reads a `Retry-After` header (seconds, or an HTTP date relative to `now`) as milliseconds, or null. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const t = header.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const at = Date.parse(t);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

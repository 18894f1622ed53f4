// What live sources add to the use cases: a page fetcher and a feed fetcher (both behind the SSRF guard), syndication, and a way to wait.

import type { FeedFetcher } from '../ingest/feeds/poll-feed.js';
import type { Syndication } from './live-ports.js';
import type { PageFetcher } from './read-url-source.js';

export interface LiveParts {
  fetchPage: PageFetcher;
  feedFetcher: FeedFetcher;
  syndication: Syndication;
  /** Waits `ms`, or less when `signal` aborts; never rejects. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** A `sleep` on the event loop's timers that ends early when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

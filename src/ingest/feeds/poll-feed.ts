// One poll of one feed: conditional GET, parse, and the items not seen before, with the feed's next state.
import { ClaimlogError } from '../../domain/errors.js';
import type { FeedItem, FeedProblem } from './feed-item.js';
import { DEFAULT_SCHEDULE, pollDelay, retryAfterMs, type FeedState, type Schedule } from './feed-state.js';
import { itemFingerprint, itemKey } from './item-identity.js';
import { parseFeed } from './parse-feed.js';

/** What the fetcher is asked for: the feed URL with the validators from the last read. */
export interface FeedRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export type FeedResponse =
  | { kind: 'feed'; url: string; text: string; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified'; etag: string | null; lastModified: string | null }
  | { kind: 'http-error'; status: number; retryAfter: string | null };

/**
 * Fetches a feed. Implementations MUST send `If-None-Match` / `If-Modified-Since` when the request
 * carries validators, MUST answer a 304 with `not-modified`, and MAY throw a ClaimlogError (refused,
 * unreachable, too large), which the poll records as a failure.
 */
export interface FeedFetcher {
  fetchFeed(request: FeedRequest): Promise<FeedResponse>;
}

export interface Clock {
  now(): Date;
}

/** What was recorded of an item the last time it was taken in. */
export interface SeenItem {
  fingerprint: string;
  /** 1 for the first version taken in, +1 for each change. */
  version: number;
  /** The document made from that version, once ingested. */
  documentId: string | null;
}

/** Items already taken in from a feed. Implementations MUST return an entry for every known key asked. */
export interface SeenItems {
  lookup(feedUrl: string, keys: readonly string[]): Promise<ReadonlyMap<string, SeenItem>>;
}

/** An item to take in: never seen (`new`), or seen with other words (`changed`, `previous` set). */
export interface FreshItem {
  key: string;
  fingerprint: string;
  change: 'new' | 'changed';
  version: number;
  previous: SeenItem | null;
  item: FeedItem;
}

export interface PollResult {
  /** The feed's state after this poll; store it with the items, in one transaction. */
  state: FeedState;
  outcome: 'fetched' | 'not-modified' | 'failed';
  /** New and changed items in feed order; empty unless `fetched`. */
  items: FreshItem[];
  /** Items skipped or kept with a defect, and feed-level damage. */
  problems: FeedProblem[];
  /** Why the poll failed, when it did. */
  error: string | null;
  /** The feed's own title and site, when this poll read the feed. */
  feed: { title: string | null; link: string | null } | null;
}

export interface PollPorts {
  fetcher: FeedFetcher;
  clock: Clock;
  seen: SeenItems;
}

/**
 * Polls the feed `state` describes: a conditional GET with its validators, then the items whose key was
 * never seen or whose fingerprint differs from the one recorded (see README: a changed item is taken in
 * again as a new version). Writes nothing: the caller stores the returned state and marks the items seen
 * together with the documents made from them, so a crash between the two cannot lose or repeat an item.
 * A failure (network, refusal, HTTP error, not a feed) never throws: it is returned with the backoff applied
 * and the old validators kept, so the next successful poll reads the feed in full.
 */
export async function pollFeed(
  state: FeedState,
  ports: PollPorts,
  schedule: Schedule = DEFAULT_SCHEDULE,
): Promise<PollResult> {
  const now = ports.clock.now();
  const polled = { ...state, lastPolledAt: now.toISOString() };
  const failed = (error: string, retryAfter: number | null = null): PollResult => {
    const failures = state.failures + 1;
    const next = new Date(now.getTime() + pollDelay(failures, schedule, retryAfter));
    return {
      state: { ...polled, failures, nextPollAt: next.toISOString(), lastError: error },
      outcome: 'failed',
      items: [],
      problems: [],
      error,
      feed: null,
    };
  };
  const healthy = {
    failures: 0,
    lastError: null,
    nextPollAt: new Date(now.getTime() + schedule.intervalMs).toISOString(),
  };

  let response: FeedResponse;
  try {
    response = await ports.fetcher.fetchFeed({
      url: state.url,
      etag: state.etag,
      lastModified: state.lastModified,
    });
  } catch (error) {
    if (error instanceof ClaimlogError) return failed(error.message);
    throw error;
  }
  if (response.kind === 'http-error') {
    const wait =
      response.status === 429 || response.status === 503 ? retryAfterMs(response.retryAfter, now) : null;
    const gone = response.status === 410 ? '; the feed is gone, consider removing it' : '';
    return failed(`${state.url} answered HTTP ${response.status}${gone}`, wait);
  }
  if (response.kind === 'not-modified') {
    return {
      state: {
        ...polled,
        ...healthy,
        etag: response.etag ?? state.etag,
        lastModified: response.lastModified ?? state.lastModified,
      },
      outcome: 'not-modified',
      items: [],
      problems: [],
      error: null,
      feed: null,
    };
  }

  let feed;
  try {
    feed = parseFeed(response.text, response.url);
  } catch (error) {
    if (error instanceof ClaimlogError) return failed(error.message);
    throw error;
  }
  const problems = [...feed.problems];
  const firstByKey = new Map<string, FeedItem>();
  for (const item of feed.items) {
    const key = itemKey(item);
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, item);
      continue;
    }
    problems.push({
      item: item.position,
      line: item.position.line,
      message: `item ${item.position.index + 1}${item.position.line === null ? '' : ` (line ${item.position.line})`}: same ${key.slice(0, key.indexOf(':'))} as item ${first.position.index + 1}; skipped`,
      skipped: true,
    });
  }
  const seen = await ports.seen.lookup(state.url, [...firstByKey.keys()]);
  const items: FreshItem[] = [];
  for (const [key, item] of firstByKey) {
    const fingerprint = itemFingerprint(item);
    const previous = seen.get(key) ?? null;
    if (previous === null) items.push({ key, fingerprint, change: 'new', version: 1, previous: null, item });
    else if (previous.fingerprint !== fingerprint) {
      items.push({ key, fingerprint, change: 'changed', version: previous.version + 1, previous, item });
    }
  }
  return {
    state: { ...polled, ...healthy, etag: response.etag, lastModified: response.lastModified },
    outcome: 'fetched',
    items,
    problems,
    error: null,
    feed: { title: feed.title, link: feed.link },
  };
}

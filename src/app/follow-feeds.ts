// Following feeds: add one (with the outlet its items are credited to), list them, stop following one.

import { Conflict, InvalidInput, NotFound } from '../domain/errors.js';
import type { Feed } from './live-ports.js';
import type { Store } from './ports.js';

/**
 * Follows the feed at `url` (an absolute http(s) URL; stored in its normalised form). Nothing is fetched
 * until `watch`. Throws InvalidInput for anything but an http(s) URL, and Conflict when it is already followed.
 */
export async function followFeed(store: Store, url: string, outlet: string | null, now: Date): Promise<Feed> {
  const normal = feedUrl(url);
  const name = outlet?.trim() ?? null;
  const feed = await store.feeds.addFeed({
    url: normal,
    outlet: name === '' ? null : name,
    addedAt: now.toISOString(),
  });
  if (feed === null) {
    const existing = await store.feeds.findFeed(normal);
    throw new Conflict(`${normal} is already followed (feed ${existing?.id ?? '?'})`);
  }
  return feed;
}

/**
 * Stops following the feed with this id or URL and forgets which of its items were seen; the documents
 * made from them stay. Throws NotFound when no such feed is followed.
 */
export async function unfollowFeed(store: Store, urlOrId: string): Promise<Feed> {
  const key = /^\d+$/.test(urlOrId) ? urlOrId : normalOrSame(urlOrId);
  const feed = await store.feeds.findFeed(key);
  if (feed === null || !(await store.feeds.removeFeed(feed.id))) {
    throw new NotFound(`no followed feed with ${/^\d+$/.test(urlOrId) ? 'id' : 'URL'} ${urlOrId}`);
  }
  return feed;
}

function feedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new InvalidInput(`expected an absolute http(s) URL of a feed, found "${url}"`, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidInput(`expected an http or https feed URL, found ${parsed.protocol} in "${url}"`);
  }
  parsed.hash = '';
  return parsed.href;
}

function normalOrSame(url: string): string {
  try {
    return feedUrl(url);
  } catch {
    return url;
  }
}

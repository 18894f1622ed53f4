// How a feed item is recognised from one poll to the next (its key) and how a change to it is noticed (its fingerprint).
import { createHash } from 'node:crypto';
import type { FeedItem } from './feed-item.js';
import { htmlToText } from './html-text.js';

/**
 * The item's identity within its feed: `guid:<guid>` when the feed gives one, else `url:<link>` (fragment
 * and utm_* tracking parameters dropped), else `hash:<sha256 of title and text>`. Stable across polls
 * for an unchanged feed; two items with the same key are the same item.
 */
export function itemKey(item: FeedItem): string {
  if (item.guid !== null) return `guid:${item.guid}`;
  if (item.url !== null) return `url:${canonicalLink(item.url)}`;
  return `hash:${sha256(`${item.title ?? ''}\n\n${itemText(item)}`)}`;
}

/**
 * A hash of what a reader sees of the item: its title and text (content, else summary) with markup and
 * spacing normalised. Dates, links, authors and markup-only edits do not change it; any edit of the words does.
 */
export function itemFingerprint(item: FeedItem): string {
  return sha256(`${collapse(item.title ?? '')}\n\n${itemText(item)}`);
}

/** The item's plain text: its content when the feed carries it, else its summary. */
export function itemText(item: FeedItem): string {
  const html = item.contentHtml ?? item.summaryHtml;
  return html === null ? '' : collapse(htmlToText(html));
}

function canonicalLink(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) {
      if (name.toLowerCase().startsWith('utm_')) u.searchParams.delete(name);
    }
    return u.href;
  } catch {
    return url;
  }
}

function collapse(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

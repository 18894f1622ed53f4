// Reads one feed item into a document: the item rendered as a small HTML page and read by the HTML reader.

import { readHtmlDocument } from '../html-reader.js';
import type { ReadDocument } from '../read-context.js';
import type { FeedItem } from './feed-item.js';

export interface FeedItemContext {
  feedUrl: string;
  /** The item's key within its feed (see `itemKey`). */
  key: string;
  /** The outlet credited: the feed's configured outlet, else its title. */
  outlet: string | null;
  retrievedAt: string;
}

/**
 * Reads `item` as an article: its title, then its content (or, when the feed carries none, its summary),
 * through the same HTML reader as `.html` files, so scripts and markup never reach the text. The
 * document's bytes are that page (`itemPage`), its origin the item's link (or `feed#key`), its outlet
 * `context.outlet`, its date the item's publication (else update) date. Throws InvalidInput naming the
 * origin when the item has no readable text or an impossible date.
 */
export function readFeedItem(item: FeedItem, context: FeedItemContext, now: Date): ReadDocument {
  const origin = item.url ?? `${context.feedUrl}#${encodeURIComponent(context.key)}`;
  const date = item.publishedAt ?? item.updatedAt;
  const read = readHtmlDocument(
    new TextEncoder().encode(itemPage(item, context.outlet)),
    { origin, retrievedAt: context.retrievedAt, ...(date === null ? {} : { publishedAt: date }) },
    now,
  );
  return { ...read, input: { ...read.input, externalId: item.guid, outlet: context.outlet } };
}

/** The item as a self-contained HTML page: metadata in the head, title and content in an article. */
export function itemPage(item: FeedItem, outlet: string | null): string {
  const meta = (attr: string, key: string, value: string | null): string =>
    value === null ? '' : `<meta ${attr}="${key}" content="${escape(value)}">\n`;
  const title = item.title === null ? '' : escape(item.title);
  return (
    '<!doctype html>\n<html><head><meta charset="utf-8">\n' +
    (item.title === null ? '' : `<title>${title}</title>\n`) +
    meta('property', 'og:site_name', outlet) +
    meta('name', 'author', item.author) +
    meta('property', 'article:published_time', item.publishedAt ?? item.updatedAt) +
    (item.url === null ? '' : `<link rel="canonical" href="${escape(item.url)}">\n`) +
    '</head><body><article>\n' +
    (item.title === null ? '' : `<h1>${title}</h1>\n`) +
    `${item.contentHtml ?? item.summaryHtml ?? ''}\n</article></body></html>\n`
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

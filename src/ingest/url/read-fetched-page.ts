// Reads a page fetched from the web into a document, with the HTML or text reader, keeping the bytes as fetched.

import { InvalidInput } from '../../domain/errors.js';
import { readHtmlDocument } from '../html-reader.js';
import type { ReadContext, ReadDocument } from '../read-context.js';
import { readTextDocument } from '../text-reader.js';
import { decodeBody } from './decode-body.js';
import type { FetchResult } from './fetch-page.js';

export type FetchedPage = Extract<FetchResult, { kind: 'page' }>;

/**
 * Reads `page` (HTML or plain text, in whatever charset it declares) as a document of format `url`:
 * its bytes are the bytes fetched, its URL the page's canonical link or else the URL that answered, its
 * origin `context.origin` (the URL asked for). Throws InvalidInput naming the URL for a feed or data
 * instead of a page, and whatever the readers throw (no readable text, an impossible date).
 */
export function readFetchedPage(page: FetchedPage, context: ReadContext, now: Date): ReadDocument {
  if (page.contentKind === 'feed') {
    throw new InvalidInput(
      `expected a web page, found ${page.mediaType} (a feed or data); to follow a feed, use claimlog feeds add ${context.origin}`,
      { where: { file: context.origin } },
    );
  }
  // The readers take UTF-8; the page may be in another charset, which decodeBody honours.
  const utf8 = new TextEncoder().encode(decodeBody(page.bytes, page.charset, context.origin));
  const read =
    page.contentKind === 'html' ? readHtmlDocument(utf8, context, now) : readTextDocument(utf8, context, now);
  return {
    ...read,
    input: { ...read.input, format: 'url', bytes: page.bytes, url: read.input.url ?? page.url },
  };
}

// Reads one URL given to ingest: fetch it through the SSRF guard, read the page, and keep how it was fetched.

import { ClaimlogError, InvalidInput } from '../domain/errors.js';
import type { ReadDocument } from '../ingest/read-context.js';
import type { FetchResult } from '../ingest/url/fetch-page.js';
import { readFetchedPage } from '../ingest/url/read-fetched-page.js';
import type { FetchRecord } from './live-ports.js';

/**
 * Fetches web pages. Implementations MUST refuse addresses the configuration does not allow (checking
 * every redirect, connecting to nothing refused), MUST enforce `maxBytes`, and throw ClaimlogErrors
 * that name the URL for refusals, limits and network failures.
 */
export type PageFetcher = (url: string, limits: { maxBytes: number }) => Promise<FetchResult>;

export type UrlOutcome =
  (ReadDocument & { fetch: FetchRecord; bytes: number }) | { kind: 'error'; error: ClaimlogError };

/** True when a source named on the command line is a URL rather than a path (`scheme://…`). */
export function isUrlSource(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/**
 * Reads `url` into a document (format `url`). Every problem (refused address, timeout, too large, wrong
 * content type, HTTP error, no readable text) comes back as an error outcome whose message names the URL;
 * only unexpected faults throw.
 */
export async function readUrlSource(
  url: string,
  fetcher: PageFetcher,
  options: { maxBytes: number; publishedAt?: string },
  now: () => Date,
): Promise<UrlOutcome> {
  try {
    const result = await fetcher(url, { maxBytes: options.maxBytes });
    if (result.kind !== 'page') {
      const status = result.kind === 'http-error' ? `${result.status} ${result.statusText}` : '304';
      throw new InvalidInput(`expected a page, the server answered HTTP ${status.trim()}`, {
        where: { file: url },
      });
    }
    const fetchedAt = now();
    const read = readFetchedPage(
      result,
      {
        origin: url,
        retrievedAt: fetchedAt.toISOString(),
        ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
      },
      fetchedAt,
    );
    const fetch: FetchRecord = {
      requestedUrl: url,
      finalUrl: result.url,
      redirects: result.redirects,
      status: result.status,
      mediaType: result.mediaType,
      charset: result.charset,
      headers: result.headers,
      fetchedAt: fetchedAt.toISOString(),
    };
    return { ...read, fetch, bytes: result.bytes.length };
  } catch (error) {
    if (error instanceof ClaimlogError) return { kind: 'error', error };
    throw error;
  }
}

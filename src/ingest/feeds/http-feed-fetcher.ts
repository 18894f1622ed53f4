// The feed fetcher over HTTP: fetchPage (with its SSRF guard and limits) plus conditional GET and charset decoding.
import { decodeBody } from '../url/decode-body.js';
import { fetchPage, type FetchOptions } from '../url/fetch-page.js';
import type { FeedFetcher, FeedRequest, FeedResponse } from './poll-feed.js';

/** A FeedFetcher that GETs feeds with `fetchPage` under `options` (policy, resolver, limits). */
export function httpFeedFetcher(options: FetchOptions = {}): FeedFetcher {
  return {
    async fetchFeed(request: FeedRequest): Promise<FeedResponse> {
      const headers: Record<string, string> = { ...options.headers };
      if (request.etag !== null) headers['if-none-match'] = request.etag;
      if (request.lastModified !== null) headers['if-modified-since'] = request.lastModified;
      const result = await fetchPage(request.url, { accept: ['feed', 'text'], ...options, headers });
      const validators = {
        etag: result.headers.etag ?? null,
        lastModified: result.headers['last-modified'] ?? null,
      };
      switch (result.kind) {
        case 'not-modified':
          return { kind: 'not-modified', ...validators };
        case 'http-error':
          return {
            kind: 'http-error',
            status: result.status,
            retryAfter: result.headers['retry-after'] ?? null,
          };
        case 'page':
          return {
            kind: 'feed',
            url: result.url,
            text: decodeBody(result.bytes, result.charset, result.url),
            ...validators,
          };
      }
    },
  };
}

// Builds the live-source parts for a configuration: fetchers behind the SSRF guard with its allow list, and syndication.

import { httpFeedFetcher } from '../ingest/feeds/http-feed-fetcher.js';
import { fetchPage } from '../ingest/url/fetch-page.js';
import type { Config } from './config.js';
import { abortableSleep, type LiveParts } from './live-parts.js';
import { MinHashSyndication } from './min-hash-syndication.js';

/** The parts for `config` (its `fetchAllow` policy, its `maxBytes` for feeds); one syndication index per call. */
export function createLiveParts(
  config: Pick<Config, 'fetchAllow' | 'maxBytes'>,
  clock: () => Date,
): LiveParts {
  const policy = config.fetchAllow;
  return {
    fetchPage: (url, limits) => fetchPage(url, { policy, maxBytes: limits.maxBytes }),
    feedFetcher: httpFeedFetcher({ policy, maxBytes: config.maxBytes }),
    syndication: new MinHashSyndication(clock),
    sleep: abortableSleep,
  };
}

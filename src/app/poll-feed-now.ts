// One poll of one followed feed, end to end: conditional GET, new and changed items read and ingested, state kept, all in one transaction.

import { InvalidInput, NotFound } from '../domain/errors.js';
import type { DocumentInput } from '../domain/document.js';
import { identifyDocument } from '../ingest/document-identity.js';
import type { Schedule } from '../ingest/feeds/feed-state.js';
import { pollFeed, type FeedFetcher } from '../ingest/feeds/poll-feed.js';
import { readFeedItem } from '../ingest/feeds/read-feed-item.js';
import { storeBatch, type IngestDeps, type IngestReport } from './ingest-sources.js';
import type { Feed, FeedItemVersion } from './live-ports.js';

export interface FeedPollDeps extends Pick<
  IngestDeps,
  'store' | 'extract' | 'clock' | 'afterBatch' | 'syndication'
> {
  feedFetcher: FeedFetcher;
}

/** What became of one new or changed item. */
export interface ItemOutcome {
  key: string;
  title: string | null;
  /** The item's link, or `feed#key`. */
  origin: string;
  change: 'new' | 'changed';
  version: number;
  /** `ingested`: a new document; `held`: its text is a document already stored; `failed`: unreadable. */
  status: 'ingested' | 'held' | 'failed';
  documentId: string | null;
  /** For a changed item, the document of its previous version, which stays as it was. */
  revisionOf: string | null;
  statements: number;
  /** Why it failed, naming the item. */
  message: string | null;
}

export interface FeedPollReport {
  feedId: number;
  url: string;
  /** The outlet, else the feed's title, else its URL: what to call it in messages. */
  name: string;
  /** When the poll started (ISO). */
  at: string;
  /** `removed`: the feed was unfollowed while it was being polled; nothing was kept. */
  outcome: 'fetched' | 'not-modified' | 'failed' | 'removed';
  error: string | null;
  /** Failed polls in a row, this one included. */
  failures: number;
  nextPollAt: string | null;
  items: ItemOutcome[];
  /** Items skipped or kept with a defect, and damage to the feed as a whole: where (item, line) and what. */
  problems: string[];
  warnings: { origin: string; message: string }[];
}

/**
 * Polls `feed` once (see `pollFeed`) and takes each new or changed item in as a document through the
 * ingest path (extraction, syndication, the log hook). The documents, the items marked seen (with the
 * document each became, or why it failed) and the feed's next state are written in one transaction,
 * so after a crash the next poll starts exactly where the last committed one ended: no item is lost or
 * taken in twice. A changed item becomes a new document; its previous version's document is kept.
 * Failures never throw: they are in the report, and the feed backs off.
 */
export async function pollFeedNow(
  feed: Feed,
  deps: FeedPollDeps,
  schedule: Schedule,
): Promise<FeedPollReport> {
  const started = deps.clock();
  const result = await pollFeed(
    feed.state,
    {
      fetcher: deps.feedFetcher,
      clock: { now: deps.clock },
      seen: { lookup: (_url, keys) => deps.store.feeds.lookupItems(feed.id, keys) },
    },
    schedule,
  );
  const outlet = feed.outlet ?? result.feed?.title ?? feed.title;
  const now = deps.clock();
  const inputs: DocumentInput[] = [];
  const warnings: FeedPollReport['warnings'] = [];
  const reads = result.items.map((fresh) => {
    try {
      const read = readFeedItem(
        fresh.item,
        { feedUrl: feed.url, key: fresh.key, outlet, retrievedAt: now.toISOString() },
        now,
      );
      inputs.push(read.input);
      for (const message of read.warnings) warnings.push({ origin: read.input.origin, message });
      return { fresh, origin: read.input.origin, id: identifyDocument(read.input.text).id, message: null };
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const origin = fresh.item.url ?? `${feed.url}#${encodeURIComponent(fresh.key)}`;
      return { fresh, origin, id: null, message: error.message };
    }
  });
  const versions: FeedItemVersion[] = reads.map(({ fresh, id, message }) => ({
    key: fresh.key,
    fingerprint: fresh.fingerprint,
    version: fresh.version,
    url: fresh.item.url,
    documentId: id,
    problem: message,
  }));

  const ingest: IngestReport = {
    files: 0,
    urls: 0,
    ingested: [],
    duplicates: [],
    failures: [],
    warnings: [],
  };
  let outcome: FeedPollReport['outcome'] = result.outcome;
  try {
    await deps.store.transaction(async (tx) => {
      await storeBatch(inputs, { ...deps, store: tx }, ingest);
      await tx.feeds.recordPoll(feed.id, {
        state: result.state,
        outcome: result.outcome,
        title: result.feed?.title ?? null,
        items: versions,
        at: result.state.lastPolledAt ?? started.toISOString(),
      });
    });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    outcome = 'removed';
  }

  const ingested = new Map(ingest.ingested.map((d) => [d.id, d.statements]));
  const items: ItemOutcome[] = reads.map(({ fresh, origin, id, message }) => ({
    key: fresh.key,
    title: fresh.item.title,
    origin,
    change: fresh.change,
    version: fresh.version,
    status: id === null ? 'failed' : ingested.has(id) ? 'ingested' : 'held',
    documentId: id,
    revisionOf: fresh.previous?.documentId ?? null,
    statements: id === null ? 0 : (ingested.get(id) ?? 0),
    message,
  }));
  return {
    feedId: feed.id,
    url: feed.url,
    name: outlet ?? feed.url,
    at: started.toISOString(),
    outcome,
    error: outcome === 'removed' ? `feed ${feed.id} was removed while it was polled` : result.error,
    failures: result.state.failures,
    nextPollAt: result.state.nextPollAt,
    items: outcome === 'removed' ? [] : items,
    problems: result.problems.map((p) => `${feed.url}: ${p.message}`),
    warnings,
  };
}

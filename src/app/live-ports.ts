// The storage ports of live sources: followed feeds, fetches of web pages, and each document's syndication record.

import type { FeedState } from '../ingest/feeds/feed-state.js';
import type { SeenItem } from '../ingest/feeds/poll-feed.js';
import type { OriginInput } from '../ingest/syndication/independent-origins.js';
import type { MinHashSignature } from '../ingest/syndication/min-hash.js';
import type { StatedRelay } from '../ingest/syndication/stated-relays.js';
import type { NewDocument, Store } from './ports.js';

/** A followed feed with its polling state and what was taken in from it. */
export interface Feed {
  id: number;
  url: string;
  /** The outlet credited for its items, as given to `feeds add --outlet`; null to use the feed's title. */
  outlet: string | null;
  /** The feed's own title, as last read. */
  title: string | null;
  addedAt: string;
  state: FeedState;
  lastOutcome: 'fetched' | 'not-modified' | 'failed' | null;
  /** Distinct items taken in. */
  items: number;
  /** Distinct documents made from its items (all versions). */
  documents: number;
  /** Item versions that could not be read into a document. */
  problems: number;
}

/** One version of one item as recorded after a poll. */
export interface FeedItemVersion {
  key: string;
  fingerprint: string;
  version: number;
  url: string | null;
  /** The document made from this version (new or already held), or null when it could not be read. */
  documentId: string | null;
  /** Why no document was made. */
  problem: string | null;
}

/** What one poll leaves behind: the feed's next state and the item versions it took in. */
export interface FeedPollRecord {
  state: FeedState;
  outcome: 'fetched' | 'not-modified' | 'failed';
  /** The feed's title when this poll read it. */
  title: string | null;
  items: readonly FeedItemVersion[];
  /** The instant of the poll (ISO). */
  at: string;
}

export interface FeedRepository {
  /** Follows a feed; returns null (and changes nothing) when `url` is already followed. */
  addFeed(feed: { url: string; outlet: string | null; addedAt: string }): Promise<Feed | null>;
  /** Every followed feed, by id. */
  listFeeds(): Promise<Feed[]>;
  /** The feed with this id (all digits) or URL, or null. */
  findFeed(urlOrId: string): Promise<Feed | null>;
  /** Stops following a feed and forgets its items; the documents made from them stay. */
  removeFeed(id: number): Promise<boolean>;
  /** The latest recorded version of each known item among `keys`. Unknown keys are absent. */
  lookupItems(feedId: number, keys: readonly string[]): Promise<Map<string, SeenItem>>;
  /**
   * Stores a poll's outcome: the feed's state and title, and each item version with its document.
   * MUST be called in the transaction that stores those documents. Throws NotFound when the feed is gone.
   */
  recordPoll(feedId: number, poll: FeedPollRecord): Promise<void>;
  /**
   * For documents first made from a changed item: the document of the item's previous version. A
   * document that first appeared as an item's first version revises nothing, even if the item later
   * changes back to it.
   */
  revisionsOf(documentIds: readonly string[]): Promise<Map<string, string>>;
}

/** How a document fetched from the web was fetched. */
export interface FetchRecord {
  requestedUrl: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  redirects: string[];
  status: number;
  mediaType: string;
  charset: string | null;
  /** Response headers, names lowercase. */
  headers: Record<string, string>;
  fetchedAt: string;
}

export interface FetchRepository {
  /** Records fetches of documents already stored in the caller's transaction. */
  insertFetches(entries: readonly { documentId: string; fetch: FetchRecord }[]): Promise<void>;
  /** The fetches of a document, oldest first. */
  fetchesOf(documentId: string): Promise<FetchRecord[]>;
}

/** What syndication detection found about one document. */
export interface DocumentOrigin {
  documentId: string;
  /** The earlier stored document it nearly duplicates. */
  copyOf: { documentId: string; similarity: number; containment: number } | null;
  /** Every credit to another outlet, with its span. */
  relays: readonly StatedRelay[];
  /** The distinct outlets credited, other than the document's own, in order of mention. */
  relayedFrom: readonly string[];
  signature: MinHashSignature;
}

/** A stored signature, numbered in ingest order. */
export interface StoredSignature {
  seq: number;
  documentId: string;
  signature: MinHashSignature;
}

/** What a listing shows beside a document: which document it copies and which outlets it credits. */
export interface OriginSummary {
  copyOf: string | null;
  relayedFrom: string[];
}

export interface OriginRepository {
  /**
   * Stores syndication records of documents stored in the caller's transaction. Returns the number
   * (`seq`) of each record it stored; a document that already had one is left as it was, and left out.
   */
  insertOrigins(origins: readonly DocumentOrigin[], detectedAt: string): Promise<number[]>;
  /** Signatures stored after number `after`, in ingest order, at most `limit`. */
  signaturesAfter(after: number, limit: number): Promise<StoredSignature[]>;
  /** How many signatures are stored after number `after`, and the highest number (`after` for none). */
  countSignaturesAfter(after: number): Promise<{ count: number; last: number }>;
  /** Stored documents without a syndication record (ingested before it existed), in ingest order, but for `except`. */
  documentsWithoutOrigin(
    limit: number,
    except: readonly string[],
  ): Promise<{ id: string; text: string; outlet: string | null }[]>;
  /**
   * The syndication inputs of `documentIds` and of every document they copy, directly or through
   * other copies. A document without a record is its own origin.
   */
  originInputs(documentIds: readonly string[]): Promise<OriginInput[]>;
  summaries(documentIds: readonly string[]): Promise<Map<string, OriginSummary>>;
}

/**
 * Syndication detection at ingest. `record` MUST write through `store` (the batch's transaction) a record
 * for each document, judging each against every document stored before it, including earlier ones in
 * `documents`.
 */
export interface Syndication {
  record(store: Store, documents: readonly NewDocument[]): Promise<void>;
  /**
   * Optional: the part of judging `documents` that needs no store (their sketches, and their matches
   * among what is already held in memory), done ahead in slices that let other work of this thread run
   * between them (the batch's inserts, say). `record` then uses what still holds, and records exactly
   * what it would have without.
   */
  sketch?(documents: readonly NewDocument[]): Promise<void>;
}

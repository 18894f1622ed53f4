// The use cases the CLI and the HTTP API call, bound to one store and one extractor.

import {
  authenticateToken,
  createToken,
  revokeToken,
  type Principal,
  type TokenRecord,
  type TokenRepository,
  type TokenRole,
} from './access-tokens.js';
import type { Document } from '../domain/document.js';
import { NotFound, Unavailable } from '../domain/errors.js';
import type { Extraction } from '../domain/extraction.js';
import { readJsonlDocuments } from '../ingest/jsonl-reader.js';
import type { IndependentOrigins } from '../ingest/syndication/independent-origins.js';
import {
  independentOriginsOf,
  originFieldsOf,
  withOriginFields,
  type OriginFields,
} from './document-origins.js';
import { followFeed, unfollowFeed } from './follow-feeds.js';
import {
  ingestReports,
  ingestSources,
  type IngestOptions,
  type IngestProgress,
  type IngestReport,
} from './ingest-sources.js';
import type { StatementProposition } from './assessment-ports.js';
import type { AssessmentUseCases } from './assessment-use-cases.js';
import type { LiveParts } from './live-parts.js';
import type { Feed, FetchRecord } from './live-ports.js';
import type { LogUseCases } from './log-use-cases.js';
import type {
  DocumentFilter,
  DocumentSummary,
  BatchExtractor,
  Extractor,
  Page,
  StatementFilter,
  Store,
  StoredStatement,
  TextSnippet,
} from './ports.js';
import { watchFeeds, type WatchOptions, type WatchSummary } from './watch-feeds.js';

export interface ClaimlogParts {
  store: Store;
  /** The Merkle log: every ingested document becomes a leaf in its batch's transaction. */
  log: LogUseCases;
  /** Propositions, status, track records, priority and retrieval; documents are assessed as they are ingested. */
  assessment: AssessmentUseCases;
  extract: Extractor;
  /** The extract stage on worker threads, for large ingests and a serving process; without it, `extract`. */
  extraction?: BatchExtractor;
  clock: () => Date;
  maxBytes: number;
  close: () => Promise<void>;
  /** Fetchers and syndication; without them URLs, feeds and copy detection are unavailable. */
  live?: LiveParts;
  /** API bearer tokens (hashed). */
  tokens: TokenRepository;
}

export class Claimlog {
  constructor(private readonly parts: ClaimlogParts) {}

  /**
   * See `ingestSources`. Each batch's documents are logged in the batch's transaction; once it commits
   * the public tiles are brought up to date and `onLogged` hears each document's leaf index.
   */
  async ingest(
    paths: readonly string[],
    options: Partial<IngestOptions> & {
      onProgress?: (progress: IngestProgress) => void;
      onLogged?: (logged: readonly { id: string; logIndex: number }[]) => void;
    } = {},
  ): Promise<IngestReport> {
    const { onProgress, onLogged, ...rest } = options;
    let logged: { id: string; logIndex: number }[] = [];
    await this.parts.assessment.catchUp();
    return ingestSources(
      paths,
      {
        store: this.parts.store,
        extract: this.parts.extract,
        ...(this.parts.extraction ? { extraction: this.parts.extraction } : {}),
        clock: this.parts.clock,
        ...(onProgress ? { onProgress } : {}),
        afterBatch: async (tx, ids) => {
          logged = await this.parts.log.writer.appendDocuments(tx, ids);
        },
        assessBatch: (tx, stored) => this.parts.assessment.assessStored(tx, stored),
        afterCommit: async () => {
          await this.parts.log.publishTiles();
          onLogged?.(logged);
        },
        ...(this.parts.live
          ? { fetchPage: this.parts.live.fetchPage, syndication: this.parts.live.syndication }
          : {}),
      },
      { maxBytes: this.parts.maxBytes, ...rest },
    );
  }

  /** Analyses a text without storing anything. */
  extract(document: { text: string; publishedAt: string | null; outlet: string | null }): Extraction {
    return this.parts.extract(document);
  }

  async documents(page: Page, filter: DocumentFilter = {}): Promise<(DocumentSummary & OriginFields)[]> {
    const documents = await this.parts.store.documents.listDocuments(page, filter);
    return withOriginFields(this.parts.store, documents, (d) => d.id);
  }

  /** Excerpts of the documents around what `text` matches (see `DocumentRepository.snippets`). */
  documentSnippets(ids: readonly string[], text: string): Promise<Map<string, TextSnippet>> {
    return this.parts.store.documents.snippets(ids, text);
  }

  /**
   * Ingests JSONL reports received whole (an API request), as `ingest` does a `.jsonl` file — logged and
   * assessed in each batch's transaction, tiles published after it commits — in small batches so reads
   * served by the same process wait little. `origin` names the source in messages.
   */
  async ingestJsonl(bytes: Uint8Array, origin: string): Promise<IngestReport> {
    const now = this.parts.clock();
    const outcomes = readJsonlDocuments(bytes, { origin, retrievedAt: now.toISOString() }, now);
    await this.parts.assessment.catchUp();
    // A server that takes documents extracts them on worker threads, off the event loop that serves reads.
    this.parts.extraction?.start();
    return ingestReports(
      outcomes,
      {
        store: this.parts.store,
        extract: this.parts.extract,
        ...(this.parts.extraction ? { extraction: this.parts.extraction } : {}),
        clock: this.parts.clock,
        afterBatch: async (tx, ids) => {
          await this.parts.log.writer.appendDocuments(tx, ids);
        },
        assessBatch: (tx, stored) => this.parts.assessment.assessStored(tx, stored),
        afterCommit: async () => {
          await this.parts.log.publishTiles();
        },
        ...(this.parts.live ? { syndication: this.parts.live.syndication } : {}),
      },
      { batchSize: 20 },
    );
  }

  createToken(role: TokenRole, label: string | null): Promise<{ token: string; record: TokenRecord }> {
    return createToken(this.parts.tokens, role, label, this.parts.clock());
  }

  listTokens(): Promise<TokenRecord[]> {
    return this.parts.tokens.listTokens();
  }

  revokeToken(id: string): Promise<void> {
    return revokeToken(this.parts.tokens, id, this.parts.clock());
  }

  /** The principal a bearer token stands for, or null when it is not a live token. */
  authenticate(token: string): Promise<Principal | null> {
    return authenticateToken(this.parts.tokens, token);
  }

  countDocuments(): Promise<number> {
    return this.parts.store.documents.countDocuments();
  }

  async document(id: string): Promise<{
    document: Document & OriginFields & { fetches: FetchRecord[] };
    extraction: Extraction;
  }> {
    const document = await this.parts.store.documents.getDocument(id);
    const extraction = document ? await this.parts.store.documents.getExtraction(id) : null;
    if (!document || !extraction) throw new NotFound(`no document with id "${id}"`);
    const [origins, fetches] = await Promise.all([
      originFieldsOf(this.parts.store, id),
      this.parts.store.fetches.fetchesOf(id),
    ]);
    return { document: { ...document, ...origins, fetches }, extraction };
  }

  /**
   * The live propositions the statements of document `id` are linked to, by statement ordinal (empty for
   * an unknown document): one query, analyst decisions applied, rejected links left out.
   */
  statementPropositions(id: string): Promise<StatementProposition[]> {
    return this.parts.store.assessment.linked.statementPropositions(id);
  }

  async statements(filter: StatementFilter, page: Page): Promise<(StoredStatement & OriginFields)[]> {
    const statements = await this.parts.store.documents.listStatements(filter, page);
    return withOriginFields(this.parts.store, statements, (s) => s.documentId);
  }

  /** For the assessment stage: the independent origins of these documents (see `independentOriginsOf`). */
  independentOrigins(documentIds: readonly string[]): Promise<IndependentOrigins> {
    return independentOriginsOf(this.parts.store, documentIds);
  }

  /** See `followFeed`. */
  addFeed(url: string, outlet: string | null): Promise<Feed> {
    return followFeed(this.parts.store, url, outlet, this.parts.clock());
  }

  feeds(): Promise<Feed[]> {
    return this.parts.store.feeds.listFeeds();
  }

  /** See `unfollowFeed`. */
  removeFeed(urlOrId: string): Promise<Feed> {
    return unfollowFeed(this.parts.store, urlOrId);
  }

  /** See `watchFeeds`. */
  async watch(options: WatchOptions): Promise<WatchSummary> {
    const live = this.parts.live;
    if (!live) throw new Unavailable('watching feeds needs the live-source parts, which are not configured');
    await this.parts.assessment.catchUp();
    return watchFeeds(
      {
        store: this.parts.store,
        extract: this.parts.extract,
        clock: this.parts.clock,
        feedFetcher: live.feedFetcher,
        syndication: live.syndication,
        sleep: live.sleep,
        afterBatch: async (tx, ids) => {
          await this.parts.log.writer.appendDocuments(tx, ids);
          await this.parts.assessment.assessIds(tx, ids);
        },
        afterPoll: async () => {
          await this.parts.log.publishTiles();
        },
      },
      options,
    );
  }

  /** The assessment use cases (propositions, timelines, sources, first, similar, analyst decisions). */
  get assessment(): AssessmentUseCases {
    return this.parts.assessment;
  }

  /** The Merkle log's use cases (keys, checkpoints, proofs, audit, cosignatures, tiles). */
  get log(): LogUseCases {
    return this.parts.log;
  }

  close(): Promise<void> {
    return this.parts.close();
  }
}

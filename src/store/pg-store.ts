// The Store port on PostgreSQL (either driver): repositories bound to a connection or a transaction.

import type { FeedRepository, FetchRepository, OriginRepository } from '../app/live-ports.js';
import type { DocumentRepository, Store } from '../app/ports.js';
import type { AssessmentStore } from '../app/assessment-ports.js';
import type { LogRepository } from '../app/log-ports.js';
import { PgAssessmentStore } from './pg-assessment-store.js';
import { PgDocumentRepository } from './pg-document-repository.js';
import { PgLogRepository } from './pg-log-repository.js';
import { PgFeedRepository } from './pg-feed-repository.js';
import { PgFetchRepository } from './pg-fetch-repository.js';
import { PgOriginRepository } from './pg-origin-repository.js';
import type { SqlClient } from './sql-client.js';

export class PgStore implements Store {
  readonly documents: DocumentRepository;
  readonly log: LogRepository;
  readonly assessment: AssessmentStore;
  readonly feeds: FeedRepository;
  readonly fetches: FetchRepository;
  readonly origins: OriginRepository;
  private ended = 0;
  /** The version readers are told of, and the newest one a transaction of this process committed. */
  private committed: number | null = null;
  private latest: number | null = null;
  private readonly commitListeners: ((version: number) => Promise<void>)[] = [];

  /**
   * `soleWriter`: this process is the database's only writer (the embedded store, locked to it), so
   * the assessment version each transaction committed is the store's version until the next commit.
   * `keysBySet`: this store runs in a transaction of the sole writer, so its bulk inserts may check their
   * foreign keys as a set (see KeysBySet).
   */
  constructor(
    private readonly sql: SqlClient,
    private readonly soleWriter = false,
    keysBySet = false,
  ) {
    this.documents = new PgDocumentRepository(sql, keysBySet);
    this.log = new PgLogRepository(sql);
    this.assessment = new PgAssessmentStore(sql, keysBySet);
    this.feeds = new PgFeedRepository(sql);
    this.fetches = new PgFetchRepository(sql);
    this.origins = new PgOriginRepository(sql);
  }

  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    let version: number | null = null;
    try {
      const result = await this.sql.transaction(async (tx) => {
        // The sole writer's transactions never overlap another's: their bulk inserts check keys as a set.
        const store = new PgStore(tx, false, this.soleWriter);
        const done = await work(store);
        if (this.soleWriter) version = await store.assessment.linker.version();
        return done;
      });
      if (version !== null && version !== this.latest) {
        this.latest = version;
        // Readers learn of the new version once the listeners made ready what they hold for it (a later
        // commit's listeners may finish first: the version never goes back).
        for (const listener of this.commitListeners) await listener(version).catch(() => undefined);
        if (this.committed === null || version > this.committed) this.committed = version;
      }
      return result;
    } finally {
      this.ended += 1;
    }
  }

  /**
   * For the sole writer: the assessment version as of the last committed transaction, once its commit
   * listeners are done, with no query (null until a transaction of this process committed). Every write that moves the version runs in a
   * transaction, and a rolled-back one moves nothing.
   */
  committedVersion(): number | null {
    return this.committed;
  }

  /**
   * For the sole writer: after each commit that moved the version, awaits `listener` with it before
   * `committedVersion` tells it (and before the transaction's caller goes on).
   */
  onVersionCommitted(listener: (version: number) => Promise<void>): void {
    this.commitListeners.push(listener);
  }

  /**
   * How many transactions begun on this store have ended, committed or rolled back (the count moves
   * after, never before). A process that is the database's only writer can tell from it whether
   * anything may have changed since it last read.
   */
  transactionsEnded(): number {
    return this.ended;
  }
}

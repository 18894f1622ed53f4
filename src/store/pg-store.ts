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

  constructor(private readonly sql: SqlClient) {
    this.documents = new PgDocumentRepository(sql);
    this.log = new PgLogRepository(sql);
    this.assessment = new PgAssessmentStore(sql);
    this.feeds = new PgFeedRepository(sql);
    this.fetches = new PgFetchRepository(sql);
    this.origins = new PgOriginRepository(sql);
  }

  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    try {
      return await this.sql.transaction((tx) => work(new PgStore(tx)));
    } finally {
      this.ended += 1;
    }
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

// A Store that counts its ended transactions, so a process that is the store's only writer can tell
// whether anything may have changed since it last read.

import type { AssessmentStore } from './assessment-ports.js';
import type { FeedRepository, FetchRepository, OriginRepository } from './live-ports.js';
import type { LogRepository } from './log-ports.js';
import type { DocumentRepository, Store } from './ports.js';

/** `store` itself, except that each of its transactions, once committed or rolled back, is counted. */
export class CountedTransactions implements Store {
  readonly documents: DocumentRepository;
  readonly log: LogRepository;
  readonly assessment: AssessmentStore;
  readonly feeds: FeedRepository;
  readonly fetches: FetchRepository;
  readonly origins: OriginRepository;
  private count = 0;

  constructor(private readonly store: Store) {
    this.documents = store.documents;
    this.log = store.log;
    this.assessment = store.assessment;
    this.feeds = store.feeds;
    this.fetches = store.fetches;
    this.origins = store.origins;
  }

  /** How many transactions have ended (the count moves after the commit or rollback, never before). */
  ended(): number {
    return this.count;
  }

  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    try {
      return await this.store.transaction(work);
    } finally {
      this.count += 1;
    }
  }
}

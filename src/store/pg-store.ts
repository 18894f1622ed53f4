// The Store port on PostgreSQL (either driver): repositories bound to a connection or a transaction.

import type { TokenRepository } from '../app/access-tokens.js';
import type { DocumentRepository, Store } from '../app/ports.js';
import { PgDocumentRepository } from './pg-document-repository.js';
import { PgTokenRepository } from './pg-token-repository.js';
import type { SqlClient } from './sql-client.js';

export class PgStore implements Store {
  readonly documents: DocumentRepository;
  readonly tokens: TokenRepository;

  constructor(private readonly sql: SqlClient) {
    this.documents = new PgDocumentRepository(sql);
    this.tokens = new PgTokenRepository(sql);
  }

  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return this.sql.transaction((tx) => work(new PgStore(tx)));
  }
}

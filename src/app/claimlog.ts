// The use cases the CLI and the HTTP API call, bound to one store and one extractor.

import {
  authenticateToken,
  createToken,
  revokeToken,
  type Principal,
  type TokenRecord,
  type TokenRole,
} from './access-tokens.js';
import type { Document } from '../domain/document.js';
import { NotFound } from '../domain/errors.js';
import type { Extraction } from '../domain/extraction.js';
import { readJsonlDocuments } from '../ingest/jsonl-reader.js';
import {
  ingestReports,
  ingestSources,
  type IngestOptions,
  type IngestProgress,
  type IngestReport,
} from './ingest-sources.js';
import type {
  DocumentFilter,
  DocumentSummary,
  Extractor,
  Page,
  StatementFilter,
  Store,
  StoredStatement,
  TextSnippet,
} from './ports.js';

export interface ClaimlogParts {
  store: Store;
  extract: Extractor;
  clock: () => Date;
  maxBytes: number;
  close: () => Promise<void>;
}

export class Claimlog {
  constructor(private readonly parts: ClaimlogParts) {}

  /** See `ingestSources`. */
  ingest(
    paths: readonly string[],
    options: Partial<IngestOptions> & { onProgress?: (progress: IngestProgress) => void } = {},
  ): Promise<IngestReport> {
    const { onProgress, ...rest } = options;
    return ingestSources(
      paths,
      {
        store: this.parts.store,
        extract: this.parts.extract,
        clock: this.parts.clock,
        ...(onProgress ? { onProgress } : {}),
      },
      { maxBytes: this.parts.maxBytes, ...rest },
    );
  }

  /** Analyses a text without storing anything. */
  extract(document: { text: string; publishedAt: string | null; outlet: string | null }): Extraction {
    return this.parts.extract(document);
  }

  documents(page: Page, filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
    return this.parts.store.documents.listDocuments(page, filter);
  }

  /** Excerpts of the documents around what `text` matches (see `DocumentRepository.snippets`). */
  documentSnippets(ids: readonly string[], text: string): Promise<Map<string, TextSnippet>> {
    return this.parts.store.documents.snippets(ids, text);
  }

  /**
   * Ingests JSONL reports received whole (an API request), as `ingest` does a `.jsonl` file, in small
   * batches so reads served by the same process wait little. `origin` names the source in messages.
   */
  ingestJsonl(bytes: Uint8Array, origin: string): Promise<IngestReport> {
    const now = this.parts.clock();
    const outcomes = readJsonlDocuments(bytes, { origin, retrievedAt: now.toISOString() }, now);
    return ingestReports(
      outcomes,
      { store: this.parts.store, extract: this.parts.extract, clock: this.parts.clock },
      { batchSize: 20 },
    );
  }

  createToken(role: TokenRole, label: string | null): Promise<{ token: string; record: TokenRecord }> {
    return createToken(this.parts.store.tokens, role, label, this.parts.clock());
  }

  listTokens(): Promise<TokenRecord[]> {
    return this.parts.store.tokens.listTokens();
  }

  revokeToken(id: string): Promise<void> {
    return revokeToken(this.parts.store.tokens, id, this.parts.clock());
  }

  /** The principal a bearer token stands for, or null when it is not a live token. */
  authenticate(token: string): Promise<Principal | null> {
    return authenticateToken(this.parts.store.tokens, token);
  }

  countDocuments(): Promise<number> {
    return this.parts.store.documents.countDocuments();
  }

  async document(id: string): Promise<{ document: Document; extraction: Extraction }> {
    const document = await this.parts.store.documents.getDocument(id);
    const extraction = document ? await this.parts.store.documents.getExtraction(id) : null;
    if (!document || !extraction) throw new NotFound(`no document with id "${id}"`);
    return { document, extraction };
  }

  statements(filter: StatementFilter, page: Page): Promise<StoredStatement[]> {
    return this.parts.store.documents.listStatements(filter, page);
  }

  close(): Promise<void> {
    return this.parts.close();
  }
}

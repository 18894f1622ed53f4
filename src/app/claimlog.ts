// The use cases the CLI and the HTTP API call, bound to one store and one extractor.

import type { Document } from '../domain/document.js';
import { NotFound } from '../domain/errors.js';
import type { Extraction } from '../domain/extraction.js';
import {
  ingestSources,
  type IngestOptions,
  type IngestProgress,
  type IngestReport,
} from './ingest-sources.js';
import type { DocumentSummary, Extractor, Page, StatementFilter, Store, StoredStatement } from './ports.js';

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

  documents(page: Page): Promise<DocumentSummary[]> {
    return this.parts.store.documents.listDocuments(page);
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

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
import type { AssessmentUseCases } from './assessment-use-cases.js';
import type { LogUseCases } from './log-use-cases.js';
import type { DocumentSummary, Extractor, Page, StatementFilter, Store, StoredStatement } from './ports.js';

export interface ClaimlogParts {
  store: Store;
  /** The Merkle log: every ingested document becomes a leaf in its batch's transaction. */
  log: LogUseCases;
  /** Propositions, status, track records, priority and retrieval; documents are assessed as they are ingested. */
  assessment: AssessmentUseCases;
  extract: Extractor;
  clock: () => Date;
  maxBytes: number;
  close: () => Promise<void>;
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

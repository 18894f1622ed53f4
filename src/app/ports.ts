// The storage ports the use cases need, typed as the subset they use; src/store implements them.

import type { AssessInput, AssessmentPreparation } from './prepare-assessment.js';
import type { Document, PartialDate } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import type { Stance, Statement } from '../domain/statement.js';
import type { AssessmentStore } from './assessment-ports.js';
import type { LogRepository } from './log-ports.js';
import type { FeedRepository, FetchRepository, OriginRepository } from './live-ports.js';

/** A document ready to store: its identity computed, not yet logged. */
export type NewDocument = Omit<Document, 'logIndex'>;

/** A statement as read back, with where it was found. */
export interface StoredStatement extends Statement {
  id: string;
  documentId: string;
  outlet: string | null;
  publishedAt: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  kind: Document['kind'];
  logIndex: number | null;
  statements: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface StatementFilter {
  /** An actor id, or text the speaker mention contains (case-insensitive). */
  speaker?: string;
  documentId?: string;
  stance?: Stance;
  /** Statements whose day (said on, else the document's publication date) overlaps [from, to]. */
  from?: PartialDate;
  to?: PartialDate;
  /** Full-text search (web-search syntax) over speaker, cue and content; results then rank by relevance. */
  text?: string;
}

export interface DocumentFilter {
  /** Full-text search (web-search syntax) over title, outlet and text; results then rank by relevance. */
  text?: string;
  /** Documents whose publication date overlaps [from, to]. */
  from?: PartialDate;
  to?: PartialDate;
}

/** An excerpt of a text around the words a search matched, as runs of plain and matched text. */
export type TextSnippet = { text: string; match: boolean }[];

export interface DocumentRepository {
  /** Which of these content hashes are already stored. */
  existingContentHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Stores documents with everything extracted from them. Implementations MUST write the batch in
   * the caller's transaction and MUST skip a document whose content hash is already stored,
   * returning the ids actually inserted.
   */
  insertDocuments(batch: readonly { document: NewDocument; extraction: Extraction }[]): Promise<string[]>;
  getDocument(id: string): Promise<Document | null>;
  getExtraction(id: string): Promise<Extraction | null>;
  /** Documents by publication date, or by relevance when `filter.text` is given. */
  listDocuments(page: Page, filter?: DocumentFilter): Promise<DocumentSummary[]>;
  /** Excerpts of these documents around the words `text` matches; documents without a match are absent. */
  snippets(ids: readonly string[], text: string): Promise<Map<string, TextSnippet>>;
  countDocuments(): Promise<number>;
  /** Statements by publication date, or by relevance when `filter.text` is given. */
  listStatements(filter: StatementFilter, page: Page): Promise<StoredStatement[]>;
}

/** The repositories of one store, bound to one connection or transaction. */
export interface Store {
  documents: DocumentRepository;
  /** The Merkle log's tables (see log-ports.ts). */
  log: LogRepository;
  /** Linking's state, analyst decisions and the materialized assessment (see assessment-ports.ts). */
  assessment: AssessmentStore;
  feeds: FeedRepository;
  fetches: FetchRepository;
  origins: OriginRepository;
  /** Runs `work` in one transaction, with repositories bound to it. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/** What extraction reads of a document: its text and the metadata dates and speakers resolve against. */
export interface ExtractInput {
  text: string;
  publishedAt: string | null;
  outlet: string | null;
}

/** The extract stage as the use cases see it: a pure function of a document's text and metadata. */
export type Extractor = (document: ExtractInput) => Extraction;

/** A document as the extract stage, and assessment reading ahead, see it. */
export type AnalyzeInput = ExtractInput & AssessInput;

/** What was extracted from a document, and what assessment read of it ahead when that ran too. */
export interface AnalyzedDocument {
  extraction: Extraction;
  preparation?: AssessmentPreparation;
}

/** The extract stage for many documents at once, possibly on other threads; the same results as `Extractor`. */
export interface BatchExtractor {
  /** Prepares for a large job (starts worker threads); a small job need not call it. */
  start(): void;
  /** The extraction of each document (with assessment's reading ahead, on a worker), in input order. */
  extractAll(documents: readonly AnalyzeInput[]): Promise<AnalyzedDocument[]>;
}

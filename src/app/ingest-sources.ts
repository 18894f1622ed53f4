// The ingest use case: read report files and web pages, skip what is already held, extract, and store in batches.

import { Unavailable, type ClaimlogError } from '../domain/errors.js';
import type { DocumentInput } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { identifyDocument } from '../ingest/document-identity.js';
import type { ReadOutcome } from '../ingest/read-context.js';
import { readSource } from '../ingest/read-source.js';
import { listSourceFiles } from '../ingest/source-files.js';
import type { FetchRecord, Syndication } from './live-ports.js';
import { extractInTurns } from './extraction-pool.js';
import type { AnalyzedDocument, BatchExtractor, Extractor, NewDocument, Store } from './ports.js';
import type { AssessmentPreparation } from './prepare-assessment.js';
import { isUrlSource, readUrlSource, type PageFetcher } from './read-url-source.js';

export interface IngestOptions {
  maxBytes: number;
  /**
   * Documents per transaction (default 500): larger batches write faster; each is stored whole or not
   * at all. A batch's transaction holds the store while it runs, so reports posted to a server
   * (`ingestReports`) go in batches of 200.
   */
  batchSize?: number;
  /** A publication date for every document read (the CLI's --published). */
  publishedAt?: string;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  documents: number;
}

/** Source files adding up to this many bytes are a large job: extraction moves to worker threads. */
export const LARGE_JOB_BYTES = 1_000_000;

export interface IngestDeps {
  store: Store;
  extract: Extractor;
  /**
   * Extracts batches on worker threads when present (started for large jobs), while the previous batch
   * is written; without it, `extract` runs on this thread.
   */
  extraction?: BatchExtractor;
  clock: () => Date;
  onProgress?: (progress: IngestProgress) => void;
  /** Called after each batch is committed, with the ids it stored (the log appends here). */
  afterBatch?: (store: Store, ids: readonly string[]) => Promise<void>;
  /** Called once a batch that stored documents has committed, with their ids (the log publishes here). */
  afterCommit?: (ids: readonly string[]) => Promise<void>;
  /**
   * Called in each batch's transaction after `afterBatch`, with the documents the batch stored and what
   * was extracted from them (assessment links and materializes here).
   */
  assessBatch?: (
    store: Store,
    stored: readonly { document: NewDocument; extraction: Extraction; preparation?: AssessmentPreparation }[],
  ) => Promise<void>;
  /** Fetches the URLs among the sources (through the SSRF guard); without it a URL is a failure. */
  fetchPage?: PageFetcher;
  /** Records each stored document's syndication (copy of, relays) in its batch's transaction. */
  syndication?: Syndication;
}

export interface IngestedDocument {
  id: string;
  origin: string;
  title: string | null;
  publishedAt: string | null;
  statements: number;
}

export interface IngestReport {
  files: number;
  /** Web pages (http(s) URLs) among the sources. */
  urls: number;
  ingested: IngestedDocument[];
  duplicates: { id: string; origin: string; title: string | null }[];
  failures: { message: string; file: string | null; line: number | null }[];
  warnings: { origin: string; message: string }[];
}

/**
 * Ingests every report under `paths`, and the web page at each URL among them (fetched through the
 * SSRF guard, its fetch recorded with the document). A bad file, line or URL becomes a failure naming
 * it, and the rest goes on; content already held (or repeated within the run) is reported as a duplicate and adds
 * nothing. Documents are written in batches, each batch in one transaction with everything extracted
 * from it, so a crash leaves each document whole or absent; a document is reported as ingested only
 * once its batch is committed. With worker threads, a batch is extracted while the one before it is
 * written.
 */
export async function ingestSources(
  paths: readonly string[],
  deps: IngestDeps,
  options: IngestOptions,
): Promise<IngestReport> {
  const report: IngestReport = {
    files: 0,
    urls: 0,
    ingested: [],
    duplicates: [],
    failures: [],
    warnings: [],
  };
  const urls = paths.filter(isUrlSource);
  const { files, errors } = await listSourceFiles(paths.filter((path) => !isUrlSource(path)));
  report.files = files.length;
  report.urls = urls.length;
  errors.forEach((error) => report.failures.push(failure(error)));
  const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  const progress: IngestProgress = {
    filesDone: 0,
    filesTotal: files.length + urls.length,
    bytesDone: 0,
    bytesTotal,
    documents: 0,
  };
  // 500 rather than 200: 8 % more documents/s in the 10,000-document benchmark once syndication
  // overlapped the inserts (medians of 394 over 6 runs and 363 over 7); 1,000 gained nothing more.
  const batchSize = options.batchSize ?? 500;
  if (bytesTotal >= LARGE_JOB_BYTES) deps.extraction?.start();
  let pending: DocumentInput[] = [];
  const readOptions = {
    maxBytes: options.maxBytes,
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
  };
  // Fetches of the pending documents, by document id, written in the transaction that stores them.
  let fetches = new Map<string, FetchRecord>();
  // Documents seen in this run: a repeat in a later batch is a duplicate before its batch is written.
  const seen = new Set<string>();
  // The batch being extracted while the one before it is written.
  let extracting: PreparedBatch | null = null;
  /** Writes the batch being extracted, if any, once its extraction is done. */
  const drain = async (): Promise<void> => {
    const batch = extracting;
    extracting = null;
    if (batch) await writeBatch(batch, deps, report);
  };
  /** Starts extracting the pending documents, and writes the batch before them meanwhile. */
  const flush = async (): Promise<void> => {
    const batchFetches = fetches;
    const next = await prepareBatch(pending, deps, report, seen);
    pending = [];
    fetches = new Map();
    await drain();
    extracting = {
      ...next,
      within: (tx, stored) =>
        tx.fetches.insertFetches(
          [...batchFetches]
            .filter(([id]) => stored.has(id))
            .map(([documentId, fetch]) => ({ documentId, fetch })),
        ),
    };
  };
  const unwritten = (): number => pending.length + (extracting?.documents.length ?? 0);

  for (const file of files) {
    for (const outcome of await readSource(file, readOptions, deps.clock())) {
      if (outcome.kind === 'error') {
        report.failures.push(failure(outcome.error));
        continue;
      }
      outcome.warnings.forEach((message) => report.warnings.push({ origin: outcome.input.origin, message }));
      pending.push(outcome.input);
      if (pending.length >= batchSize) await flush();
    }
    progress.filesDone += 1;
    progress.bytesDone += file.size;
    progress.documents = report.ingested.length + report.duplicates.length + unwritten();
    deps.onProgress?.(progress);
  }
  for (const url of urls) {
    const outcome = deps.fetchPage
      ? await readUrlSource(url, deps.fetchPage, readOptions, deps.clock)
      : { kind: 'error' as const, error: new Unavailable(`cannot fetch ${url}: no fetcher is configured`) };
    if (outcome.kind === 'error') {
      report.failures.push({ ...failure(outcome.error), file: url });
    } else {
      outcome.warnings.forEach((message) => report.warnings.push({ origin: url, message }));
      pending.push(outcome.input);
      const { id } = identifyDocument(outcome.input.text);
      // The first URL with this content is the one stored; later ones are duplicates.
      if (!fetches.has(id)) fetches.set(id, outcome.fetch);
      progress.bytesDone += outcome.bytes;
      progress.bytesTotal += outcome.bytes;
      if (pending.length >= batchSize) await flush();
    }
    progress.filesDone += 1;
    progress.documents = report.ingested.length + report.duplicates.length + unwritten();
    deps.onProgress?.(progress);
  }
  await flush();
  await drain();
  return report;
}

/**
 * Ingests reports already read (a request body, say) as `ingestSources` does files: failures are
 * reported, duplicates add nothing, and each batch is stored whole or not at all.
 */
export async function ingestReports(
  outcomes: readonly ReadOutcome[],
  deps: IngestDeps,
  options: { batchSize?: number } = {},
): Promise<IngestReport> {
  const report: IngestReport = {
    files: 0,
    urls: 0,
    ingested: [],
    duplicates: [],
    failures: [],
    warnings: [],
  };
  const batchSize = options.batchSize ?? 200;
  let pending: DocumentInput[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') {
      report.failures.push(failure(outcome.error));
      continue;
    }
    outcome.warnings.forEach((message) => report.warnings.push({ origin: outcome.input.origin, message }));
    pending.push(outcome.input);
    if (pending.length >= batchSize) {
      await writeBatch(await prepareBatch(pending, deps, report, seen), deps, report);
      pending = [];
    }
  }
  await writeBatch(await prepareBatch(pending, deps, report, seen), deps, report);
  return report;
}

/**
 * Stores one batch in one transaction, with the syndication record of each new document and whatever
 * `within` writes for the ids actually inserted. Run inside an outer transaction (`deps.store` bound
 * to it), it joins that one.
 */
export async function storeBatch(
  inputs: readonly DocumentInput[],
  deps: IngestDeps,
  report: IngestReport,
  within?: (store: Store, stored: ReadonlySet<string>) => Promise<void>,
): Promise<void> {
  const prepared = await prepareBatch(inputs, deps, report, new Set());
  await writeBatch(within ? { ...prepared, within } : prepared, deps, report);
}

/** A batch's new documents with their extraction under way, and what else to write with them. */
interface PreparedBatch {
  documents: NewDocument[];
  extractions: Promise<AnalyzedDocument[]>;
  within?: (store: Store, stored: ReadonlySet<string>) => Promise<void>;
}

/**
 * Identifies the documents of a batch, reports those already held or `seen` in this run as duplicates
 * (and adds the rest to `seen`), and starts extracting the rest: on worker threads when the pool has
 * them ready, on this thread otherwise.
 */
async function prepareBatch(
  inputs: readonly DocumentInput[],
  deps: IngestDeps,
  report: IngestReport,
  seen: Set<string>,
): Promise<PreparedBatch> {
  const fresh: NewDocument[] = [];
  for (const input of inputs) {
    const identity = identifyDocument(input.text);
    if (seen.has(identity.id)) {
      report.duplicates.push({ id: identity.id, origin: input.origin, title: input.title });
      continue;
    }
    seen.add(identity.id);
    fresh.push({ ...input, ...identity });
  }
  const held =
    fresh.length === 0
      ? new Set<string>()
      : await deps.store.documents.existingContentHashes(fresh.map((d) => d.contentHash));
  const documents: NewDocument[] = [];
  for (const document of fresh) {
    if (held.has(document.contentHash)) {
      report.duplicates.push({ id: document.id, origin: document.origin, title: document.title });
    } else documents.push(document);
  }
  const extractions = deps.extraction
    ? deps.extraction.extractAll(documents)
    : extractInTurns(deps.extract, documents).then((all) => all.map((extraction) => ({ extraction })));
  // Awaited when the batch is written; until then a failure must not surface as an unhandled rejection.
  extractions.catch(() => undefined);
  return { documents, extractions };
}

/**
 * Writes a prepared batch in one transaction: its documents and their extractions, the syndication
 * record of each new one, `within`, the log (`afterBatch`) and assessment (`assessBatch`); a document
 * another process stored meanwhile is reported as a duplicate.
 */
async function writeBatch(prepared: PreparedBatch, deps: IngestDeps, report: IngestReport): Promise<void> {
  if (prepared.documents.length === 0) return;
  const extractions = await prepared.extractions;
  const batch = prepared.documents.map((document, i) => {
    const analyzed = extractions[i];
    if (!analyzed) throw new Error(`no extraction came back for document ${document.id}`);
    return { document, ...analyzed };
  });
  const stored = await deps.store.transaction(async (tx) => {
    // The database works on the inserts (on its own thread, or server) while this thread sketches the
    // documents for syndication.
    const [ids] = await Promise.all([
      tx.documents.insertDocuments(batch),
      deps.syndication?.sketch?.(batch.map(({ document }) => document)),
    ]);
    const inserted = new Set(ids);
    await deps.syndication?.record(
      tx,
      batch.map(({ document }) => document).filter((document) => inserted.has(document.id)),
    );
    await prepared.within?.(tx, inserted);
    await deps.afterBatch?.(tx, ids);
    await deps.assessBatch?.(
      tx,
      batch.filter(({ document }) => inserted.has(document.id)),
    );
    return inserted;
  });
  for (const { document, extraction } of batch) {
    if (stored.has(document.id)) {
      report.ingested.push({
        id: document.id,
        origin: document.origin,
        title: document.title,
        publishedAt: document.publishedAt,
        statements: extraction.statements.length,
      });
    } else {
      // Stored by another process between our check and our write.
      report.duplicates.push({ id: document.id, origin: document.origin, title: document.title });
    }
  }
  if (stored.size > 0) await deps.afterCommit?.([...stored]);
}

function failure(error: ClaimlogError): IngestReport['failures'][number] {
  return { message: error.message, file: error.where?.file ?? null, line: error.where?.line ?? null };
}

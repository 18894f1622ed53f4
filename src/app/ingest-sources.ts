// The ingest use case: read report files and web pages, skip what is already held, extract, and store in batches.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { Unavailable, type ClaimlogError } from '../domain/errors.js';
import type { DocumentInput } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { identifyDocument } from '../ingest/document-identity.js';
import type { ReadOutcome } from '../ingest/read-context.js';
import { readSource } from '../ingest/read-source.js';
import { listSourceFiles } from '../ingest/source-files.js';
import type { FetchRecord, Syndication } from './live-ports.js';
import type { Extractor, NewDocument, Store } from './ports.js';
import { isUrlSource, readUrlSource, type PageFetcher } from './read-url-source.js';

export interface IngestOptions {
  maxBytes: number;
  /** Documents per transaction: larger batches write faster; each is stored whole or not at all. */
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

export interface IngestDeps {
  store: Store;
  extract: Extractor;
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
    stored: readonly { document: NewDocument; extraction: Extraction }[],
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
 * once its batch is committed.
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
  const batchSize = options.batchSize ?? 200;
  let pending: DocumentInput[] = [];
  const readOptions = {
    maxBytes: options.maxBytes,
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
  };
  // Fetches of the pending documents, by document id, written in the transaction that stores them.
  const fetches = new Map<string, FetchRecord>();
  const flush = async (): Promise<void> => {
    await storeBatch(pending, deps, report, (tx, stored) =>
      tx.fetches.insertFetches(
        [...fetches].filter(([id]) => stored.has(id)).map(([documentId, fetch]) => ({ documentId, fetch })),
      ),
    );
    pending = [];
    fetches.clear();
  };

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
    progress.documents = report.ingested.length + report.duplicates.length + pending.length;
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
    progress.documents = report.ingested.length + report.duplicates.length + pending.length;
    deps.onProgress?.(progress);
  }
  await flush();
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
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') {
      report.failures.push(failure(outcome.error));
      continue;
    }
    outcome.warnings.forEach((message) => report.warnings.push({ origin: outcome.input.origin, message }));
    pending.push(outcome.input);
    if (pending.length >= batchSize) {
      await storeBatch(pending, deps, report);
      pending = [];
    }
  }
  await storeBatch(pending, deps, report);
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
  if (inputs.length === 0) return;
  const fresh = new Map<string, NewDocument>();
  for (const input of inputs) {
    const identity = identifyDocument(input.text);
    if (fresh.has(identity.id)) {
      report.duplicates.push({ id: identity.id, origin: input.origin, title: input.title });
      continue;
    }
    fresh.set(identity.id, { ...input, ...identity });
  }
  const held = await deps.store.documents.existingContentHashes(
    [...fresh.values()].map((d) => d.contentHash),
  );
  const batch: { document: NewDocument; extraction: Extraction }[] = [];
  for (const document of fresh.values()) {
    if (held.has(document.contentHash)) {
      report.duplicates.push({ id: document.id, origin: document.origin, title: document.title });
      continue;
    }
    batch.push({ document, extraction: deps.extract(document) });
    // Extraction is synchronous work: give a server in the same process a turn between documents.
    await nextTurn();
  }
  const stored = await deps.store.transaction(async (tx) => {
    const ids = await tx.documents.insertDocuments(batch);
    const inserted = new Set(ids);
    await deps.syndication?.record(
      tx,
      batch.map(({ document }) => document).filter((document) => inserted.has(document.id)),
    );
    await within?.(tx, inserted);
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

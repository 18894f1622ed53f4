// Extraction on worker threads: the extract stage runs beside the store's writes and off a server's event loop.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../domain/extraction.js';
import type { AnalyzedDocument, AnalyzeInput, BatchExtractor, ExtractInput, Extractor } from './ports.js';
import { workerEntry } from './worker-entry.js';

/** What a worker is started with. */
export interface ExtractionWorkerData {
  gazetteerFile: string | null;
}
/** A batch sent to a worker (only the fields extraction reads cross the thread boundary). */
export interface ExtractionRequest {
  job: number;
  documents: AnalyzeInput[];
}
/** A worker's answer to one request. */
export type ExtractionReply = { job: number; analyzed: AnalyzedDocument[] } | { job: number; error: string };

interface Job {
  documents: AnalyzeInput[];
  resolve: (analyzed: AnalyzedDocument[]) => void;
  reject: (error: Error) => void;
}

/** One started worker and the jobs it has not answered yet. */
interface PoolWorker {
  thread: Worker;
  ready: boolean;
  jobs: Map<number, Job>;
}

/**
 * Runs the extract stage on worker threads, each with its own NLP model and gazetteer. Workers start
 * in the background (`start`); until one is ready, and whenever none can run, documents are extracted
 * on the calling thread, giving other work a turn between documents — so a small job never waits for
 * a model to load, and the results are the same either way. While workers start, the calling thread
 * takes one batch at a time; the next waits for a worker or for that batch to be done. A worker that
 * dies has its unanswered documents extracted on the calling thread.
 */
export class ExtractionPool implements BatchExtractor {
  private readonly workers: PoolWorker[] = [];
  private nextJob = 0;
  private started = false;
  /** Batches being extracted on the calling thread now. */
  private inline = 0;
  /** Batches waiting for a worker to be ready or for the calling thread to be free. */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly extractor: Extractor,
    private readonly options: ExtractionWorkerData & { workers: number },
  ) {}

  /** Starts the workers (once; a no-op when the pool is configured with none). */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.options.workers; i += 1) this.spawn();
  }

  /** How many workers are ready to take documents. */
  get readyWorkers(): number {
    return this.workers.filter((w) => w.ready).length;
  }

  /**
   * The extraction of each document, in input order; from a worker, also what assessment reads of it
   * ahead (`prepareAssessment`).
   */
  async extractAll(documents: readonly AnalyzeInput[]): Promise<AnalyzedDocument[]> {
    let ready = this.workers.filter((w) => w.ready);
    // While workers start, this thread extracts one batch at a time: a second batch interleaved with
    // the first would delay both, and a worker is usually ready before the first is done.
    while (ready.length === 0 && this.inline > 0 && this.workers.length > 0 && documents.length > 0) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      ready = this.workers.filter((w) => w.ready);
    }
    if (ready.length === 0 || documents.length === 0) return this.extractHere(documents);
    // Contiguous shares, one per ready worker, so each thread's answers come back in order.
    const share = Math.ceil(documents.length / ready.length);
    const parts = ready.map((worker, i) => this.send(worker, documents.slice(i * share, (i + 1) * share)));
    return (await Promise.all(parts)).flat();
  }

  /** Stops every worker; later calls extract on the calling thread. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.wake();
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }

  private async extractHere(documents: readonly ExtractInput[]): Promise<AnalyzedDocument[]> {
    this.inline += 1;
    try {
      return (await extractInTurns(this.extractor, documents)).map((extraction) => ({ extraction }));
    } finally {
      this.inline -= 1;
      this.wake();
    }
  }

  /** Lets every waiting batch look again: a worker is ready or gone, or this thread is free. */
  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private send(worker: PoolWorker, documents: AnalyzeInput[]): Promise<AnalyzedDocument[]> {
    if (documents.length === 0) return Promise.resolve([]);
    const job = this.nextJob++;
    const slim = documents.map(({ id, text, kind, publishedAt, outlet, author }) => ({
      id,
      text,
      kind,
      publishedAt,
      outlet,
      author,
    }));
    return new Promise<AnalyzedDocument[]>((resolve, reject) => {
      worker.jobs.set(job, { documents: slim, resolve, reject });
      // A worker with work keeps the process alive; an idle one does not.
      worker.thread.ref();
      worker.thread.postMessage({ job, documents: slim } satisfies ExtractionRequest);
    });
  }

  private spawn(): void {
    const entry = workerEntry(import.meta.url, 'extraction-worker');
    const thread = new Worker(entry.script, {
      eval: entry.eval,
      workerData: { gazetteerFile: this.options.gazetteerFile } satisfies ExtractionWorkerData,
    });
    thread.unref();
    const worker: PoolWorker = { thread, ready: false, jobs: new Map() };
    this.workers.push(worker);
    thread.on('message', (message: ExtractionReply | { ready: true }) => {
      if ('ready' in message) {
        worker.ready = true;
        this.wake();
        return;
      }
      const job = worker.jobs.get(message.job);
      if (!job) return;
      worker.jobs.delete(message.job);
      if (worker.jobs.size === 0) thread.unref();
      if ('error' in message) job.reject(new Error(`extraction failed in a worker thread: ${message.error}`));
      else job.resolve(message.analyzed);
    });
    // A worker that fails (or exits) leaves the pool; what it still owed is extracted here instead.
    const retire = (): void => {
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      worker.ready = false;
      this.wake();
      const owed = [...worker.jobs.values()];
      worker.jobs.clear();
      for (const job of owed) this.extractHere(job.documents).then(job.resolve, job.reject);
    };
    thread.on('error', retire);
    thread.on('exit', retire);
  }
}

/**
 * Extracts `documents` on this thread, giving other work (a server in the same process) a turn between
 * documents, since extraction is synchronous.
 */
export async function extractInTurns(
  extract: Extractor,
  documents: readonly ExtractInput[],
): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  for (const document of documents) {
    extractions.push(extract(document));
    await nextTurn();
  }
  return extractions;
}

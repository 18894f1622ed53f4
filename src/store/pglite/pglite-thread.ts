// The embedded database on a thread of its own: PGlite runs its SQL beside this thread instead of on it.

import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../app/worker-entry.js';
import { Unavailable } from '../../domain/errors.js';
import type { Database, SqlClient, SqlValue } from '../sql-client.js';
import { lockDataDir } from './data-dir-lock.js';

/** A request to the database thread; `id` pairs it with its reply. */
export type ThreadRequest = { id: number } & (
  | { op: 'query'; tx: number | null; text: string; params: readonly SqlValue[] }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'exec'; script: string }
  | { op: 'close' }
);

/** An error as it crosses the thread boundary: its message and PostgreSQL's fields (code, detail, …). */
export interface ThreadError {
  name: string;
  message: string;
  fields: Record<string, string>;
}

/** The database thread's answer to one request (`tx` answers `begin`), or its first message. */
export type ThreadReply =
  | { id: number; rows: unknown[] }
  | { id: number; tx: number }
  | { id: number; error: ThreadError }
  | { opened: true }
  | { opened: false; error: ThreadError };

interface Pending {
  resolve: (reply: ThreadReply) => void;
  reject: (error: Error) => void;
}

/**
 * Opens (creating if needed) the PGlite database in `dataDir` on a worker thread. Statements run there
 * in the order they are sent; a transaction holds the database until it ends, as in PGlite itself.
 * While the thread executes SQL this thread is free: a server answers from memory during an ingest's
 * writes. The data folder is locked to this process until `close`.
 */
export async function openPgliteThread(dataDir: string): Promise<PgliteThreadDatabase> {
  await mkdir(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const entry = workerEntry(import.meta.url, 'pglite-thread-worker');
    const thread = new Worker(entry.script, { eval: entry.eval, workerData: { dataDir } });
    const database = new PgliteThreadDatabase(thread, () => lock.release());
    await database.opened;
    return database;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The Database port over a PGlite on its own thread (see openPgliteThread). */
export class PgliteThreadDatabase implements Database {
  readonly dialect = 'pglite' as const;
  readonly opened: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stopped: Error | null = null;

  constructor(
    private readonly thread: Worker,
    private readonly release: () => void,
  ) {
    // An idle database thread does not keep the process alive; one with statements in flight does.
    thread.unref();
    this.opened = new Promise<void>((resolve, reject) => {
      thread.on('message', (reply: ThreadReply) => {
        if ('opened' in reply) {
          if (reply.opened) resolve();
          else reject(fromThread(reply.error));
          return;
        }
        const pending = this.pending.get(reply.id);
        if (!pending) return;
        this.pending.delete(reply.id);
        if (this.pending.size === 0) thread.unref();
        if ('error' in reply) pending.reject(fromThread(reply.error));
        else pending.resolve(reply);
      });
      const stop = (cause: unknown): void => {
        const error = new Unavailable('the embedded database thread stopped', { cause });
        this.stopped ??= error;
        reject(error);
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
        this.release();
      };
      thread.on('error', stop);
      thread.on('exit', (code) => stop(new Error(`exit code ${code}`)));
    });
    this.opened.catch(() => undefined);
  }

  async query<Row>(text: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.run(null, text, params);
  }

  async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const begun = await this.call({ op: 'begin' });
    if (!('tx' in begun)) throw new Error('the database thread did not begin a transaction');
    const tx = begun.tx;
    let result: T;
    try {
      result = await work(new ThreadTransaction(this, tx));
    } catch (error) {
      await this.call({ op: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: 'end', tx, commit: true });
    return result;
  }

  async execScript(script: string): Promise<void> {
    await this.call({ op: 'exec', script });
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.stopped = new Unavailable('the embedded database is closed');
      await this.thread.terminate();
      this.release();
    }
  }

  /** Runs one statement, in transaction `tx` or on its own. */
  async run<Row>(tx: number | null, text: string, params: readonly SqlValue[]): Promise<Row[]> {
    const reply = await this.call({ op: 'query', tx, text, params });
    if (!('rows' in reply)) throw new Error('the database thread answered a query without rows');
    return reply.rows as Row[];
  }

  private call(request: DistributiveOmit<ThreadRequest, 'id'>): Promise<ThreadReply> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<ThreadReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread.ref();
      this.thread.postMessage({ ...request, id });
    });
  }
}

/** A transaction's client: its statements run in transaction `tx`; nested transactions join it. */
class ThreadTransaction implements SqlClient {
  constructor(
    private readonly database: PgliteThreadDatabase,
    private readonly tx: number,
  ) {}

  query<Row>(text: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.database.run<Row>(this.tx, text, params);
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return work(this);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An error sent by the database thread, as this thread raises it (domain errors keep their class). */
function fromThread({ name, message, fields }: ThreadError): Error {
  const error = name === 'Unavailable' ? new Unavailable(message) : new Error(message);
  return Object.assign(error, fields);
}

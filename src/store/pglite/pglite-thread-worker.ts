// The thread openPgliteThread starts: opens PGlite on the data folder and runs the statements it is sent.

import { parentPort, workerData } from 'node:worker_threads';
import { ClaimlogError } from '../../domain/errors.js';
import type { SqlClient } from '../sql-client.js';
import { openPglite, type PgliteDatabase } from './pglite-database.js';
import type { ThreadError, ThreadReply, ThreadRequest } from './pglite-thread.js';

/** PostgreSQL's error fields worth carrying across (see the ErrorResponse message). */
const FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'constraint',
];

const port = parentPort;
if (port === null) throw new Error('pglite-thread-worker.ts runs only as a worker thread');
const { dataDir } = workerData as { dataDir: string };

/** The statements of one open transaction, handed to it in the order they arrive. */
class TransactionInbox {
  private readonly queued: ThreadRequest[] = [];
  private waiting: ((request: ThreadRequest) => void) | null = null;

  push(request: ThreadRequest): void {
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake(request);
    } else this.queued.push(request);
  }

  next(): Promise<ThreadRequest> {
    const request = this.queued.shift();
    if (request) return Promise.resolve(request);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

/** Thrown inside PGlite's transaction to roll it back when the caller ended it without committing. */
class RolledBack extends Error {}

let database: PgliteDatabase;
try {
  // The opening thread holds the data folder's lock.
  database = await openPglite(dataDir, { locked: true });
} catch (error) {
  port.postMessage({ opened: false, error: toThread(error) } satisfies ThreadReply);
  throw error;
}
const inboxes = new Map<number, TransactionInbox>();
let nextTx = 0;

port.on('message', (request: ThreadRequest) => {
  switch (request.op) {
    case 'query':
      if (request.tx === null)
        void answer(request.id, async () => ({ rows: await database.query(request.text, request.params) }));
      else toTransaction(request.tx, request);
      return;
    case 'end':
      toTransaction(request.tx, request);
      return;
    case 'begin':
      begin(request.id);
      return;
    case 'exec':
      void answer(request.id, async () => {
        await database.execScript(request.script);
        return { rows: [] };
      });
      return;
    case 'close':
      void answer(request.id, async () => {
        await database.close();
        return { rows: [] };
      });
      return;
  }
});
port.postMessage({ opened: true } satisfies ThreadReply);

/** Hands `request` to open transaction `tx`, or answers that it is not open. */
function toTransaction(tx: number, request: ThreadRequest): void {
  const inbox = inboxes.get(tx);
  if (inbox) inbox.push(request);
  else
    port?.postMessage({
      id: request.id,
      error: { name: 'Error', message: `transaction ${tx} is not open`, fields: {} },
    } satisfies ThreadReply);
}

/**
 * Opens a transaction (once PGlite lets it: one at a time) and answers `begin` with its number, then
 * runs its statements until the caller ends it. A failed statement is answered with its error and the
 * transaction goes on, as PostgreSQL's would (refusing further statements until it is rolled back).
 */
function begin(id: number): void {
  const tx = nextTx++;
  const inbox = new TransactionInbox();
  inboxes.set(tx, inbox);
  let end: ThreadRequest = { id, op: 'end', tx, commit: false };
  database
    .transaction(async (client: SqlClient) => {
      port?.postMessage({ id, tx } satisfies ThreadReply);
      for (;;) {
        const request = await inbox.next();
        if (request.op === 'end') {
          end = request;
          if (request.commit) return;
          throw new RolledBack();
        }
        if (request.op === 'query') {
          await answer(request.id, async () => ({ rows: await client.query(request.text, request.params) }));
        }
      }
    })
    .then(
      () => port?.postMessage({ id: end.id, rows: [] } satisfies ThreadReply),
      (error: unknown) =>
        port?.postMessage(
          error instanceof RolledBack
            ? ({ id: end.id, rows: [] } satisfies ThreadReply)
            : ({ id: end.id, error: toThread(error) } satisfies ThreadReply),
        ),
    )
    .finally(() => inboxes.delete(tx));
}

/** Runs `work` and sends its result, or its error, as the reply to request `id`. */
async function answer(id: number, work: () => Promise<{ rows: unknown[] }>): Promise<void> {
  let reply: ThreadReply;
  try {
    reply = { id, ...(await work()) };
  } catch (error) {
    reply = { id, error: toThread(error) };
  }
  port?.postMessage(reply);
}

function toThread(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string> = {};
  if (!(error instanceof ClaimlogError)) {
    for (const field of FIELDS) {
      const value = (error as unknown as Record<string, unknown>)[field];
      if (typeof value === 'string') fields[field] = value;
    }
  }
  return { name: error.name, message: error.message, fields };
}

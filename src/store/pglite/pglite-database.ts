// The embedded default: PostgreSQL compiled to WebAssembly (PGlite), persisting to a folder.

import { mkdir } from 'node:fs/promises';
import { Unavailable } from '../../domain/errors.js';
import type { Database, SqlClient, SqlValue } from '../sql-client.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

/** The part of a PGlite instance or transaction this driver uses. */
interface PgliteQueryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}
interface PgliteInstance extends PgliteQueryable {
  exec(script: string): Promise<unknown>;
  transaction<T>(work: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) a PGlite database in `dataDir`, or in memory when `dataDir` is null.
 * `loadDataDir` starts from a dump made by `PgliteDatabase.dump`, which is much faster than initdb. The data
 * folder is locked to this process until `close`, unless `locked` says the caller holds its lock.
 */
export async function openPglite(
  dataDir: string | null,
  options: { loadDataDir?: Blob; locked?: boolean } = {},
): Promise<PgliteDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  const lock = dataDir === null || options.locked === true ? null : lockDataDir(dataDir);
  try {
    const db = await PGlite.create({
      ...(dataDir === null ? {} : { dataDir }),
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, ...START_SETTINGS],
      parsers: { [BYTEA]: parseBytea },
      serializers: { [BYTEA]: serializeBytea, [TEXT]: serializeText, [JSON_TYPE]: serializeJson },
    });
    return new PgliteDatabase(db, lock);
  } catch (cause) {
    lock?.release();
    throw new Unavailable(`PGlite could not open its data folder ${dataDir ?? '(memory)'}`, { cause });
  }
}

/**
 * Settings beyond PGlite's own. PGlite runs PostgreSQL with fsync off, and a new 16 MB WAL segment is
 * then filled with zeros for nothing (zero-filling spares an fsync'd write from extending the file):
 * off, PostgreSQL only sizes the file, and an ingest of 10,000 documents writes about 240 MB less.
 */
const START_SETTINGS = ['-c', 'wal_init_zero=off'];

/** PostgreSQL's type oids of bytea, text and json. */
const BYTEA = 17;
const TEXT = 25;
const JSON_TYPE = 114;

/**
 * Strings at least this long (in UTF-16 units) go to PGlite as their UTF-8 bytes. PGlite sizes every
 * string parameter by walking it in JavaScript, twice, before copying it into its message; an ingest
 * batch's rows travel as one JSON text of a megabyte or more. Bytes are sent in binary format, which
 * for text and json is those same UTF-8 bytes, and Buffer encodes them natively.
 */
const LONG_TEXT = 8192;

/**
 * bytea in PostgreSQL's hex text form (`\x0a1b…`) to bytes, in an array of its own. PGlite's parser
 * converts byte by byte in JavaScript; Buffer's hex decoder is native (reading back 200 log leaves or
 * MinHash signatures takes about a third of the CPU).
 */
function parseBytea(text: string): Uint8Array {
  const bytes = new Uint8Array((text.length - 2) / 2);
  Buffer.from(bytes.buffer).write(text.slice(2), 'hex');
  return bytes;
}

/** Bytes to bytea's hex text form, natively (see parseBytea). */
function serializeBytea(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new TypeError('expected a Uint8Array for a bytea parameter');
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
}

/**
 * A text parameter: as PGlite's own serializer gives it, or, when long, as UTF-8 bytes (see LONG_TEXT).
 * PGlite's type says a serializer returns a string; its bind message takes bytes as well.
 */
function serializeText(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return longAsBytes(text);
}

/** A json parameter: a string as it is, anything else as JSON (bigints as their digits); long as bytes. */
function serializeJson(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return longAsBytes(text);
}

function longAsBytes(text: string): string {
  return text.length < LONG_TEXT ? text : (Buffer.from(text, 'utf8') as unknown as string);
}

class PgliteClient implements SqlClient {
  constructor(protected readonly target: PgliteQueryable) {}

  async query<Row>(text: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const result = await this.target.query<Row>(text, params as unknown[]);
    return result.rows;
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return work(this);
  }
}

/**
 * A transaction's client. PGlite runs each statement synchronously, and a transaction's statements
 * follow one another without a turn of the event loop; so each statement first yields one turn, and a
 * long transaction (an ingested batch) lets the process answer requests that need no database between
 * its statements instead of holding them all until it commits.
 */
class PgliteTransactionClient extends PgliteClient {
  override async query<Row>(text: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return super.query<Row>(text, params);
  }
}

export class PgliteDatabase extends PgliteClient implements Database {
  readonly dialect = 'pglite' as const;

  constructor(
    private readonly db: PgliteInstance & { dumpDataDir(c?: 'none'): Promise<Blob> },
    private readonly lock: DataDirLock | null = null,
  ) {
    super(db);
  }

  override transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new PgliteTransactionClient(tx)));
  }

  async execScript(script: string): Promise<void> {
    await this.db.exec(script);
  }

  /** A snapshot of the whole data folder, for `openPglite(null, { loadDataDir })`. */
  dump(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

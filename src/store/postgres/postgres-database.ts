// Server mode: a real PostgreSQL reached through `pg`, chosen with DATABASE_URL.

import { Unavailable } from '../../domain/errors.js';
import type { Database, SqlClient, SqlValue } from '../sql-client.js';

/** The part of a pg client this driver uses. */
interface PgQueryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface PgPoolClient extends PgQueryable {
  release(error?: Error): void;
}
interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const INT8_OID = 20;

/** Connects to the PostgreSQL server at `url` (a `postgres://` URL). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<PostgresDatabase> {
  const pg = await import('pg');
  const builtin = pg.default.types;
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : (builtin.getTypeParser(oid, format) as (value: string) => unknown),
  };
  const pool: PgPool = new pg.default.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … FORCE) is
  // reported here; the pool has already dropped it and the next query connects anew. Without a listener
  // the event would end the process.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end();
    throw new Unavailable(`could not connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}`, {
      cause,
    });
  }
  return new PostgresDatabase(pool);
}

class PostgresClient implements SqlClient {
  constructor(protected readonly target: PgQueryable) {}

  async query<Row>(text: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const result = await this.target.query(text, params.map(toPg));
    return result.rows.map(fromPg) as Row[];
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return work(this);
  }
}

export class PostgresDatabase extends PostgresClient implements Database {
  readonly dialect = 'postgres' as const;

  constructor(private readonly pool: PgPool) {
    super(pool);
  }

  override async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PostgresClient(client));
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      throw error;
    }
  }

  async execScript(script: string): Promise<void> {
    await this.pool.query(script);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** pg sends a Uint8Array as bytea only when it is a Buffer. */
function toPg(value: SqlValue): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;
}

/** Hands bytea back as a plain Uint8Array, as PGlite does, so callers see one type. */
function fromPg(row: unknown): unknown {
  const record = row as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (Buffer.isBuffer(value))
      record[key] = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  return record;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

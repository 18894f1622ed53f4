// The SQL port every repository is written against: one PostgreSQL dialect, two drivers (PGlite and pg).

/** A parameter value: drivers map these to PostgreSQL types the same way. */
export type SqlValue = string | number | boolean | null | Uint8Array | Date | readonly string[];

/**
 * A connection (or a transaction on one) that runs parameterized SQL.
 * Implementations MUST return int8 as a JavaScript number, bytea as Uint8Array and jsonb parsed,
 * and MUST NOT interpolate parameters into the SQL text.
 */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Nested calls MUST run inside the outer transaction (no savepoints).
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** An open database: a client plus what only the owner of the connection may do. */
export interface Database extends SqlClient {
  readonly dialect: 'pglite' | 'postgres';
  /** Runs a script of several statements without parameters (migrations only). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

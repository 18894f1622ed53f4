// Foreign keys of a batch's bulk inserts checked once per key, for the embedded store's sole writer.
//
// PostgreSQL checks a foreign key once per inserted row: a query that also locks the parent row
// (FOR KEY SHARE, written to the WAL) so no other transaction can delete it before this one commits.
// An ingest batch inserts about 35 such rows per document, and with every check off its SQL took 13 %
// less CPU (bench/ingest-sql.bench.ts, 2,000 documents: 2.061 against 1.789 ms per document). In the
// embedded store one process holds the only connection, so transactions never overlap and those locks
// guard against nothing. There, the bulk inserts below run with the per-row
// checks off (session_replication_role = replica, for this transaction only), and every foreign key of
// the rows they wrote is then checked as a set: each distinct key must name an existing parent row,
// or the transaction fails. The keys stay declared, and every other write is checked row by row.
// Replica mode also silences ordinary triggers: a test keeps these tables free of them.

import type { SqlClient } from './sql-client.js';

/** A foreign key: a column of the child table and the parent column it refers to. */
interface ForeignKey {
  column: string;
  parent: string;
  parentColumn: string;
}

/**
 * The foreign keys of every table written between `begin` and `end` of a KeysBySet, child table first.
 * A test compares this with the database's catalogue, so a key added by a migration cannot be missed.
 */
export const BULK_FOREIGN_KEYS: Readonly<Record<string, readonly ForeignKey[]>> = {
  statements: [{ column: 'document_id', parent: 'documents', parentColumn: 'id' }],
  extractions: [{ column: 'document_id', parent: 'documents', parentColumn: 'id' }],
  claims: [
    { column: 'document_id', parent: 'documents', parentColumn: 'id' },
    { column: 'parent_id', parent: 'claims', parentColumn: 'id' },
  ],
  evidence_events: [
    { column: 'claim_id', parent: 'claims', parentColumn: 'id' },
    { column: 'document_id', parent: 'documents', parentColumn: 'id' },
  ],
  propositions: [
    { column: 'founded_by', parent: 'claims', parentColumn: 'id' },
    { column: 'merged_into', parent: 'propositions', parentColumn: 'id' },
    { column: 'priority_proposition_id', parent: 'propositions', parentColumn: 'id' },
  ],
  proposition_links: [
    { column: 'claim_id', parent: 'claims', parentColumn: 'id' },
    { column: 'proposition_id', parent: 'propositions', parentColumn: 'id' },
  ],
  linker_holds: [{ column: 'claim_id', parent: 'claims', parentColumn: 'id' }],
  assessed_documents: [{ column: 'document_id', parent: 'documents', parentColumn: 'id' }],
};

/**
 * One window of bulk inserts in a transaction, begun and ended once. With `bySet` false (a server
 * database, or any store with other writers), it does nothing and PostgreSQL checks every row. With
 * `bySet` true, `begin` turns the per-row checks off, `wrote` notes each inserted row's keys, and `end`
 * turns the checks back on and checks the noted keys. Only inserts into BULK_FOREIGN_KEYS' tables, and
 * updates of columns no key involves, may run inside the window: with the checks off, a delete would
 * not cascade either.
 */
export class KeysBySet {
  /**
   * Per parent table and column (`table\u0000column`): the parent, and each noted key with the child
   * table and column it was noted from.
   */
  private readonly keys = new Map<string, { parent: string; column: string; values: Map<string, string> }>();
  /** Per table and column: values certain to be there (just inserted, or in conflict on that column). */
  private readonly known = new Map<string, Set<string>>();
  private open = false;

  constructor(
    private readonly sql: SqlClient,
    private readonly bySet: boolean,
  ) {}

  async begin(): Promise<void> {
    if (!this.bySet) return;
    await this.sql.query('SET LOCAL session_replication_role = replica');
    this.open = true;
  }

  /**
   * Notes the foreign keys of `rows` (column-named, as inserted) about to be inserted into `table`. With
   * `idColumn`, the insert's conflict target, every row's value there is in the table once the insert
   * succeeded (inserted, or already there), so keys naming it need no query.
   */
  wrote(table: string, rows: readonly object[], idColumn?: string): void {
    if (!this.open) return;
    if (idColumn !== undefined)
      this.present(
        table,
        idColumn,
        rows.map((row) => String(field(row, idColumn))),
      );
    const foreignKeys = BULK_FOREIGN_KEYS[table];
    if (foreignKeys === undefined)
      throw new Error(`${table} has no foreign keys listed for checking as a set`);
    for (const key of foreignKeys) {
      const target = `${key.parent}\u0000${key.parentColumn}`;
      let noted = this.keys.get(target);
      if (noted === undefined)
        this.keys.set(target, (noted = { parent: key.parent, column: key.parentColumn, values: new Map() }));
      const { values } = noted;
      for (const row of rows) {
        const value = field(row, key.column);
        if (value === null || value === undefined) continue;
        if (typeof value !== 'string') throw new Error(`${table}.${key.column} is not text`);
        if (!values.has(value)) values.set(value, `${table}.${key.column}`);
      }
    }
  }

  /** Notes `values` of `table`.`column` as certain to be there (returned by the insert that wrote them). */
  present(table: string, column: string, values: Iterable<string>): void {
    if (!this.open) return;
    const target = `${table}\u0000${column}`;
    let known = this.known.get(target);
    if (known === undefined) this.known.set(target, (known = new Set<string>()));
    for (const value of values) known.add(value);
  }

  /** Turns the per-row checks back on, then fails if any noted key names no parent row. */
  async end(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.sql.query('SET LOCAL session_replication_role = origin');
    for (const [target, { parent, column, values }] of this.keys) {
      const known = this.known.get(target);
      const unknown = [...values.keys()].filter((value) => known?.has(value) !== true);
      if (unknown.length === 0) continue;
      // Table and column names come from BULK_FOREIGN_KEYS, never from input.
      const [missing] = await this.sql.query<{ key: string }>(
        `SELECT k AS key FROM unnest($1::text[]) AS k
         WHERE NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.${column} = k) LIMIT 1`,
        [unknown],
      );
      if (missing !== undefined)
        throw new Error(
          `${values.get(missing.key) ?? 'a row'} refers to ${parent}.${column} "${missing.key}", which does not exist`,
        );
    }
  }
}

/** A column of a row as inserted (an object keyed by column name). */
function field(row: object, column: string): unknown {
  return (row as Readonly<Record<string, unknown>>)[column];
}

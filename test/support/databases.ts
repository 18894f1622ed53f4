// Fresh, migrated databases for tests, on every dialect claimlog supports.
// PGlite: one initdb per test process, then copies of its dump. PostgreSQL: a new database per
// call, on the server named by DATABASE_URL; required when CI is set, skipped (with a note) otherwise.

import { migrate } from '../../src/store/migrate.js';
import { openPglite } from '../../src/store/pglite/pglite-database.js';
import { openPostgres } from '../../src/store/postgres/postgres-database.js';
import type { Database } from '../../src/store/sql-client.js';

export type Dialect = 'pglite' | 'postgres';

export interface TestDatabase {
  db: Database;
  /** The URL to reach it from a child process (postgres only). */
  url: string | null;
  drop(): Promise<void>;
}

/** The dialects to run store tests on: CLAIMLOG_TEST_DIALECTS narrows, DATABASE_URL enables postgres. */
export function testDialects(): Dialect[] {
  const wanted = process.env.CLAIMLOG_TEST_DIALECTS?.split(',') ?? ['pglite', 'postgres'];
  const available: Dialect[] = ['pglite'];
  if (process.env.DATABASE_URL) available.push('postgres');
  else if (process.env.CI)
    throw new Error('CI is set but DATABASE_URL is not: server-mode tests must run in CI');
  else if (wanted.includes('postgres'))
    console.warn('store tests: DATABASE_URL not set, skipping the PostgreSQL dialect (CI runs it)');
  return available.filter((dialect) => wanted.includes(dialect));
}

let pgliteTemplate: Promise<Blob> | undefined;
let counter = 0;

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'pglite') {
    pgliteTemplate ??= (async () => {
      const db = await openPglite(null);
      await migrate(db);
      const dump = await db.dump();
      await db.close();
      return dump;
    })();
    const db = await openPglite(null, { loadDataDir: await pgliteTemplate });
    return { db, url: null, drop: () => db.close() };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const name = `claimlog_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = await openPostgres(serverUrl, { max: 1 });
  await admin.execScript(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  await migrate(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      const cleanup = await openPostgres(serverUrl, { max: 1 });
      await cleanup.execScript(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.close();
    },
  };
}

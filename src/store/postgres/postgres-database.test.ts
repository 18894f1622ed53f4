import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases.js';
import { openPostgres } from './postgres-database.js';

describe.skipIf(!testDialects().includes('postgres'))('PostgreSQL server mode', () => {
  let test: TestDatabase | null = null;
  afterEach(async () => {
    await test?.drop();
    test = null;
  });

  it('keeps working when the server ends its idle connections, as a restart does', async () => {
    test = await createTestDatabase('postgres');
    const db = await openPostgres(test.url ?? '');
    try {
      await db.query('SELECT 1');
      const admin = await openPostgres(test.url ?? '', { max: 1 });
      const [ended] = await admin.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      await admin.close();
      expect(ended?.n).toBeGreaterThanOrEqual(1);
      // The pool learns of it in the background; the next query gets a new connection.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expect(db.query<{ one: number }>('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});

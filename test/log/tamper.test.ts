// Tampering: a document's text or metadata changed directly in the database (SQL UPDATE, behind claimlog's
// back) is named by `claimlog log audit`, which then exits non-zero; on every dialect.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/store/pglite/pglite-database.js';
import type { SqlClient } from '../../src/store/sql-client.js';
import { freshHome, runCli } from '../support/cli.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../support/databases.js';

const reports = [
  { id: 'r1', text: 'Seoul said North Korean troops had been sent to Russia.', outlet: 'Example Wire' },
  { id: 'r2', text: 'Pyongyang called the reports groundless rumours.', outlet: 'Example Wire' },
  { id: 'r3', text: 'Kyiv said its forces had captured two soldiers.', outlet: 'Other Wire' },
];

for (const dialect of testDialects()) {
  describe(`claimlog log audit on ${dialect}`, () => {
    let env: Record<string, string>;
    let server: TestDatabase | undefined;
    let ids: string[];

    /** Runs SQL against the store the CLI uses, while no claimlog process has it open. */
    async function withDatabase(work: (sql: SqlClient) => Promise<unknown>): Promise<void> {
      if (server) {
        await work(server.db);
        return;
      }
      const db = await openPglite(join(env.CLAIMLOG_HOME as string, 'pgdata'));
      try {
        await work(db);
      } finally {
        await db.close();
      }
    }

    beforeAll(async () => {
      const home = await freshHome();
      env = { CLAIMLOG_HOME: home };
      if (dialect === 'postgres') {
        server = await createTestDatabase('postgres');
        env.DATABASE_URL = server.url as string;
      }
      const dir = await mkdtemp(join(tmpdir(), 'claimlog-tamper-'));
      await writeFile(
        join(dir, 'reports.jsonl'),
        reports.map((r) => JSON.stringify({ ...r, publishedAt: '2025-01-10' })).join('\n'),
      );
      const ingest = await runCli(['ingest', join(dir, 'reports.jsonl'), '--verbose'], env);
      expect(ingest.code).toBe(0);
      ids = [...ingest.stdout.matchAll(/^logged ([0-9a-f]{16}) at (\d+)$/gm)].map((m) => m[1] as string);
      expect(ids).toHaveLength(3);
    });
    afterAll(async () => {
      await server?.drop();
    });

    it('finds nothing wrong in an untouched store', async () => {
      const audit = await runCli(['log', 'audit'], env);
      expect(audit.stdout).toBe(
        'audit: 3 documents, 3 leaves and 1 checkpoints checked; the store matches the log (tree of size 3)\n',
      );
      expect(audit.code).toBe(0);
    });

    it('names each document whose text or metadata was changed, and exits 1', async () => {
      await withDatabase(async (sql) => {
        await sql.query("UPDATE documents SET text = text || ' (edited)' WHERE id = $1", [ids[0] as string]);
        await sql.query(
          "UPDATE documents SET outlet = 'Trusted Wire', published_at = '2024-12-01' WHERE id = $1",
          [ids[2] as string],
        );
      });
      const audit = await runCli(['log', 'audit'], env);
      expect(audit.code).toBe(1);
      const problems = audit.stdout.split('\n').filter((line) => line.startsWith('problem: '));
      expect(problems).toHaveLength(2);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`document ${ids[0]}: its stored text no longer matches its content hash`),
          `problem: document ${ids[2]} (leaf 2): its metadata no longer matches what was logged: ` +
            'outlet logged as "Other Wire", stored as "Trusted Wire"; publishedAt logged as "2025-01-10", stored as "2024-12-01"',
        ]),
      );
      expect(audit.stdout).toContain('; 2 problems\n');
      const json = JSON.parse((await runCli(['log', 'audit', '--json'], env)).stdout) as {
        problems: { documentId: string; kind: string }[];
      };
      expect(json.problems.map((p) => `${p.kind} ${p.documentId}`).sort()).toEqual(
        [`document ${ids[0]}`, `document ${ids[2]}`].sort(),
      );
    });
  });
}

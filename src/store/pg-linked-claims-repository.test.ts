// Linked claims read in bulk (`all`, as JSON the database aggregates) equal the same claims and links
// read row by row, field for field, on the demo corpus and on every dialect.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import type { Claimlog } from '../app/claimlog.js';
import { readConfig } from '../app/config.js';
import { openClaimlog } from '../app/open-claimlog.js';
import { DEMO_CORPUS } from '../cli/demo-command.js';
import { PgLinkedClaimsRepository } from './pg-linked-claims-repository.js';

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

for (const dialect of testDialects()) {
  describe(`linked claims read in bulk on ${dialect}`, () => {
    let test: TestDatabase;
    let home: string;
    let claimlog: Claimlog;
    let linked: PgLinkedClaimsRepository;

    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      home = await mkdtemp(join(tmpdir(), 'claimlog-test-'));
      claimlog = await openClaimlog(readConfig({ CLAIMLOG_HOME: home }), { database: test.db });
      const report = await claimlog.ingest([DEMO_CORPUS]);
      expect(report.failures).toEqual([]);
      linked = new PgLinkedClaimsRepository(test.db);
    });
    afterAll(async () => {
      await test?.drop();
      await rm(home, { recursive: true, force: true });
    });

    it('gives every claim and link as the row-by-row reads give them, now and as of a day', async () => {
      for (const asOf of [
        null,
        { day: '2024-12-31', logged: false },
        { day: '2025-06-30', logged: false },
        { day: '2099-12-31', logged: true },
      ]) {
        const all = await linked.all(asOf);
        expect(all.claims.length, JSON.stringify(asOf)).toBeGreaterThan(0);
        const claims = await linked.claims(
          all.claims.map((c) => c.id),
          asOf,
        );
        expect(byId(all.claims)).toEqual(byId(claims));
        expect(byId(all.links)).toEqual(byId(await linked.links(all.links.map((l) => l.id))));
        expect(byId(all.propositions)).toEqual(
          byId(await linked.propositions(all.propositions.map((p) => p.id))),
        );
      }
      const claims = (await linked.all(null)).claims;
      // The fields of every type came through: numbers, booleans and nulls alike.
      expect(claims.some((c) => typeof c.logIndex === 'number')).toBe(true);
      expect(claims.some((c) => c.parent !== null)).toBe(true);
      expect(claims.some((c) => c.hedged)).toBe(true);
    });

    it('reads nothing known before the first document as empty lists', async () => {
      const none = await linked.all({ day: '1999-01-01', logged: false });
      expect(none.claims).toEqual([]);
      expect(none.links).toEqual([]);
    });
  });
}

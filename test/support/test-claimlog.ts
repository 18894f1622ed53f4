// A Claimlog over a fresh test database of one dialect, optionally holding the demo corpus.

import { readConfig } from '../../src/app/config.js';
import type { Claimlog } from '../../src/app/claimlog.js';
import { openClaimlog } from '../../src/app/open-claimlog.js';
import { DEMO_CORPUS } from '../../src/cli/demo-command.js';
import { createTestDatabase, type Dialect } from './databases.js';

export interface TestClaimlog {
  claimlog: Claimlog;
  /** Closes the store and drops the database. */
  drop(): Promise<void>;
}

export async function openTestClaimlog(
  dialect: Dialect,
  options: { demo?: boolean } = {},
): Promise<TestClaimlog> {
  const test = await createTestDatabase(dialect);
  const claimlog = await openClaimlog(readConfig({}), { database: test.db });
  if (options.demo) {
    const report = await claimlog.ingest([DEMO_CORPUS]);
    if (report.failures.length > 0) throw new Error(`demo corpus failed: ${report.failures[0]?.message}`);
  }
  return { claimlog, drop: () => test.drop() };
}

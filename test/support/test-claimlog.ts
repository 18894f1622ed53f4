// A Claimlog over a fresh test database of one dialect, optionally holding the demo corpus.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../../src/app/config.js';
import type { Claimlog } from '../../src/app/claimlog.js';
import { openClaimlog } from '../../src/app/open-claimlog.js';
import { DEMO_CORPUS } from '../../src/cli/demo-command.js';
import { createTestDatabase, type Dialect } from './databases.js';

export interface TestClaimlog {
  claimlog: Claimlog;
  /** Its configuration: a throwaway home holding the log's key and public tiles. */
  config: Config;
  /** Closes the store and drops the database. */
  drop(): Promise<void>;
}

export async function openTestClaimlog(
  dialect: Dialect,
  options: { demo?: boolean } = {},
): Promise<TestClaimlog> {
  const test = await createTestDatabase(dialect);
  // Each its own home: the log key and tiles of one database never mix with another's.
  const home = await mkdtemp(join(tmpdir(), 'claimlog-test-'));
  const config = readConfig({ CLAIMLOG_HOME: home });
  const claimlog = await openClaimlog(config, { database: test.db });
  if (options.demo) {
    const report = await claimlog.ingest([DEMO_CORPUS]);
    if (report.failures.length > 0) throw new Error(`demo corpus failed: ${report.failures[0]?.message}`);
  }
  return {
    claimlog,
    config,
    drop: async () => {
      await test.drop();
      await rm(home, { recursive: true, force: true });
    },
  };
}

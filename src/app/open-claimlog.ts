// The composition root: the one place concrete adapters (database, NLP model, clock) are wired.

import { join } from 'node:path';
import type { Database } from '../store/sql-client.js';
import { migrate } from '../store/migrate.js';
import { openPgliteThread } from '../store/pglite/pglite-thread.js';
import { openPostgres } from '../store/postgres/postgres-database.js';
import { PgStore } from '../store/pg-store.js';
import { PgTokenRepository } from '../store/pg-token-repository.js';
import { Claimlog } from './claimlog.js';
import type { Config } from './config.js';
import { createAssessmentParts } from './assessment-parts.js';
import { AssessmentUseCases } from './assessment-use-cases.js';
import { createExtractor, loadGazetteer } from './create-extractor.js';
import { ExtractionPool } from './extraction-pool.js';
import { createLog } from './open-log.js';
import { createLiveParts } from './create-live-parts.js';
import type { Extractor } from './ports.js';

export { createExtractor };

/**
 * Opens the configured database (PGlite under `home`, or DATABASE_URL), migrates it and wires the use cases.
 * `extract` replaces the extractor (benchmarks feed statements they generated).
 */
export async function openClaimlog(
  config: Config,
  options: { database?: Database; extract?: Extractor } = {},
): Promise<Claimlog> {
  const database =
    options.database ??
    (config.databaseUrl
      ? await openPostgres(config.databaseUrl)
      : await openPgliteThread(join(config.home, 'pgdata')));
  await migrate(database);
  // The embedded database is locked to this process: its own transactions are every write there is.
  const soleWriter = database.dialect === 'pglite';
  const store = new PgStore(database, soleWriter);
  const clock = (): Date => new Date();
  const gazetteer = loadGazetteer(config);
  const log = createLog(config, store);
  const extract = options.extract ?? createExtractor(config, gazetteer);
  // Worker threads run the real extractor, so a replaced one stays on this thread.
  const extraction = options.extract
    ? null
    : new ExtractionPool(extract, { gazetteerFile: config.gazetteerFile, workers: config.extractWorkers });
  const assessment = new AssessmentUseCases({
    store,
    log,
    parts: createAssessmentParts(gazetteer, clock),
    ...(soleWriter
      ? {
          transactionsEnded: () => store.transactionsEnded(),
          committedVersion: () => store.committedVersion(),
        }
      : {}),
  });
  if (soleWriter) store.onVersionCommitted((version) => assessment.versionCommitted(version));
  return new Claimlog({
    store,
    log,
    assessment,
    tokens: new PgTokenRepository(database),
    extract,
    ...(extraction ? { extraction } : {}),
    clock,
    maxBytes: config.maxBytes,
    close: async () => {
      await extraction?.close();
      await database.close();
    },
    live: createLiveParts(config, () => new Date()),
  });
}

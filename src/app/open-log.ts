// Wires the log's use cases for one store: the key file, the single writer and the public tiles folder under $CLAIMLOG_HOME.

import { join } from 'node:path';
import type { Config } from './config.js';
import { loadLogIdentity, type LogIdentity } from './log-identity.js';
import { TilesPublisher } from './log-tiles.js';
import { LogUseCases } from './log-use-cases.js';
import { LogWriter } from './log-writer.js';
import type { Store } from './ports.js';

/** The folder under `home` that holds the log's public tiles (served under /log/). */
export function tilesFolder(home: string): string {
  return join(home, 'log');
}

/** The log's use cases over `store`, with the key loaded (and made) on first use only. */
export function createLog(
  config: Pick<Config, 'home' | 'logKeyFile' | 'logOrigin' | 'witnessKeys'>,
  store: Store,
): LogUseCases {
  let identity: Promise<LogIdentity> | undefined;
  const loadIdentity = (): Promise<LogIdentity> => {
    identity ??= loadLogIdentity({ keyFile: config.logKeyFile, origin: config.logOrigin });
    identity.catch(() => (identity = undefined));
    return identity;
  };
  return new LogUseCases({
    store,
    writer: new LogWriter(loadIdentity),
    identity: loadIdentity,
    tiles: new TilesPublisher(tilesFolder(config.home), store),
    witnessKeys: config.witnessKeys,
  });
}

// Keeps the log's public read side, a C2SP tlog-tiles folder under $CLAIMLOG_HOME, in step with the database it is derived from.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCheckpoint } from '../log/checkpoint.js';
import { equalBytes } from '../log/hashes.js';
import { parseNote } from '../log/signed-note.js';
import { readTilesCheckpoint, writeTilesCheckpoint, writeTilesDirectory } from '../log/tiles-directory.js';
import { readTreeHash } from '../log/tree-hash.js';
import { cosignedCheckpoint } from './cosigned-checkpoint.js';
import type { Store } from './ports.js';

/** What one publish did: the tree size the folder now serves and how many files it wrote. */
export interface TilesPublished {
  size: number;
  written: number;
  rebuilt: boolean;
}

export class TilesPublisher {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly store: Store,
  ) {}

  /**
   * Brings the folder to the newest kept checkpoint (with its cosignatures): writes the tiles the tree
   * grew by since the folder's own checkpoint, then the checkpoint file. Rebuilds from nothing when the
   * folder is missing or holds a checkpoint this database did not issue (e.g. a restored backup). Calls in
   * one process run one at a time; processes sharing the folder write identical tiles, and the next
   * publish repairs a checkpoint file another one left behind.
   */
  publish(): Promise<TilesPublished> {
    const run = this.queue.then(() => this.publishNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async publishNow(): Promise<TilesPublished> {
    const latest = await this.store.log.latestCheckpoint();
    if (latest === null) return { size: 0, written: 0, rebuilt: false };
    const note = await cosignedCheckpoint(this.store.log, latest);
    const served = await readTilesCheckpoint(this.dir);
    if (served === note) return { size: latest.size, written: 0, rebuilt: false };
    const fromSize = await this.servedSize(served);
    if (fromSize > latest.size) {
      // Another process sharing the folder committed and published after we read the newest checkpoint.
      return { size: fromSize, written: 0, rebuilt: false };
    }
    if (fromSize === latest.size) {
      await writeTilesCheckpoint(this.dir, note);
      return { size: latest.size, written: 1, rebuilt: false };
    }
    if (fromSize === 0) {
      await rm(join(this.dir, 'tile'), { recursive: true, force: true });
      await rm(join(this.dir, 'checkpoint'), { force: true });
    }
    const written = await writeTilesDirectory(this.dir, this.store.log.storage, {
      fromSize,
      checkpoint: note,
    });
    return { size: latest.size, written: written.length, rebuilt: fromSize === 0 };
  }

  /** The tree size whose tiles the folder holds, or 0 when it holds none of this log's. */
  private async servedSize(served: string | null): Promise<number> {
    if (served === null) return 0;
    try {
      const checkpoint = parseCheckpoint(parseNote(served).text);
      if (checkpoint.size > (await this.store.log.storage.treeSize())) return 0; // not this database's
      const root = await readTreeHash(this.store.log.storage, checkpoint.size);
      return equalBytes(root, checkpoint.rootHash) ? checkpoint.size : 0;
    } catch {
      return 0; // unreadable or foreign: rebuild
    }
  }
}

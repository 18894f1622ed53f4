// One process at a time per embedded data folder: PGlite itself does not stop a second process from
// opening the same folder, which would corrupt it.

import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { Unavailable } from '../../domain/errors.js';

export interface DataDirLock {
  release(): void;
}

/**
 * Takes `<dataDir>.lock` for this process, or throws Unavailable naming the process that holds it.
 * A lock left by a process that no longer runs (killed, crashed) is taken over. The lock is released
 * by `release()` or when this process exits.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readLock(path), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new Unavailable(
          `the embedded store ${dataDir} is in use by process ${holder}; stop it (or use PostgreSQL with DATABASE_URL for several processes)`,
        );
      }
      try {
        unlinkSync(path);
      } catch {
        // Another process took it over first; try again.
      }
    }
  }
  throw new Unavailable(`could not lock the embedded store ${dataDir}: another process keeps taking it`);
}

function readLock(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Whether a process with this id is running (signal 0 only checks; EPERM means it runs as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

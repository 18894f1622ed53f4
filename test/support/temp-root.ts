// Vitest global setup: every temporary file of a test run goes under one folder of its own, removed when the
// run ends, so repeated runs do not fill the disk with stores, logs and browser profiles left behind.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning } from '../../src/store/pglite/data-dir-lock.js';

const PREFIX = 'claimlog-test-run-';
/** A run's folder: the prefix, the process id of the run, then mkdtemp's suffix. */
const RUN_FOLDER = new RegExp(`^${PREFIX}(\\d+)-`);

/**
 * Points TMPDIR, which `os.tmpdir()` reads and which test workers and the processes they start inherit,
 * at a new folder, and returns the teardown that removes it. Folders of earlier runs that were killed
 * before their teardown (their process id is in the name) are removed first.
 */
export default function setup(): () => void {
  const parent = tmpdir();
  for (const name of readdirSync(parent)) {
    const pid = Number(RUN_FOLDER.exec(name)?.[1]);
    if (pid > 0 && pid !== process.pid && !isRunning(pid))
      rmSync(join(parent, name), { recursive: true, force: true });
  }
  const root = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}

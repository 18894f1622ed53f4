import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

const dataDir = () => join(mkdtempSync(join(tmpdir(), 'claimlog-lock-')), 'pgdata');

describe('lockDataDir', () => {
  it('refuses a second holder while the first runs, naming its process', () => {
    const dir = dataDir();
    // A lock held by another live process (the test runner's parent stands in for a running claimlog).
    writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(`the embedded store ${dir} is in use by process ${process.ppid}`);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = dataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(`${dir}.lock`, `${gone.stdout}\n`);
    const lock = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});

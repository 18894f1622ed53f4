import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import setup from './temp-root.js';

describe('the test run temporary folder', () => {
  it('holds this run’s temporary files', () => {
    expect(basename(tmpdir())).toMatch(/^claimlog-test-run-\d+-/);
  });

  it('is removed at teardown, and so are folders of runs that were killed', () => {
    const parent = tmpdir();
    // Above the largest process id Linux hands out (2^22), so no process has it.
    const killed = join(parent, 'claimlog-test-run-99999999-AbCdEf');
    const live = join(parent, `claimlog-test-run-${process.ppid}-GhIjKl`);
    mkdirSync(join(killed, 'pgdata'), { recursive: true });
    mkdirSync(live);

    const teardown = setup();
    const root = tmpdir();
    expect(dirname(root)).toBe(parent);
    expect(basename(root)).toMatch(new RegExp(`^claimlog-test-run-${process.pid}-`));
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(live)).toBe(true);
    writeFileSync(join(root, 'left-behind.txt'), 'x');

    teardown();
    expect(existsSync(root)).toBe(false);
    expect(tmpdir()).toBe(parent);
  });
});

import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateKeyFile, readKeyFile, writeKeyFile } from './key-file.js';
import { openNote, signNote } from './signed-note.js';

describe('log key file', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'claimlog-key-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('is made on first use, readable by its owner only, and the same key afterwards', async () => {
    const path = join(home, 'keys', 'log.key');
    const made = await loadOrCreateKeyFile(path, 'example.org/claimlog');
    expect(made.created).toBe(true);
    expect(made.signerKey).toMatch(/^PRIVATE\+KEY\+example\.org\/claimlog\+[0-9a-f]{8}\+/);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(home, 'keys'))).mode & 0o777).toBe(0o700);
    const again = await loadOrCreateKeyFile(path, 'example.org/claimlog');
    expect(again).toEqual({ ...made, created: false });
    expect(openNote(signNote('hello\n', again.signerKey), [made.verifierKey]).ok).toBe(true);
  });

  it('refuses a key file others can read, saying how to fix it', async () => {
    const path = join(home, 'log.key');
    await loadOrCreateKeyFile(path, 'log');
    await chmod(path, 0o644);
    await expect(readKeyFile(path)).rejects.toThrow(/has mode 0644; expected 0600 .*chmod 600/);
  });

  it('never replaces an existing key, and refuses a file that holds no key', async () => {
    const path = join(home, 'log.key');
    const { signerKey } = await loadOrCreateKeyFile(path, 'log');
    await expect(writeKeyFile(path, signerKey)).rejects.toThrow(/already exists/);
    const junk = join(home, 'junk.key');
    await writeFile(junk, 'not a key\n', { mode: 0o600 });
    await expect(readKeyFile(junk)).rejects.toThrow(/does not hold a signer key/);
    await expect(readKeyFile(join(home, 'missing.key'))).rejects.toThrow(/no key file/);
  });
});

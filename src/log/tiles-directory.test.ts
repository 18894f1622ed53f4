import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendLeaves } from './append-leaves.js';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.js';
import { ed25519NoteKeys } from './ed25519-note-key.js';
import { decodeEntryBundle } from './entry-bundle.js';
import { leafHash } from './hashes.js';
import { rootHash } from './merkle-tree.js';
import { MemoryLogStorage } from './memory-log-storage.js';
import { openNote, signNote } from './signed-note.js';
import { newTiles } from './tile.js';
import { tilePath } from './tile-path.js';
import { readTilesCheckpoint, readTilesFile, writeTilesDirectory } from './tiles-directory.js';

const keys = ed25519NoteKeys('example.org/claimlog', new Uint8Array(32).fill(3));
const leaf = (i: number): Uint8Array => new TextEncoder().encode(`{"document":${i}}`);

async function grow(storage: MemoryLogStorage, to: number): Promise<string> {
  const from = await storage.treeSize();
  const leaves = Array.from({ length: to - from }, (_, i) => ({
    data: leaf(from + i),
    kind: 'document',
    ref: `${from + i}`,
  }));
  const { newSize, rootHash: root } = await appendLeaves(storage, leaves);
  return signNote(
    formatCheckpoint({ origin: 'example.org/claimlog', size: newSize, rootHash: root }),
    keys.signerKey,
  );
}

describe('tiles directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimlog-tiles-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets a client that reads only the folder rebuild and check the whole tree', async () => {
    const storage = new MemoryLogStorage();
    await writeTilesDirectory(dir, storage, { fromSize: 0, checkpoint: await grow(storage, 300) });
    const written = await writeTilesDirectory(dir, storage, {
      fromSize: 300,
      checkpoint: await grow(storage, 70_000),
    });
    expect(written.at(-1)).toBe('checkpoint');

    // A client: open the checkpoint, read entry bundles and level-0 tiles, and recompute the root.
    const note = await readFile(join(dir, 'checkpoint'), 'utf8');
    const opened = openNote(note, [keys.verifierKey]);
    expect(opened.ok).toBe(true);
    const checkpoint = parseCheckpoint(opened.ok ? opened.text : '');
    expect(checkpoint.size).toBe(70_000);
    const leafHashes: Uint8Array[] = [];
    for (const tile of newTiles(8, 0, checkpoint.size)) {
      const data = new Uint8Array(await readFile(join(dir, tilePath(tile))));
      expect(data.length).toBe(32 * tile.width);
      if (tile.level !== 0) continue;
      const entries = decodeEntryBundle(
        new Uint8Array(await readFile(join(dir, tilePath({ ...tile, level: -1 })))),
      );
      expect(entries).toHaveLength(tile.width);
      const mismatches = entries.filter((entry, i) => {
        const hash = leafHash(entry);
        leafHashes.push(hash);
        const same = Buffer.from(entry).equals(leaf(tile.index * 256 + i));
        return !same || !Buffer.from(data.subarray(i * 32, (i + 1) * 32)).equals(hash);
      });
      expect(mismatches).toEqual([]);
    }
    expect(rootHash(leafHashes)).toEqual(checkpoint.rootHash);
    // Level-1 tiles hold roots of 256-leaf subtrees: tile 1 is partial, 17 wide (70000 = 273·256 + 112).
    const level1 = new Uint8Array(await readFile(join(dir, 'tile/1/001.p/17')));
    expect(level1.subarray(0, 32)).toEqual(rootHash(leafHashes.slice(256 * 256, 257 * 256)));
  });

  it('writes nothing for a checkpoint that is not of this log', async () => {
    const storage = new MemoryLogStorage();
    const other = new MemoryLogStorage();
    await grow(storage, 10);
    const foreign = await grow(other, 11);
    await expect(writeTilesDirectory(dir, storage, { fromSize: 0, checkpoint: foreign })).rejects.toThrow(
      /the checkpoint is for 11 leaves, the log has 10/,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('tiles directory files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimlog-tiles-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('drops partial tiles once the full tile is written, and reads only paths of the layout', async () => {
    const storage = new MemoryLogStorage();
    await writeTilesDirectory(dir, storage, { fromSize: 0, checkpoint: await grow(storage, 5) });
    expect(await readTilesFile(dir, 'tile/0/000.p/5')).toHaveLength(5 * 32);
    await writeTilesDirectory(dir, storage, { fromSize: 5, checkpoint: await grow(storage, 300) });
    expect(await readTilesFile(dir, 'tile/0/000.p/5')).toBeNull();
    expect(await readTilesFile(dir, 'tile/entries/000.p/5')).toBeNull();
    expect(await readTilesFile(dir, 'tile/0/000')).toHaveLength(256 * 32);
    expect(await readTilesFile(dir, 'tile/0/001.p/44')).toHaveLength(44 * 32);
    expect(await readTilesCheckpoint(dir)).toContain('\n300\n');
    await expect(readTilesFile(dir, 'tile/../../etc/passwd')).rejects.toThrow(/malformed tile path/);
    await expect(readTilesFile(dir, 'checkpoint.123.tmp')).rejects.toThrow(/malformed tile path/);
  });
});

describe('tiles directory checkpoint', () => {
  it('never goes back to a smaller tree another writer already passed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimlog-tiles-'));
    const storage = new MemoryLogStorage();
    const small = await grow(storage, 3);
    const large = await grow(storage, 9);
    await writeTilesDirectory(dir, storage, { fromSize: 0, checkpoint: large });
    const written = await writeTilesDirectory(dir, storage, { fromSize: 0, checkpoint: small });
    expect(written).not.toContain('checkpoint');
    expect(await readTilesCheckpoint(dir)).toBe(large);
    await rm(dir, { recursive: true, force: true });
  });
});

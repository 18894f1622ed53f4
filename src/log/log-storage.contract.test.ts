// The contract every LogStorage implementation runs (call logStorageContract from its own test file).
import { describe, expect, it } from 'vitest';
import { appendLeaves } from './append-leaves.js';
import { leafHash } from './hashes.js';
import type { LogStorage } from './log-storage.js';
import { MemoryLogStorage } from './memory-log-storage.js';
import { storedHashCount } from './stored-hash-index.js';
import { readTreeHash } from './tree-hash.js';
import { rootHash } from './merkle-tree.js';

const data = (i: number): Uint8Array => new TextEncoder().encode(`entry ${i}`);
const leaves = (from: number, count: number): { data: Uint8Array; kind: string; ref: string }[] =>
  Array.from({ length: count }, (_, i) => ({
    data: data(from + i),
    kind: 'document',
    ref: `doc-${from + i}`,
  }));

/** Registers the LogStorage contract tests; `newStorage` MUST return an empty log each call. */
export function logStorageContract(newStorage: () => Promise<LogStorage>): void {
  it('starts empty and grows by whole batches', async () => {
    const storage = await newStorage();
    expect(await storage.treeSize()).toBe(0);
    await appendLeaves(storage, leaves(0, 3));
    await appendLeaves(storage, leaves(3, 6));
    expect(await storage.treeSize()).toBe(9);
    expect(await readTreeHash(storage, 9)).toEqual(
      rootHash(Array.from({ length: 9 }, (_, i) => leafHash(data(i)))),
    );
  });

  it('returns leaves with their labels, and hashes in the order asked', async () => {
    const storage = await newStorage();
    await appendLeaves(storage, leaves(0, 5));
    const got = await storage.readLeaves(1, 3);
    expect(got.map((l) => [l.index, l.kind, l.ref])).toEqual([
      [1, 'document', 'doc-1'],
      [2, 'document', 'doc-2'],
      [3, 'document', 'doc-3'],
    ]);
    expect(got[0]!.data).toEqual(data(1));
    expect(got[0]!.leafHash).toEqual(leafHash(data(1)));
    const [a, b, c] = await storage.readHashes([3, 0, 3]);
    expect(a).toEqual(leafHash(data(2)));
    expect(b).toEqual(leafHash(data(0)));
    expect(c).toEqual(a);
  });

  it('refuses reads past the end with NotFound', async () => {
    const storage = await newStorage();
    await appendLeaves(storage, leaves(0, 2));
    await expect(storage.readHashes([storedHashCount(2)])).rejects.toMatchObject({ code: 'NotFound' });
    await expect(storage.readLeaves(1, 2)).rejects.toMatchObject({ code: 'NotFound' });
  });

  it('refuses a batch computed against another tree size with Conflict, writing nothing', async () => {
    const storage = await newStorage();
    await appendLeaves(storage, leaves(0, 2));
    const stale = {
      oldSize: 1,
      newSize: 2,
      leaves: [{ index: 1, leafHash: leafHash(data(9)), data: data(9), kind: 'x', ref: 'y' }],
      firstHashIndex: storedHashCount(1),
      hashes: [leafHash(data(9)), leafHash(data(9))],
    };
    await expect(storage.appendBatch(stale)).rejects.toMatchObject({ code: 'Conflict' });
    expect(await storage.treeSize()).toBe(2);
    expect((await storage.readLeaves(1, 1))[0]!.data).toEqual(data(1));
  });
}

describe('MemoryLogStorage', () => {
  logStorageContract(() => Promise.resolve(new MemoryLogStorage()));
});

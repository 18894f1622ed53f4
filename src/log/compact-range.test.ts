import { describe, expect, it } from 'vitest';
import { appendLeaves } from './append-leaves.js';
import { CompactRange } from './compact-range.js';
import { leafHash } from './hashes.js';
import { MemoryLogStorage } from './memory-log-storage.js';
import { rootHash } from './merkle-tree.js';
import { storedHashCount } from './stored-hash-index.js';

describe('CompactRange', () => {
  it('adds the stored hashes appendLeaves writes, and has the root of every size', async () => {
    const data = Array.from({ length: 300 }, (_, i) => new TextEncoder().encode(`leaf ${i}`));
    const storage = new MemoryLogStorage();
    await appendLeaves(
      storage,
      data.map((d) => ({ data: d, kind: 'k', ref: '' })),
    );
    const range = new CompactRange();
    expect(range.root()).toEqual(rootHash([]));
    const stored: Uint8Array[] = [];
    const hashes = data.map(leafHash);
    for (const [i, h] of hashes.entries()) {
      stored.push(...range.append(h));
      expect(range.size).toBe(i + 1);
      if (i % 37 === 0) expect(range.root()).toEqual(rootHash(hashes.slice(0, i + 1)));
    }
    expect(stored.length).toBe(storedHashCount(300));
    expect(stored).toEqual([
      ...(await storage.readHashes(Array.from({ length: stored.length }, (_, i) => i))),
    ]);
  });
});

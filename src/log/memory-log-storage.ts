// LogStorage kept in process memory: for tests, benchmarks and short-lived logs.
import { Conflict, NotFound } from '../domain/errors.js';
import { HASH_SIZE } from './hashes.js';
import type { AppendBatch, LogLeaf, LogStorage } from './log-storage.js';

/** A LogStorage in memory. Stored hashes sit in one growing byte array, 32 bytes per stored hash index. */
export class MemoryLogStorage implements LogStorage {
  private size = 0;
  private hashCount = 0;
  private hashBytes = new Uint8Array(HASH_SIZE * 1024);
  private readonly leaves: LogLeaf[] = [];

  treeSize(): Promise<number> {
    return Promise.resolve(this.size);
  }

  appendBatch(batch: AppendBatch): Promise<void> {
    if (batch.oldSize !== this.size || batch.firstHashIndex !== this.hashCount) {
      return Promise.reject(
        new Conflict(
          `log: append computed against tree size ${batch.oldSize} (hash ${batch.firstHashIndex}), ` +
            `but the log has ${this.size} leaves (${this.hashCount} hashes)`,
        ),
      );
    }
    const needed = (this.hashCount + batch.hashes.length) * HASH_SIZE;
    if (needed > this.hashBytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.hashBytes.length * 2));
      grown.set(this.hashBytes.subarray(0, this.hashCount * HASH_SIZE));
      this.hashBytes = grown;
    }
    for (const [i, h] of batch.hashes.entries()) this.hashBytes.set(h, (this.hashCount + i) * HASH_SIZE);
    for (const leaf of batch.leaves) this.leaves.push(leaf);
    this.hashCount += batch.hashes.length;
    this.size = batch.newSize;
    return Promise.resolve();
  }

  readHashes(indexes: readonly number[]): Promise<readonly Uint8Array[]> {
    const out: Uint8Array[] = new Array<Uint8Array>(indexes.length);
    for (const [i, index] of indexes.entries()) {
      if (!Number.isSafeInteger(index) || index < 0 || index >= this.hashCount) {
        return Promise.reject(
          new NotFound(`log: no stored hash ${String(index)} (the log stores ${this.hashCount} hashes)`),
        );
      }
      out[i] = this.hashBytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
    }
    return Promise.resolve(out);
  }

  readLeaves(start: number, count: number): Promise<readonly LogLeaf[]> {
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(count) || start < 0 || count < 0) {
      return Promise.reject(new NotFound(`log: no leaves ${String(start)} + ${String(count)}`));
    }
    if (start + count > this.size) {
      return Promise.reject(
        new NotFound(`log: leaves ${start} … ${start + count - 1} asked, the log has ${this.size}`),
      );
    }
    return Promise.resolve(this.leaves.slice(start, start + count));
  }
}

import { describe, expect, it } from 'vitest';
import { splitStoredHashIndex, storedHashCount, storedHashIndex } from './stored-hash-index.js';

describe('stored hash index', () => {
  it('numbers hashes in the order a log writes them (as Go sumdb/tlog does)', () => {
    // Leaf 0: (0,0). Leaf 1: (0,1), (1,0). Leaf 2: (0,2). Leaf 3: (0,3), (1,1), (2,0).
    const order = [
      [0, 0],
      [0, 1],
      [1, 0],
      [0, 2],
      [0, 3],
      [1, 1],
      [2, 0],
    ];
    order.forEach(([level, n], index) => {
      expect(storedHashIndex(level!, n!)).toBe(index);
      expect(splitStoredHashIndex(index)).toEqual({ level, n });
    });
  });

  it('is its own inverse and counts 2n - popcount(n) hashes for n leaves', () => {
    for (let index = 0; index < 5000; index++) {
      const { level, n } = splitStoredHashIndex(index);
      expect(storedHashIndex(level, n)).toBe(index);
    }
    for (let n = 0; n < 3000; n++) {
      const popcount = n.toString(2).replaceAll('0', '').length;
      expect(storedHashCount(n)).toBe(2 * n - popcount);
    }
    expect(storedHashCount(1_000_000)).toBe(2 * 1_000_000 - 7);
  });

  it('refuses indexes it cannot represent exactly', () => {
    expect(() => storedHashIndex(0, -1)).toThrow(/integer in \[0, 2\^53\)/);
    expect(() => splitStoredHashIndex(2 ** 60)).toThrow(/integer/);
  });
});

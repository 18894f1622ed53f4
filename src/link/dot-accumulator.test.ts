import { describe, expect, it } from 'vitest';
import { DotAccumulator } from './dot-accumulator.js';

describe('DotAccumulator', () => {
  it('sums by key in the order keys first came, and starts empty after each take', () => {
    const dots = new DotAccumulator();
    dots.add(7, 1.5);
    dots.add(2, 1);
    dots.add(7, 0.25);
    dots.add(1000, 2);
    expect(dots.take()).toEqual([
      [7, 1.75],
      [2, 1],
      [1000, 2],
    ]);
    dots.add(2, 3);
    expect(dots.take()).toEqual([[2, 3]]);
    expect(dots.take()).toEqual([]);
  });
});

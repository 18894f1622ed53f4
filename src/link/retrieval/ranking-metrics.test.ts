import { describe, expect, it } from 'vitest';
import { averagePrecisionAt, mean, precisionAt, reciprocalRank } from './ranking-metrics.js';

describe('averagePrecisionAt', () => {
  const rel = new Set(['a']);
  it('is 1 when the one relevant claim is first, 1/r when it is r-th within k, 0 beyond k', () => {
    expect(averagePrecisionAt(['a', 'b'], rel, 5)).toBe(1);
    expect(averagePrecisionAt(['b', 'c', 'a'], rel, 5)).toBeCloseTo(1 / 3);
    expect(averagePrecisionAt(['b', 'c', 'd', 'e', 'f', 'a'], rel, 5)).toBe(0);
  });
  it('divides by the number of relevant claims, as the CheckThat! scorer does', () => {
    expect(averagePrecisionAt(['a', 'x', 'b'], new Set(['a', 'b', 'c']), 5)).toBeCloseTo((1 + 2 / 3) / 3);
    expect(averagePrecisionAt(['x'], new Set(['a', 'b']), 1)).toBe(0);
  });
});

describe('precisionAt, reciprocalRank, mean', () => {
  it('computes the usual values', () => {
    expect(precisionAt(['a', 'b'], new Set(['b']), 2)).toBe(0.5);
    expect(reciprocalRank(['x', 'y', 'a'], new Set(['a']))).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], new Set(['a']))).toBe(0);
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});

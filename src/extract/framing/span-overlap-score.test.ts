import { describe, expect, it } from 'vitest';
import { addOverlapCounts, mergeRanges, overlapFigures, scoreSpanOverlap } from './span-overlap-score.js';

describe('scoreSpanOverlap', () => {
  it('gives partial credit by shared characters, normalised by each side', () => {
    // Predicted [0,10) and gold [5,25): 5 shared characters.
    const counts = scoreSpanOverlap([{ start: 0, end: 10 }], [{ start: 5, end: 25 }]);
    const f = overlapFigures(counts);
    expect(f.precision).toBeCloseTo(5 / 10);
    expect(f.recall).toBeCloseTo(5 / 20);
    expect(f.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });

  it('merges overlapping spans on each side before scoring', () => {
    const counts = scoreSpanOverlap(
      [
        { start: 0, end: 6 },
        { start: 4, end: 10 },
      ],
      [{ start: 0, end: 10 }],
    );
    expect(counts.predicted).toBe(1);
    expect(overlapFigures(counts).f1).toBeCloseTo(1);
  });

  it('adds articles up before dividing (micro average)', () => {
    const a = scoreSpanOverlap([{ start: 0, end: 4 }], [{ start: 0, end: 4 }]);
    const b = scoreSpanOverlap([{ start: 0, end: 4 }], []);
    const f = overlapFigures(addOverlapCounts(a, b));
    expect(f.precision).toBeCloseTo(0.5);
    expect(f.recall).toBeCloseTo(1);
  });

  it('scores nothing predicted as zero, not as an error', () => {
    expect(overlapFigures(scoreSpanOverlap([], [{ start: 1, end: 3 }]))).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('drops empty ranges when merging', () => {
    expect(
      mergeRanges([
        { start: 3, end: 3 },
        { start: 5, end: 8 },
      ]),
    ).toEqual([{ start: 5, end: 8 }]);
  });
});

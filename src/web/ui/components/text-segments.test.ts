import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSegments, type Highlight } from './text-segments.js';

describe('textSegments', () => {
  it('splits a quote with a framing phrase inside into flat runs', () => {
    const highlights: Highlight[] = [
      { start: 0, end: 4, layer: 'speaker', ref: 0 },
      { start: 5, end: 9, layer: 'cue', ref: 0 },
      { start: 10, end: 30, layer: 'content', ref: 0 },
      { start: 15, end: 24, layer: 'framing', ref: 0 },
    ];
    const runs = textSegments(30, highlights).map((s) => [s.start, s.end, s.covers.map((c) => c.layer)]);
    expect(runs).toEqual([
      [0, 4, ['speaker']],
      [4, 5, []],
      [5, 9, ['cue']],
      [9, 10, []],
      [10, 15, ['content']],
      [15, 24, ['content', 'framing']],
      [24, 30, ['content']],
    ]);
  });

  it('clips spans that run past the text and ignores empty ones', () => {
    const runs = textSegments(5, [
      { start: -3, end: 2, layer: 'a', ref: 0 },
      { start: 3, end: 3, layer: 'b', ref: 0 },
      { start: 4, end: 99, layer: 'c', ref: 0 },
    ]);
    expect(runs.map((s) => [s.start, s.end, s.covers.length])).toEqual([
      [0, 2, 1],
      [2, 4, 0],
      [4, 5, 1],
    ]);
  });

  it('always covers the text exactly, with each highlight covering exactly its own runs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) }),
        ),
        (length, raw) => {
          const highlights = raw.map((r, ref) => ({ ...r, layer: 'x', ref }));
          const segments = textSegments(length, highlights);
          let at = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(at);
            expect(segment.end).toBeGreaterThan(segment.start);
            at = segment.end;
          }
          expect(at).toBe(length);
          for (const h of highlights) {
            const covered = segments
              .filter((s) => s.covers.includes(h))
              .reduce((n, s) => n + s.end - s.start, 0);
            expect(covered).toBe(Math.max(0, Math.min(length, h.end) - Math.max(0, h.start)));
          }
        },
      ),
    );
  });
});

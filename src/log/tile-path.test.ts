import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { decodeEntryBundle, encodeEntryBundle } from './entry-bundle.js';
import { parseTilePath, tilePath } from './tile-path.js';

describe('C2SP tile paths', () => {
  it('writes full, partial and entry-bundle paths as the spec shows', () => {
    expect(tilePath({ height: 8, level: 0, index: 1234067, width: 256 })).toBe('tile/0/x001/x234/067');
    expect(tilePath({ height: 8, level: 2, index: 0, width: 17 })).toBe('tile/2/000.p/17');
    expect(tilePath({ height: 8, level: -1, index: 5, width: 3 })).toBe('tile/entries/005.p/3');
    expect(() => tilePath({ height: 10, level: 0, index: 0, width: 1 })).toThrow(/height 8/);
  });

  it('parses back exactly what it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 63 }),
        fc.maxSafeNat(),
        fc.integer({ min: 1, max: 256 }),
        (level, index, width) => {
          const tile = { height: 8, level, index, width };
          expect(parseTilePath(tilePath(tile))).toEqual(tile);
        },
      ),
    );
  });

  it('turns any path into a tile or an InvalidInput', () => {
    const pieces = fc.constantFrom(
      'tile',
      'entries',
      '0',
      '8',
      '64',
      'x001',
      '001',
      '.p',
      '256',
      '0.p',
      '1',
      'x',
      '',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 6 }).map((p) => p.join('/')),
        ),
        (path) => {
          try {
            expect(tilePath(parseTilePath(path))).toBe(path);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidInput);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('entry bundles', () => {
  it('round-trip any entries, and refuse a cut-off bundle with its offset', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (entries) => {
        const bundle = encodeEntryBundle(entries);
        expect(decodeEntryBundle(bundle)).toEqual(entries);
        if (bundle.length > 0)
          expect(() => decodeEntryBundle(bundle.subarray(0, bundle.length - 1))).toThrow(/at byte/);
      }),
    );
    expect(() => encodeEntryBundle([new Uint8Array(65536)])).toThrow(/65536 bytes, more than 65535/);
  });
});

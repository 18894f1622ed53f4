import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.js';

const line = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => ![...s].some((c) => c < ' '));

describe('formatCheckpoint / parseCheckpoint', () => {
  it('round-trips any checkpoint', () => {
    fc.assert(
      fc.property(
        line,
        fc.maxSafeNat(),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(line, { maxLength: 4 }),
        (origin, size, rootHash, extensions) => {
          const text = formatCheckpoint({ origin, size, rootHash, extensions });
          expect(parseCheckpoint(text)).toEqual({ origin, size, rootHash, extensions });
        },
      ),
    );
  });

  it('names the line that is wrong', () => {
    const root = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    expect(() => parseCheckpoint(`o\n012\n${root}\n`)).toThrow(/line 2: expected a decimal tree size/);
    expect(() => parseCheckpoint(`o\n9007199254740992\n${root}\n`)).toThrow(/line 2/);
    expect(() => parseCheckpoint(`o\n1\n${root.replace('=', '')}\n`)).toThrow(
      /line 3: expected a Base64 root hash/,
    );
    expect(() => parseCheckpoint(`o\n1\n${root}\next\n\n`)).toThrow(
      /line 5: extension lines must not be empty/,
    );
    expect(() => formatCheckpoint({ origin: 'a\nb', size: 1, rootHash: new Uint8Array(32) })).toThrow(
      /origin/,
    );
  });

  it('turns any text into a checkpoint or an InvalidInput', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .tuple(
              line,
              fc.string({ maxLength: 20 }),
              fc.base64String({ maxLength: 48 }),
              fc.array(fc.string(), { maxLength: 3 }),
            )
            .map(([o, s, r, e]) => [o, s, r, ...e].map((l) => `${l}\n`).join('')),
        ),
        (text) => {
          try {
            const c = parseCheckpoint(text, { rootHashSize: 'any' });
            expect(formatCheckpoint(c)).toBe(text);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidInput);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonBytes } from './canonical-json.js';

describe('canonicalJson (RFC 8785)', () => {
  it('serializes numbers as ECMAScript does', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [0.002, '0.002'],
      [4.5, '4.5'],
      [1e30, '1e+30'],
      [1e-27, '1e-27'],
      [333333333.3333333, '333333333.3333333'],
      [9007199254740991, '9007199254740991'],
      [-1.5e-300, '-1.5e-300'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
    ];
    for (const [n, want] of cases) expect(canonicalJson(n)).toBe(want);
  });

  it('sorts member names by UTF-16 code units, not by code points or locale', () => {
    const value = {
      '\u20ac': 1,
      '\r': 2,
      '\ufb33': 3,
      '1': 4,
      '\ud83d\ude00': 5,
      '\u0080': 6,
      '\u00f6': 7,
      b: 8,
      B: 9,
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":2,"1":4,"B":9,"b":8,"\u0080":6,"\u00f6":7,"\u20ac":1,"\ud83d\ude00":5,"\ufb33":3}',
    );
  });

  it('escapes only what JSON requires, with lowercase hex', () => {
    expect(canonicalJson('a"b\\c\n\t\u0001\u001f\u007f\u2028é')).toBe(
      '"a\\"b\\\\c\\n\\t\\u0001\\u001f\u007f\u2028é"',
    );
  });

  it('writes a nested record without whitespace and leaves out undefined members', () => {
    const record = {
      url: 'https://example.org/a',
      hash: 'ab',
      tags: [true, null, 1.5],
      meta: { z: 1, a: undefined },
    };
    expect(canonicalJson(record)).toBe(
      '{"hash":"ab","meta":{"z":1},"tags":[true,null,1.5],"url":"https://example.org/a"}',
    );
    expect(new TextDecoder().decode(canonicalJsonBytes({ é: 'ü' }))).toBe('{"é":"ü"}');
  });

  it('refuses what I-JSON cannot hold, naming where', () => {
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(/finite number, found NaN at \$\.a\[1\]/);
    expect(() => canonicalJson({ s: 'x\ud800' })).toThrow(/lone surrogate at \$\.s/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain object, found Date at \$\.d/);
    expect(() => canonicalJson([undefined])).toThrow(/found undefined at \$\[0\]/);
    expect(() => canonicalJson(10n)).toThrow(/found bigint/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('is a fixed point of parse-then-canonicalize, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateWords, fmix32, shingleHashes } from './shingles.js';

/** The plain definition: FNV-1a of each word of `duplicateWords`, k at a time through fmix32, a set, sorted. */
function naiveShingleHashes(text: string, k: number): Uint32Array {
  const fnv1a = (word: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const combine = (words: number[]): number => {
    let h = 0x811c9dc5;
    for (const w of words) h = fmix32(Math.imul(h, 0x01000193) ^ w);
    return h >>> 0;
  };
  const words = duplicateWords(text).map(fnv1a);
  const out = new Set<number>();
  if (words.length > 0 && words.length < k) out.add(combine(words));
  for (let i = 0; i + k <= words.length; i++) out.add(combine(words.slice(i, i + k)));
  return Uint32Array.from(out).sort();
}

// Characters where a word scanner could go wrong: apostrophes, accents and combining marks, other
// scripts and their digits, compatibility forms NFKC rewrites, astral letters and emoji, lone surrogates.
const TRICKY = [
  ...`aZ09 \n'’-.,()@/éß`,
  'E\u0301',
  '\u0301',
  'İ',
  'ǅ',
  'ﬁ',
  '²',
  '½',
  '٣',
  'Ⅻ',
  'Жї',
  '中国',
  'ｱＡ',
  '𝐀',
  '𝟘',
  '😀',
  '\ud800',
  '\udc00',
  'ʼ',
  '\u00a0',
  'ª',
  '々',
  '\u200d',
];
const trickyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 80,
});

describe('shingleHashes', () => {
  it('is the sorted set of hashed k-word runs of duplicateWords, for any text', () => {
    fc.assert(
      fc.property(trickyText, fc.integer({ min: 1, max: 4 }), (text, k) => {
        expect([...shingleHashes(text, k)]).toEqual([...naiveShingleHashes(text, k)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives one shingle for a text shorter than k words and none for a text without words', () => {
    expect(shingleHashes('Kherson port', 3)).toHaveLength(1);
    expect(shingleHashes(' — … ', 3)).toHaveLength(0);
  });

  it('keeps the values it always had (they are stored, inside signatures)', () => {
    const text = `Міністерство заявило: конвой рухався вночі. L'armée a quitté Kherson’s port 🚆 2024 №5.
Read more: our coverage
The convoy moved north at night, the ministry said.`;
    expect([...shingleHashes(text, 3)].slice(0, 4)).toEqual([368378503, 454846282, 582796479, 732354948]);
    expect(shingleHashes(text, 3)).toHaveLength(19);
  });
});

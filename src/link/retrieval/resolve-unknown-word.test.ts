import { describe, expect, it } from 'vitest';
import { resolveUnknownWord } from './resolve-unknown-word.js';

const counts = new Map([
  ['troop', 9],
  ['withdrawal', 4],
  ['kursk', 5],
  ['border', 6],
  ['footage', 3],
]);

describe('resolveUnknownWord', () => {
  it('splits a run-together hashtag into known words', () => {
    expect(resolveUnknownWord('troopwithdrawal', counts)).toEqual([
      { word: 'troop', weight: 1 },
      { word: 'withdrawal', weight: 1 },
    ]);
  });
  it('reads a misspelling as the known word one edit away', () => {
    expect(resolveUnknownWord('withdrawl', counts, { misspellingWeight: 0.5 })).toEqual([
      { word: 'withdrawal', weight: 0.5 },
    ]);
    expect(resolveUnknownWord('boredr', counts)).toEqual([{ word: 'border', weight: 1 }]);
  });
  it('leaves known, short and unmatched words alone', () => {
    expect(resolveUnknownWord('border', counts)).toEqual([]);
    expect(resolveUnknownWord('krsk', counts)).toEqual([]);
    expect(resolveUnknownWord('zzzzzzzz', counts)).toEqual([]);
  });
});

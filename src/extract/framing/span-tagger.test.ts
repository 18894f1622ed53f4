import { describe, expect, it } from 'vitest';
import { tokenizeForFraming } from './framing-tokens.js';
import { decodeFramingSpans } from './span-tagger.js';

function decode(text: string, logits: number[], low: number, high: number, single = 0): string[] {
  const tokens = tokenizeForFraming(text);
  expect(logits.length).toBe(tokens.count);
  return decodeFramingSpans(tokens, Float32Array.from(logits), low, high, single).map(([a, b]) =>
    text.slice(tokens.start[a], tokens.end[b]),
  );
}

describe('decodeFramingSpans', () => {
  it('keeps a run above the low threshold when one of its tokens reaches the high one', () => {
    // Tokens: a vile , cowardly attack .
    expect(decode('a vile cowardly attack.', [-3, 2, 0, 0, -3], -1, 1)).toEqual(['vile cowardly attack']);
    expect(decode('a vile cowardly attack.', [-3, 0.5, 0, 0, -3], -1, 1)).toEqual([]);
  });

  it('cuts a run at clause marks and quotation marks and keeps only the pieces that reach high', () => {
    // Tokens: they lied , the “ traitors ” said
    const text = 'they lied, the “traitors” said';
    expect(decode(text, [2, 2, 0, 0, 0, 2, 0, 0], -1, 1)).toEqual(['they lied', 'traitors']);
  });

  it('asks more of a one-word piece', () => {
    expect(decode('so shameful.', [-3, 1.5, -3], -1, 1, 1)).toEqual([]);
    expect(decode('so shameful.', [-3, 2.5, -3], -1, 1, 1)).toEqual(['shameful']);
  });

  it('never crosses a sentence boundary', () => {
    expect(decode('Lies. Lies again.', [2, 2, 2, 2, 2], -1, 1)).toEqual(['Lies', 'Lies again']);
  });
});

import { describe, expect, it } from 'vitest';
import { tokenizeForFraming, tokenRangeOf } from './framing-tokens.js';

const words = (text: string): string[] => tokenizeForFraming(text).norm;

describe('tokenizeForFraming', () => {
  it('keeps apostrophes, abbreviations and hyphens inside words and lower-cases them', () => {
    expect(words('The U.S. envoy’s self-styled “Peace Plan” failed.')).toEqual([
      'the',
      'u.s',
      '.',
      "envoy's",
      'self-styled',
      '"',
      'peace',
      'plan',
      '"',
      'failed',
      '.',
    ]);
  });

  it('marks a short quoted fragment apart from a long quotation', () => {
    const text =
      'He called it a “border incident” and said: “We will answer every single attack on our soil.”';
    const tokens = tokenizeForFraming(text);
    const at = (word: string): number => tokens.norm.indexOf(word);
    expect(tokens.quote[at('border')]).toBe(1);
    expect(tokens.quote[at('answer')]).toBe(2);
    expect(tokens.quote[at('called')]).toBe(0);
  });

  it('does not take an apostrophe for an opening quote', () => {
    const tokens = tokenizeForFraming("The soldiers' families waited. Nobody's fault, they said.");
    expect([...tokens.quote].every((q) => q === 0)).toBe(true);
  });

  it('splits sentences and keeps a closing quote with its sentence', () => {
    const tokens = tokenizeForFraming('“It is over.” The talks resumed! Who knows?');
    expect(tokens.sentenceStart.length).toBe(3);
    const closing = tokens.norm.lastIndexOf('"');
    expect(tokens.sentence[closing]).toBe(0);
  });

  it('gives offsets that slice the original text', () => {
    const text = 'Ceasefire “violations” were reported in Zaporizhzhia.';
    const tokens = tokenizeForFraming(text);
    for (let i = 0; i < tokens.count; i++) {
      const raw = text.slice(tokens.start[i], tokens.end[i]);
      // Quotation marks of every kind are folded to '"'.
      expect(tokens.norm[i]).toBe(/^[“”"]$/.test(raw) ? '"' : raw.toLowerCase());
    }
  });

  it('finds the tokens under a character range', () => {
    const text = 'one two three four';
    expect(tokenRangeOf(tokenizeForFraming(text), 5, 12)).toEqual([1, 2]);
    expect(tokenRangeOf(tokenizeForFraming(text), 3, 4)).toBeNull();
  });
});

import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createWinkEngine } from './wink-engine.js';

const engine = createWinkEngine(model);

describe('createWinkEngine', () => {
  it('gives tokens whose offsets point back into the text', () => {
    const text = 'Kyiv’s envoy can’t “confirm” it,\n  officials said.';
    const { tokens } = engine.analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.find((t) => t.text === '’s')?.lower).toBe("'s");
    expect(tokens.find((t) => t.text === 'said')?.pos).toBe('VERB');
  });

  it('never lets a sentence run over a line break', () => {
    const text = 'Headline without a stop\nThe ministry said so. It added more.\n\nA new paragraph';
    const { sentences } = engine.analyse(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline without a stop',
      'The ministry said so.',
      'It added more.',
      'A new paragraph',
    ]);
  });
});

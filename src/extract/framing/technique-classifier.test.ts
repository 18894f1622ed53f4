import { describe, expect, it } from 'vitest';
import { compileFramingModel } from './framing-model.js';
import { tokenizeForFraming } from './framing-tokens.js';
import { SHIPPED_FRAMING_MODEL } from './shipped-model.js';
import { bestTechnique, spanTechnique, techniqueFeatures } from './technique-classifier.js';

// Our own text, written for this test: quotes, a question, an exclamation, capitals and repetition.
const TEXT = [
  'TRAITORS AND PUPPETS, the ministry wrote!',
  'Why would anyone believe the “so-called liberation” of the region? The regime lies, lies and lies again.',
  'Officials said the evil junta had shelled schools; the junta denied it.',
].join('\n');

describe('spanTechnique', () => {
  it('names every span as the feature-based classifier does', () => {
    const tokens = tokenizeForFraming(TEXT);
    const model = compileFramingModel(SHIPPED_FRAMING_MODEL);
    let compared = 0;
    for (let first = 0; first < tokens.count; first++) {
      for (let last = first; last < Math.min(tokens.count, first + 12); last++) {
        for (const occurrences of [1, 3]) {
          const expected = bestTechnique(techniqueFeatures(tokens, first, last, occurrences), model);
          expect(spanTechnique(tokens, first, last, occurrences, model)).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stem.js';

describe('porterStem', () => {
  // Examples from Porter (1980), steps 1a–5.
  const cases: [string, string][] = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['falling', 'fall'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['triplicate', 'triplic'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['revival', 'reviv'],
    ['adoption', 'adopt'],
    ['controlling', 'control'],
    ['generalizations', 'gener'],
  ];
  it.each(cases)('stems %s to %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('makes inflected forms of one word meet', () => {
    expect(new Set(['troops', 'troop'].map(porterStem)).size).toBe(1);
    expect(new Set(['released', 'releasing', 'releases'].map(porterStem)).size).toBe(1);
  });

  it('leaves short words, numbers and non-Latin words alone', () => {
    expect(porterStem('us')).toBe('us');
    expect(porterStem('2024')).toBe('2024');
    expect(porterStem('курск')).toBe('курск');
  });
});

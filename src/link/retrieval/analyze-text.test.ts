import { describe, expect, it } from 'vitest';
import { analyzeText, splitCamelCase } from './analyze-text.js';

describe('splitCamelCase', () => {
  it('splits hashtags and handles into words', () => {
    expect(splitCamelCase('KurskOffensive')).toBe('Kursk Offensive');
    expect(splitCamelCase('StopTheDPRKDeal')).toBe('Stop The DPRK Deal');
    expect(splitCamelCase('Ukraine2025')).toBe('Ukraine 2025');
    expect(splitCamelCase('stratcom_ua')).toBe('stratcom ua');
  });
});

describe('analyzeText', () => {
  it('keeps the content words of a post, stemmed, without links or stop words', () => {
    const a = analyzeText('Troops are moving toward the border http://example.org/x #TroopMovements');
    expect(a.terms).toEqual(['troop', 'move', 'toward', 'border', 'troop', 'movement']);
    expect(a.words).toHaveLength(a.terms.length);
  });

  it('drops a link glued to a hashtag', () => {
    expect(analyzeText('#Kurskhttps://t.co/abc').terms).toEqual(['kursk']);
    expect(analyzeText('#Kurskpic.twitter.com/abc').terms).toEqual(['kursk']);
  });

  it('sets a tweet signature apart, keeping its author and month', () => {
    const a = analyzeText('Footage of the column near the river — Field Desk (@FieldDeskNews) March 3, 2025');
    expect(a.terms).toEqual(['video', 'column', 'near', 'river']);
    expect(a.signature.terms).toEqual(['field', 'desk', 'field', 'desk', 'new', 'march', '2025']);
  });

  it('normalizes numbers, percentages, money and abbreviations', () => {
    expect(analyzeText('12,000 soldiers, 40% of them, cost $2.50').terms).toEqual([
      '12000',
      'soldier',
      '40',
      'percent',
      'cost',
      'dollar',
      '2.5',
    ]);
    expect(analyzeText('The U.S. and the U.K.').terms).toEqual(['usa', 'uk']);
    expect(analyzeText('five soldiers').terms).toEqual(['5', 'soldier']);
  });

  it('drops possessives, folds accents and reads run-together sentences apart', () => {
    expect(analyzeText("Russia's army").terms).toEqual(['russia', 'armi']);
    expect(analyzeText('Zelenskyy’s café').terms).toEqual(['zelenskyi', 'cafe']);
    expect(analyzeText('denied.Then admitted').terms).toEqual(['deni', 'admit']);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

const q = (text: string) => findQuantities(text).map(({ text: t, value, bound }) => [t, value, bound]);

describe('findQuantities', () => {
  it('reads the bound a qualifier puts on a number', () => {
    expect(q('Seoul said approximately 1,500 troops left, with up to 12,000 to follow.')).toEqual([
      ['approximately 1,500', 1500, 'approximate'],
      ['up to 12,000', 12000, 'at-most'],
    ]);
    expect(q('More than 10,000 soldiers and at least 2.5 million shells.')).toEqual([
      ['More than 10,000', 10000, 'at-least'],
      ['at least 2.5 million', 2500000, 'at-least'],
    ]);
  });

  it('reads number words', () => {
    expect(q('Forces captured two soldiers and dozens of drones.')).toEqual([
      ['two', 2, 'exact'],
      ['dozens', 24, 'exact'],
    ]);
  });

  it('leaves out years, dates, labels and ordinals', () => {
    expect(q('On April 27, 2025, under Article 4 of the 2024 treaty, the 3rd brigade moved.')).toEqual([]);
  });
});

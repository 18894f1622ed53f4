import { describe, expect, it } from 'vitest';
import { betaPosterior, inverseRegularizedBeta, regularizedBeta } from './beta-posterior.js';

// Reference values from an independent implementation (SciPy's beta.cdf / beta.ppf).
describe('regularizedBeta', () => {
  it('matches reference values across shapes', () => {
    expect(regularizedBeta(0.3, 2.5, 7.5)).toBeCloseTo(0.6789434858661821, 10);
    expect(regularizedBeta(0.9, 0.5, 0.5)).toBeCloseTo(0.7951672353008665, 10);
    expect(regularizedBeta(0.01, 1, 30)).toBeCloseTo(0.2602996266117196, 10);
    expect(regularizedBeta(0.999, 200, 2)).toBeCloseTo(0.9823785953743628, 8);
  });

  it('is 0 at 0, 1 at 1, and symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedBeta(0, 3, 4)).toBe(0);
    expect(regularizedBeta(1, 3, 4)).toBe(1);
    for (const x of [0.05, 0.2, 0.5, 0.77, 0.99]) {
      expect(regularizedBeta(x, 3.2, 7)).toBeCloseTo(1 - regularizedBeta(1 - x, 7, 3.2), 12);
    }
  });
});

describe('inverseRegularizedBeta', () => {
  it('inverts regularizedBeta', () => {
    for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
      expect(regularizedBeta(inverseRegularizedBeta(p, 11, 3), 11, 3)).toBeCloseTo(p, 9);
    }
  });

  it('matches reference quantiles', () => {
    expect(inverseRegularizedBeta(0.025, 11, 3)).toBeCloseTo(0.54552894, 7);
    expect(inverseRegularizedBeta(0.975, 11, 3)).toBeCloseTo(0.94961893, 7);
    expect(inverseRegularizedBeta(0.025, 1, 31)).toBeCloseTo(0.0008164, 6);
    expect(inverseRegularizedBeta(0.975, 1, 31)).toBeCloseTo(0.11218875, 7);
  });
});

describe('betaPosterior', () => {
  it('knows nothing without outcomes: mean 0.5 and the whole middle of [0, 1]', () => {
    expect(betaPosterior(0, 0)).toEqual({ mean: 0.5, low: 0.025, high: 0.975 });
  });

  it('is Beta(1 + right, 1 + wrong): one right answer is far from proof', () => {
    expect(betaPosterior(1, 0)).toEqual({ mean: 0.6667, low: 0.1581, high: 0.9874 });
    expect(betaPosterior(2, 1)).toEqual({ mean: 0.6, low: 0.1941, high: 0.9324 });
  });

  it('narrows as outcomes accumulate', () => {
    const few = betaPosterior(3, 1);
    const many = betaPosterior(30, 10);
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
  });

  it('rejects negative counts and impossible levels', () => {
    expect(() => betaPosterior(-1, 0)).toThrow(RangeError);
    expect(() => betaPosterior(1, 1, 1)).toThrow(/level/);
  });
});

// Accuracy as a Beta posterior: the regularized incomplete beta function, its inverse, and intervals.

/** A Beta posterior's mean and equal-tailed credible interval. */
export interface Accuracy {
  mean: number;
  low: number;
  high: number;
}

/**
 * Accuracy of a source with `right` and `wrong` outcomes under a uniform prior: Beta(1 + right,
 * 1 + wrong), its mean and the equal-tailed interval holding `level` of the posterior (default 95%),
 * rounded to four decimals. With no outcomes it is (0.5, 0.025, 0.975): we know nothing yet.
 * Throws RangeError for negative counts or a level outside (0, 1).
 */
export function betaPosterior(right: number, wrong: number, level = 0.95): Accuracy {
  if (!(right >= 0 && wrong >= 0))
    throw new RangeError(`expected counts >= 0, found right=${right} wrong=${wrong}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`expected a level in (0, 1), found ${level}`);
  const a = 1 + right;
  const b = 1 + wrong;
  const tail = (1 - level) / 2;
  return {
    mean: round(a / (a + b)),
    low: round(inverseRegularizedBeta(tail, a, b)),
    high: round(inverseRegularizedBeta(1 - tail, a, b)),
  };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-13). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let sum = c[0] ?? 0;
  for (let i = 1; i < 9; i += 1) sum += (c[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * I_x(a, b), the regularized incomplete beta function, for 0 <= x <= 1 and a, b > 0: the Beta(a, b)
 * distribution function. Continued fraction (modified Lentz), using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/**
 * The x with I_x(a, b) = p, for 0 <= p <= 1: the Beta(a, b) quantile. Bisection to an interval
 * of 1e-12 (about 40 steps), then the midpoint; monotonicity of I_x makes it always converge.
 */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (regularizedBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

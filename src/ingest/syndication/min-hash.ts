// MinHash signatures: fixed-size sketches of shingle sets whose agreement estimates Jaccard similarity.
import { fmix32 } from './shingles.js';

/** A document's sketch: one minimum per hash function, and how many shingles it summarises. */
export interface MinHashSignature {
  values: Uint32Array;
  shingles: number;
}

/**
 * Deterministic seeds (a fixed xorshift sequence), so signatures are reproducible across runs and
 * machines and can be stored: changing them invalidates every stored signature.
 */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
}

/** Computes signatures of `size` values; hash i is `fmix32(shingle ^ seed_i)`, a permutation of 32-bit values. */
export class MinHasher {
  private readonly seeds: Uint32Array;

  constructor(readonly size: number) {
    this.seeds = seeds(size);
  }

  /** The signature of a set of shingle hashes; an empty set gives all-0xffffffff values and `shingles: 0`. */
  signature(shingles: Uint32Array): MinHashSignature {
    const size = this.size;
    const seeds = this.seeds;
    const values = new Uint32Array(size);
    const m = shingles.length;
    // Four hash functions per pass over the shingles: each shingle is read once for four minimums kept in
    // registers, about twice as fast as one function per pass. The values are the same either way.
    let i = 0;
    for (; i + 4 <= size; i += 4) {
      const s0 = seeds[i] ?? 0;
      const s1 = seeds[i + 1] ?? 0;
      const s2 = seeds[i + 2] ?? 0;
      const s3 = seeds[i + 3] ?? 0;
      let min0 = 0xffffffff;
      let min1 = 0xffffffff;
      let min2 = 0xffffffff;
      let min3 = 0xffffffff;
      for (let j = 0; j < m; j++) {
        const x = shingles[j] ?? 0;
        const h0 = fmix32(x ^ s0);
        const h1 = fmix32(x ^ s1);
        const h2 = fmix32(x ^ s2);
        const h3 = fmix32(x ^ s3);
        if (h0 < min0) min0 = h0;
        if (h1 < min1) min1 = h1;
        if (h2 < min2) min2 = h2;
        if (h3 < min3) min3 = h3;
      }
      values[i] = min0;
      values[i + 1] = min1;
      values[i + 2] = min2;
      values[i + 3] = min3;
    }
    for (; i < size; i++) {
      const seed = seeds[i] ?? 0;
      let min = 0xffffffff;
      for (let j = 0; j < m; j++) {
        const h = fmix32((shingles[j] ?? 0) ^ seed);
        if (h < min) min = h;
      }
      values[i] = min;
    }
    return { values, shingles: m };
  }
}

/** The estimated Jaccard similarity of two signatures of the same size: the share of equal positions. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  const n = Math.min(a.values.length, b.values.length);
  for (let i = 0; i < n; i++) if (a.values[i] === b.values[i]) same++;
  return n === 0 ? 0 : same / n;
}

/**
 * The estimated share of `a`'s shingles that `b` also has, from the Jaccard estimate and both set sizes
 * (|A∩B| = J·(|A|+|B|)/(1+J)). High when `a` is an excerpt of `b` even if `b` is much longer.
 */
export function estimateContainment(
  a: MinHashSignature,
  b: MinHashSignature,
  jaccard = estimateJaccard(a, b),
): number {
  return containmentOf(jaccard, a.shingles, b.shingles);
}

/**
 * `estimateContainment` from the numbers it depends on: a Jaccard estimate and the shingle counts of the
 * contained set (`a`) and the containing one (`b`). The same value, for callers that keep no signature objects.
 */
export function containmentOf(jaccard: number, aShingles: number, bShingles: number): number {
  if (aShingles === 0) return 0;
  const common = (jaccard * (aShingles + bShingles)) / (1 + jaccard);
  return Math.min(1, common / aShingles);
}

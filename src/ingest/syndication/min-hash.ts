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
    const values = new Uint32Array(this.size).fill(0xffffffff);
    for (let i = 0; i < this.size; i++) {
      const seed = this.seeds[i] ?? 0;
      let min = 0xffffffff;
      for (let j = 0; j < shingles.length; j++) {
        const h = fmix32((shingles[j] ?? 0) ^ seed);
        if (h < min) min = h;
      }
      values[i] = min;
    }
    return { values, shingles: shingles.length };
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
  if (a.shingles === 0) return 0;
  const common = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.min(1, common / a.shingles);
}

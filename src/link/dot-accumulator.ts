// Sums per proposition for one query at a time, kept in arrays indexed by creation order, not a map per query.

/** Sums values by a small integer key (a proposition's creation order); reused from query to query. */
export class DotAccumulator {
  private sums = new Float64Array(256);
  private seen = new Uint8Array(256);
  private readonly touched: number[] = [];

  /** Adds `value` to the sum of `key` (a non-negative integer). */
  add(key: number, value: number): void {
    if (key >= this.sums.length) this.grow(key + 1);
    if (this.seen[key] === 0) {
      this.seen[key] = 1;
      this.touched.push(key);
      this.sums[key] = 0;
    }
    this.sums[key] = (this.sums[key] ?? 0) + value;
  }

  /** Every key added to since the last call with its sum, in the order keys were first added; then empties. */
  take(): [number, number][] {
    const out: [number, number][] = this.touched.map((key) => [key, this.sums[key] ?? 0]);
    for (const key of this.touched) this.seen[key] = 0;
    this.touched.length = 0;
    return out;
  }

  private grow(size: number): void {
    const length = Math.max(size, this.sums.length * 2);
    const sums = new Float64Array(length);
    sums.set(this.sums);
    const seen = new Uint8Array(length);
    seen.set(this.seen);
    this.sums = sums;
    this.seen = seen;
  }
}

// One inverted index over one field of the claims, scored with Okapi BM25; documents can be added at any time.

/** BM25 parameters of one field: k1 saturates term frequency, b normalizes by field length. */
export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
}

/**
 * An inverted index of one text field. Documents are numbered densely from 0 by the caller, in the order
 * they are added; statistics (document frequency, average length) always reflect every document added so far.
 */
export class Bm25Field {
  /** term → flat [doc, tf, doc, tf, …], docs ascending. */
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  /** Indexes document `doc` (the next number, or a number after the last) with its terms. */
  add(doc: number, terms: readonly string[]): void {
    while (this.lengths.length <= doc) this.lengths.push(0);
    this.lengths[doc] = terms.length;
    this.totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = this.postings.get(term);
      if (list === undefined) this.postings.set(term, [doc, tf]);
      else list.push(doc, tf);
    }
  }

  documentFrequency(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** BM25's idf as in Lucene: ln(1 + (N − df + 0.5) / (df + 0.5)), never negative. */
  idf(term: string): number {
    const n = this.lengths.length;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Adds weight × BM25 contribution of each query term to `scores[doc]` for every document containing it.
   * `query` maps a term to its query-side weight (e.g. its count, or an expansion weight).
   */
  scoreInto(
    query: ReadonlyMap<string, number>,
    params: Bm25Parameters,
    weight: number,
    scores: Float64Array,
  ): void {
    const n = this.lengths.length;
    if (n === 0) return;
    const avg = this.totalLength / n || 1;
    const { k1, b } = params;
    for (const [term, qw] of query) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      const idf = this.idf(term) * qw * weight;
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i] as number;
        const tf = list[i + 1] as number;
        const len = this.lengths[doc] as number;
        scores[doc] = (scores[doc] as number) + (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avg));
      }
    }
  }
}

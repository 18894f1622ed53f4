// Ranking quality measures as the CLEF CheckThat! claim-retrieval scorer computes them.

/**
 * Average precision at k of one ranked list: the sum, over the relevant items found in the first k
 * positions, of the precision at that position, divided by the number of relevant items of the query
 * (not by min(k, relevant)). This is the CheckThat! 2020/2021 task 2 scorer's definition
 * (`_compute_average_precision` applied to the top k lines); MAP@k is its mean over queries, and a
 * query with nothing retrieved counts as 0. Duplicate ids in `ranked` count once.
 */
export function averagePrecisionAt(
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  let sum = 0;
  const seen = new Set<string>();
  for (let i = 0; i < ranked.length && i < k; i++) {
    const id = ranked[i] ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    if (relevant.has(id)) {
      found += 1;
      sum += found / (i + 1);
    }
  }
  return sum / relevant.size;
}

/** Precision at k: the share of the first k positions holding a relevant item (a short list counts as k). */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let hits = 0;
  for (let i = 0; i < ranked.length && i < k; i++) if (relevant.has(ranked[i] ?? '')) hits += 1;
  return hits / k;
}

/** Reciprocal rank: 1 / the position of the first relevant item in the list, 0 when none is in it. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  for (let i = 0; i < ranked.length; i++) if (relevant.has(ranked[i] ?? '')) return 1 / (i + 1);
  return 0;
}

/** Mean of the per-query values; 0 for no queries. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

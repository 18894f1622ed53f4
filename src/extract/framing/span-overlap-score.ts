// The span-identification score of SemEval-2020 task 11: precision and recall with partial credit for character overlap.

/** A half-open character range `[start, end)`. */
export interface CharRange {
  start: number;
  end: number;
}

/** Sums over articles; add them up with `addOverlapCounts` and read the figures with `overlapFigures`. */
export interface OverlapCounts {
  /** Σ over predicted spans s and gold spans t of |s ∩ t| / |s|. */
  precisionSum: number;
  predicted: number;
  /** Σ over predicted spans s and gold spans t of |s ∩ t| / |t|. */
  recallSum: number;
  gold: number;
}

/**
 * Scores one article's predicted spans against its gold spans as the task's SI scorer does (Da San Martino
 * et al., SemEval-2020 Task 11, §3 "Evaluation", after Da San Martino et al., EMNLP 2019, §5):
 *   P(S, T) = 1/|S| Σ_{s∈S, t∈T} |s ∩ t| / |s|,   R(S, T) = 1/|T| Σ_{s∈S, t∈T} |s ∩ t| / |t|,
 * where s ∩ t counts shared characters and techniques are ignored. As in the task's SI data, overlapping
 * spans are first merged on each side (the gold SI files list merged spans; a submission may not overlap).
 * Empty ranges are ignored.
 */
export function scoreSpanOverlap(predicted: readonly CharRange[], gold: readonly CharRange[]): OverlapCounts {
  const s = mergeRanges(predicted);
  const t = mergeRanges(gold);
  let precisionSum = 0;
  let recallSum = 0;
  // Both lists are sorted and disjoint: a two-pointer sweep visits every overlapping pair once.
  let j = 0;
  for (const p of s) {
    while (j < t.length && t[j]!.end <= p.start) j++;
    for (let k = j; k < t.length && t[k]!.start < p.end; k++) {
      const g = t[k]!;
      const shared = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (shared > 0) {
        precisionSum += shared / (p.end - p.start);
        recallSum += shared / (g.end - g.start);
      }
    }
  }
  return { precisionSum, predicted: s.length, recallSum, gold: t.length };
}

/** Adds two articles' counts (micro-averaging over a corpus, as the task scorer does). */
export function addOverlapCounts(a: OverlapCounts, b: OverlapCounts): OverlapCounts {
  return {
    precisionSum: a.precisionSum + b.precisionSum,
    predicted: a.predicted + b.predicted,
    recallSum: a.recallSum + b.recallSum,
    gold: a.gold + b.gold,
  };
}

/** Precision, recall and their harmonic mean; 0 where a denominator is 0. */
export function overlapFigures(c: OverlapCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.precisionSum / c.predicted;
  const recall = c.gold === 0 ? 0 : c.recallSum / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sorts ranges and merges those that overlap; drops empty ones. */
export function mergeRanges(ranges: readonly CharRange[]): CharRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: CharRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

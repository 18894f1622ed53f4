// Picks the date mention that dates a stretch of text, such as the sentence around a reporting cue.

import type { DateMention } from '../domain/statement.js';

/** A stretch of text, as JavaScript string offsets. */
export interface TextRange {
  start: number;
  end: number;
}

export interface GoverningQuery extends TextRange {
  /** Where the mention should be near, typically the cue ("said"); defaults to `start`. */
  anchor?: number;
  /**
   * Stretches whose dates belong to something else, typically the content of a statement: "X said on
   * Monday that troops arrived in October" dates the saying by "Monday" only when the content
   * ("troops arrived in October") is excluded.
   */
  exclude?: readonly TextRange[];
}

/**
 * The mention that governs `query`: among `mentions` lying wholly inside [start, end), outside every
 * excluded range and with a value, the one nearest the anchor (a mention before the anchor wins a tie,
 * as in "On Monday, X said"). Returns null when there is none, in which case the caller's default (the
 * publication date, for when a statement was made) applies. Never looks outside the range: a date in the
 * previous sentence does not date this one. `mentions` may be in any order.
 */
export function governingDate(mentions: readonly DateMention[], query: GoverningQuery): DateMention | null {
  const anchor = query.anchor ?? query.start;
  const excluded = query.exclude ?? [];
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const mention of mentions) {
    if (mention.value === null || mention.start < query.start || mention.end > query.end) continue;
    if (excluded.some((r) => mention.start < r.end && mention.end > r.start)) continue;
    const before = mention.end <= anchor;
    const distance = before ? anchor - mention.end : Math.max(0, mention.start - anchor);
    // Prefer the earlier mention on equal distance: "On Monday … said" reads before the cue.
    if (
      distance < bestDistance ||
      (distance === bestDistance && best !== null && mention.start < best.start)
    ) {
      best = mention;
      bestDistance = distance;
    }
  }
  return best;
}

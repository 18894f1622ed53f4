// Cuts a text into runs at every span boundary, so overlapping highlights (a framing phrase inside a
// quote inside a statement) render as flat, non-overlapping pieces that each know what covers them.

/** A highlighted span of the text: `layer` names its kind, `ref` what it belongs to (a statement). */
export interface Highlight {
  start: number;
  end: number;
  layer: string;
  ref: number;
}

export interface Segment {
  start: number;
  end: number;
  /** The highlights covering the whole segment, in the order given. */
  covers: Highlight[];
}

/**
 * Segments of [0, length) such that the same highlights cover each whole segment; consecutive
 * segments touch, and together they cover the text exactly. Highlights outside the text are clipped;
 * empty or inverted ones are ignored. Pure.
 */
export function textSegments(length: number, highlights: readonly Highlight[]): Segment[] {
  const spans = highlights
    .map((highlight) => ({
      highlight,
      start: Math.max(0, highlight.start),
      end: Math.min(length, highlight.end),
    }))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start < span.end);
  const cuts = new Set<number>([0, length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    const covers = spans
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.highlight);
    segments.push({ start, end, covers });
  }
  return segments;
}

// Sentence and paragraph ranges of a document, for resolving what a denial or "the region" refers to.

export interface TextRange {
  start: number;
  end: number;
}

/** The sentences and paragraphs of one text, looked up by offset. */
export interface TextUnits {
  sentenceAt(offset: number): TextRange;
  paragraphAt(offset: number): TextRange;
}

// A sentence ends at . ! ? (optionally closed by quotes or brackets) before whitespace and a capital,
// quote or digit; abbreviations such as "U.S." or "Oct." before a capital are a known weakness.
const SENTENCE_END = /[.!?]["”’)\]]*\s+(?=["“(\p{Lu}\d])|\n+/gu;
const PARAGRAPH_BREAK = /\n[ \t]*\n+/g;

/** Splits `text` once, at the first lookup of each kind; lookups are binary searches. */
export function textUnits(text: string): TextUnits {
  let sentences: TextRange[] | null = null;
  let paragraphs: TextRange[] | null = null;
  return {
    sentenceAt: (offset) => find((sentences ??= ranges(text, SENTENCE_END)), offset),
    paragraphAt: (offset) => find((paragraphs ??= ranges(text, PARAGRAPH_BREAK)), offset),
  };
}

function ranges(text: string, breaks: RegExp): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(breaks)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

function find(list: readonly TextRange[], offset: number): TextRange {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return list[lo] ?? { start: 0, end: 0 };
}

// The span tagger: scores each token as inside or outside a propaganda span and joins the positive tokens into spans.

import type { FramingTokens } from './framing-tokens.js';
import { isWordShape } from './framing-tokens.js';
import type { CompiledFramingModel } from './framing-model.js';
import { SENTENCE_SLOT, WORD_SLOTS } from './framing-model.js';

/**
 * Returns each token's logit of lying inside a propaganda span. Linear in the token count; reads only
 * `tokens` and `model`.
 */
export function scoreFramingTokens(tokens: FramingTokens, model: CompiledFramingModel): Float32Array {
  const n = tokens.count;
  const span = model.source.span;
  const rows = model.rows;
  // Row offsets with two edge rows on each side, so the window never leaves the array.
  const at = new Int32Array(n + 4);
  at[0] = at[1] = at[n + 2] = at[n + 3] = WORD_SLOTS;
  const { wordRows, slotWords, slotRows } = model;
  for (let i = 0; i < n; i++) {
    const word = tokens.norm[i]!;
    const slot = tokens.slot[i]!;
    let row: number;
    if (slot >= 0 && slotWords[slot] === word) row = slotRows[slot]!;
    else {
      row = wordRows.get(word) ?? 0;
      if (slot >= 0) {
        slotWords[slot] = word;
        slotRows[slot] = row;
      }
    }
    at[i + 2] = row * WORD_SLOTS;
  }
  const sentences = tokens.sentenceStart.length;
  const sentenceScore = new Float32Array(sentences);
  for (let s = 0; s < sentences; s++) {
    const from = tokens.sentenceStart[s]!;
    const to = tokens.sentenceEnd[s]!;
    let sum = 0;
    let exclamation = false;
    let question = false;
    for (let t = from; t <= to; t++) {
      sum += rows[at[t + 2]! + SENTENCE_SLOT]!;
      const shape = tokens.shape[t]!;
      if (shape === 5) exclamation = true;
      else if (shape === 6) question = true;
    }
    sentenceScore[s] =
      sum / Math.sqrt(to - from + 1) +
      (exclamation ? span.sentenceExclamation : 0) +
      (question ? span.sentenceQuestion : 0);
  }
  const out = new Float32Array(n);
  const shapes = span.shapes;
  const quotes = span.quotes;
  const bias = span.bias;
  const firstLine = span.firstLine;
  for (let i = 0; i < n; i++) {
    // Slot = the word's offset from the scored token + 2; `at[i + 2]` is token i.
    let z = bias + shapes[tokens.shape[i]!]! + quotes[tokens.quote[i]!]!;
    if (tokens.firstLine[i] === 1) z += firstLine;
    z +=
      rows[at[i]!]! +
      rows[at[i + 1]! + 1]! +
      rows[at[i + 2]! + 2]! +
      rows[at[i + 3]! + 3]! +
      rows[at[i + 4]! + 4]!;
    out[i] = z + sentenceScore[tokens.sentence[i]!]!;
  }
  return out;
}

/**
 * Joins tokens into spans of token indices `[first, last]` by hysteresis: a run of tokens whose logit
 * reaches `low` (bridging one weaker token) is cut at clause marks (, ; : brackets, dashes) and quotation
 * marks, and each piece becomes a span when some token in it reaches `high` (a one-word piece only when it
 * reaches `high + single`). Marks at both ends are trimmed; spans never cross a sentence boundary.
 */
export function decodeFramingSpans(
  tokens: FramingTokens,
  logits: Float32Array,
  low: number,
  high: number,
  single = 0,
): Array<[number, number]> {
  const n = tokens.count;
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < n) {
    if (logits[i]! < low) {
      i++;
      continue;
    }
    const sentence = tokens.sentence[i];
    let last = i;
    let peak = logits[i]!;
    let j = i + 1;
    while (j < n && tokens.sentence[j] === sentence) {
      if (logits[j]! >= low) last = j;
      else if (!(j + 1 < n && tokens.sentence[j + 1] === sentence && logits[j + 1]! >= low)) break;
      if (logits[j]! > peak) peak = logits[j]!;
      j++;
    }
    let first = i;
    while (first <= last && !isWordShape(tokens.shape[first]!)) first++;
    let end = last;
    while (end >= first && !isWordShape(tokens.shape[end]!)) end--;
    if (first <= end && peak >= high) pushClauses(tokens, logits, first, end, high, single, spans);
    i = last + 1;
  }
  return spans;
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–']);

function pushClauses(
  tokens: FramingTokens,
  logits: Float32Array,
  first: number,
  last: number,
  high: number,
  single: number,
  out: Array<[number, number]>,
): void {
  let from = first;
  for (let t = first; t <= last + 1; t++) {
    // Shape 4 is a quotation mark, 7 other punctuation.
    const cut =
      t > last || tokens.shape[t] === 4 || (tokens.shape[t] === 7 && CLAUSE_MARKS.has(tokens.norm[t]!));
    if (!cut) continue;
    let a = from;
    let b = t - 1;
    from = t + 1;
    while (a <= b && !isWordShape(tokens.shape[a]!)) a++;
    while (b >= a && !isWordShape(tokens.shape[b]!)) b--;
    if (a > b) continue;
    let peak = -Infinity;
    let words = 0;
    for (let k = a; k <= b; k++) {
      if (logits[k]! > peak) peak = logits[k]!;
      if (isWordShape(tokens.shape[k]!)) words++;
    }
    if (peak >= (words === 1 ? high + single : high)) out.push([a, b]);
  }
}
